using Convolution.Teaching.Notebooks.Pages;
using System.Text;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Syntax highlighting for C# notebook cells, done at export time so a page reads well without JavaScript:
/// comments, string and character literals, numbers, keywords and directive lines (<c>#r</c>, <c>#load</c>,
/// <c>#!csharp</c>) become <c>&lt;span class="tok-…"&gt;</c>; everything else is HTML-escaped as it is.
/// The colours come from the C# compiler's own classifier (<see cref="ScriptClassifier"/>), so what a string
/// or a keyword is follows the language, not a hand-written tokenizer.
/// </summary>
public static class CSharpHighlighter
{
    /// <summary>The code as HTML (no surrounding element): escaped text with highlighted tokens.</summary>
    /// <param name="code">C# script source of one cell.</param>
    public static string ToHtml(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string?[] classes = ScriptClassifier.CssClasses(code);
        var html = new StringBuilder(code.Length * 2);
        int start = 0;
        for (int i = 1; i <= code.Length; i++)
        {
            // One span per run of characters with the same class: "#r \"x\"" stays one tok-dir span.
            if (i == code.Length || classes[i] != classes[start])
            {
                Append(html, code[start..i], classes[start]);
                start = i;
            }
        }

        return html.ToString();
    }

    private static void Append(StringBuilder html, string text, string? css)
    {
        string escaped = HtmlText.Escape(text);
        if (css is null)
        {
            html.Append(escaped);
        }
        else
        {
            html.Append("<span class=\"").Append(css).Append("\">").Append(escaped).Append("</span>");
        }
    }
}
