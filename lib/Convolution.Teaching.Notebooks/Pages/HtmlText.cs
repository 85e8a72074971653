using System.Text;

namespace Convolution.Teaching.Notebooks.Pages;

/// <summary>
/// The one HTML escaper of the course (notebook outputs, the site, the apps' pages): text for HTML content and
/// double-quoted attributes, escaping only <c>&amp; &lt; &gt; "</c>. Unlike WebUtility.HtmlEncode it leaves other
/// characters (·, é, ✓) as they are, so pages and saved notebooks stay readable as source.
/// </summary>
public static class HtmlText
{
    /// <summary>The text with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>"</c> escaped.</summary>
    /// <param name="text">Any text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
