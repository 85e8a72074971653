using System.Text;

namespace Convolution.Teaching.Notebooks.Pages;

/// <summary>
/// The one frame around a page, for the site's pages and the lesson apps' pages alike: the head (the stylesheet; plotly.js
/// only on a page with charts, KaTeX only on one with formulas, all from <see cref="PageAssets"/> beside it), an optional
/// header, the content in <c>main</c>, and a footer.
/// </summary>
public static class PageShell
{
    /// <summary>A whole HTML document.</summary>
    /// <param name="title">The window title (plain text).</param>
    /// <param name="assetsHref">The assets folder, relative to the page (e.g. <c>assets</c> or <c>../assets</c>).</param>
    /// <param name="header">HTML before <c>main</c> (the site's navigation), or empty.</param>
    /// <param name="body">The page's content (HTML).</param>
    /// <param name="footer">The footer's content (HTML).</param>
    /// <param name="charts">Whether the content has charts: plotly.js then loads before their scripts run.</param>
    /// <param name="math">Whether the content has formulas: KaTeX then typesets them.</param>
    public static string Document(string title, string assetsHref, string header, string body, string footer, bool charts, bool math)
    {
        ArgumentNullException.ThrowIfNull(body);
        string a = HtmlText.Escape(assetsHref);
        var html = new StringBuilder(body.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append($"<link rel=\"stylesheet\" href=\"{a}/site.css\">\n");
        if (math)
        {
            html.Append($"<link rel=\"stylesheet\" href=\"{a}/katex/katex.min.css\">\n");
        }

        if (charts)
        {
            // Loaded before the charts' own scripts run, so window.Plotly exists and no chart fetches anything.
            html.Append($"<script src=\"{a}/{PageAssets.PlotlyScript}\"></script>\n");
        }

        html.Append("</head>\n<body>\n").Append(header);
        if (charts || math)
        {
            html.Append("<noscript><p class=\"noscript\">Without JavaScript the text and images are all here, but the interactive charts are not drawn and formulas show as TeX.</p></noscript>\n");
        }

        html.Append("<main>\n").Append(body).Append("\n</main>\n")
            .Append("<footer class=\"site-footer\">").Append(footer).Append("</footer>\n");
        if (math)
        {
            html.Append($"<script src=\"{a}/katex/katex.min.js\"></script>\n<script src=\"{a}/math.js\"></script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }
}
