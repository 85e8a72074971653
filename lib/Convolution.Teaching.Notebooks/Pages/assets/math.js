// Typesets every formula (class "math", from the lessons' $...$ and $$...$$) with KaTeX, which is shipped in
// assets/katex/ beside the pages. Without JavaScript the TeX source stays readable as monospace text.
(function () {
  'use strict';
  if (typeof window.katex === 'undefined') {
    return;
  }
  var formulas = document.querySelectorAll('.math');
  for (var i = 0; i < formulas.length; i++) {
    var el = formulas[i];
    var tex = el.textContent;
    el.setAttribute('data-tex', tex);
    // throwOnError: false shows a bad formula in red instead of stopping the page.
    window.katex.render(tex, el, { displayMode: el.classList.contains('math-display'), throwOnError: false });
    el.classList.add('typeset');
  }
})();
