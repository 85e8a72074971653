using Convolution.Teaching.Notebooks.Pages;
using System.Text.Json;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// Turns a Plotly figure into the HTML a notebook cell shows: a
/// <c>&lt;div class="plotly-chart" id="..."&gt;</c> and a <c>&lt;script&gt;</c> that draws the figure
/// with <c>window.Plotly</c>. plotly.js is fetched from <see cref="CdnUrl"/> only when
/// <c>window.Plotly</c> is not defined yet, through require.js when the page has it (classic
/// Jupyter), else with a plain <c>&lt;script src&gt;</c> (VS Code).
/// <para>
/// For an offline copy of an executed notebook, either define <c>window.Plotly</c> before the first
/// chart (inline <c>plotly.min.js</c> 2.28.0 once in the page's head; the charts then load nothing), or
/// replace the URL that stands between the markers <see cref="CdnMarkerStart"/> and
/// <see cref="CdnMarkerEnd"/> in each chart's script (the script element also carries
/// <c>data-plotly-cdn="<see cref="CdnUrl"/>"</c> so it can be found).
/// </para>
/// </summary>
public static class PlotlyHtml
{
    /// <summary>The plotly.js version that Plotly.NET 6.0.0 is built for and references itself.</summary>
    public const string PlotlyJsVersion = "2.28.0";

    /// <summary>Where plotly.js is fetched from when the page does not have it yet (the same URL Plotly.NET 6.0.0 emits).</summary>
    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + PlotlyJsVersion + ".min.js";

    /// <summary>Comment written just before the quoted CDN URL in every chart script (for offline exporters).</summary>
    public const string CdnMarkerStart = "/*plotly-cdn-url:start*/";

    /// <summary>Comment written just after the quoted CDN URL in every chart script.</summary>
    public const string CdnMarkerEnd = "/*plotly-cdn-url:end*/";

    /// <summary>The CSS class of the chart's div.</summary>
    public const string ChartClass = "plotly-chart";

    /// <summary>How long a chart waits for the session's inline plotly.js before it tries the CDN.</summary>
    public const int BundleWaitMilliseconds = 3000;

    /// <summary>The HTML for a Plotly.NET chart.</summary>
    /// <param name="chart">The chart.</param>
    public static string Render(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Render(GenericChart.toFigureJson(chart));
    }

    /// <summary>
    /// The HTML for a figure given as Plotly JSON (<c>{"data": [...], "layout": {...}}</c>), for charts
    /// built without Plotly.NET. The chart's title becomes the div's accessible name.
    /// </summary>
    /// <param name="figureJson">The figure as JSON text.</param>
    /// <exception cref="ArgumentException">The text is not a JSON object with a <c>data</c> array.</exception>
    public static string Render(string figureJson)
    {
        string title = ReadTitle(figureJson);
        string id = "plotly-" + Guid.NewGuid().ToString("N");
        // "</" inside a JSON string would end the script element early; "<\/" is the same string in JS.
        string safeJson = figureJson.Replace("</", "<\\/", StringComparison.Ordinal);
        string label = HtmlText.Escape(string.IsNullOrWhiteSpace(title) ? "Interactive Plotly chart" : "Interactive Plotly chart: " + title);
        return
            $"<div class=\"{ChartClass}\" id=\"{id}\" role=\"figure\" aria-label=\"{label}\" style=\"max-width:100%\"></div>\n" +
            $"<script type=\"text/javascript\" data-plotly-chart=\"{id}\" data-plotly-cdn=\"{CdnUrl}\">\n" +
            "(function () {\n" +
            $"  var id = '{id}';\n" +
            $"  var figure = {safeJson};\n" +
            "  var config = {responsive: true, displaylogo: false};\n" +
            "  var w = window;\n" +
            "  // A figure with frames (an animation) gets them once it is drawn: newPlot(id, data, layout, config) takes none.\n" +
            "  function draw(P) { w.Plotly = w.Plotly || P; var done = P.newPlot(id, figure.data, figure.layout || {}, config); if (figure.frames && done && done.then) { done.then(function () { return P.addFrames(id, figure.frames); }); } }\n" +
            "  function fail(e) { var d = document.getElementById(id); if (d) { d.textContent = 'Chart not shown: plotly.js could not be loaded (' + e + '). Run the setup cell at the top of the notebook: it sends plotly.js for every chart, with no network.'; } }\n" +
            "  // plotly.js normally arrives once per kernel session, inline in the setup cell's output (PlotlyBundle):\n" +
            "  // no network. Give that output a moment if it is still being rendered; only then try the CDN.\n" +
            "  var waited = 0;\n" +
            "  (function wait() {\n" +
            "    if (typeof w.Plotly !== 'undefined') { draw(w.Plotly); }\n" +
            $"    else if ((waited += 100) <= {BundleWaitMilliseconds}) {{ setTimeout(wait, 100); }}\n" +
            "    else { load(); }\n" +
            "  })();\n" +
            "  function load() {\n" +
            $"  var src = {CdnMarkerStart}\"{CdnUrl}\"{CdnMarkerEnd};\n" +
            "  if (typeof w.requirejs === 'function' && typeof w.requirejs.config === 'function') {\n" +
            "    var req = w.requirejs.config({context: 'convolution-teaching-plotly', paths: {plotly: src.replace(/\\.js$/, '')}});\n" +
            "    req(['plotly'], draw, fail);\n" +
            "    return;\n" +
            "  }\n" +
            "  if (!w.__convolutionTeachingPlotly) {\n" +
            "    w.__convolutionTeachingPlotly = new Promise(function (resolve, reject) {\n" +
            "      // An AMD define() without require.js would swallow plotly.js's global: hide it while loading.\n" +
            "      var amd = (typeof w.define === 'function' && w.define.amd) ? w.define : null;\n" +
            "      if (amd) { w.define = undefined; }\n" +
            "      var s = document.createElement('script');\n" +
            "      s.src = src;\n" +
            "      s.onload = function () { if (amd) { w.define = amd; } resolve(w.Plotly); };\n" +
            "      s.onerror = function () { if (amd) { w.define = amd; } w.__convolutionTeachingPlotly = null; reject(src); };\n" +
            "      document.head.appendChild(s);\n" +
            "    });\n" +
            "  }\n" +
            "  w.__convolutionTeachingPlotly.then(draw, fail);\n" +
            "  }\n" +
            "})();\n" +
            "</script>";
    }

    /// <summary>The layout's title text, or empty when there is none.</summary>
    private static string ReadTitle(string figureJson)
    {
        if (string.IsNullOrWhiteSpace(figureJson))
        {
            throw new ArgumentException("figureJson is empty: pass a Plotly figure such as {\"data\": [...], \"layout\": {...}}.", nameof(figureJson));
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(figureJson);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Array)
            {
                throw new ArgumentException("figureJson has no \"data\" array: pass a Plotly figure such as {\"data\": [...], \"layout\": {...}}.", nameof(figureJson));
            }

            if (root.TryGetProperty("layout", out JsonElement layout) && layout.ValueKind == JsonValueKind.Object &&
                layout.TryGetProperty("title", out JsonElement title))
            {
                if (title.ValueKind == JsonValueKind.String)
                {
                    return title.GetString() ?? string.Empty;
                }

                if (title.ValueKind == JsonValueKind.Object && title.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String)
                {
                    return text.GetString() ?? string.Empty;
                }
            }

            return string.Empty;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"figureJson is not valid JSON ({e.Message}): pass a Plotly figure such as {{\"data\": [...], \"layout\": {{...}}}}.", nameof(figureJson), e);
        }
    }
}
