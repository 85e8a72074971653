using System.Text;

namespace Convolution.Teaching.Course.Export;

/// <summary>One entry of the site's navigation: a page and its title.</summary>
/// <param name="Page">The page's file name, e.g. <c>01-images-as-arrays.html</c>.</param>
/// <param name="Title">The lesson's first heading as plain text.</param>
public sealed record NavEntry(string Page, string Title);

/// <summary>
/// The frame around every page: head (stylesheet; plotly.js only on pages with charts, KaTeX only on pages with
/// formulas, all from <c>assets/</c> beside the pages), a navigation bar listing every lesson, and a footer.
/// </summary>
internal static class PageShell
{
    /// <summary>The index page's file name.</summary>
    public const string IndexPage = "index.html";

    /// <summary>A whole HTML document.</summary>
    /// <param name="siteTitle">The course's name, shown in the bar and the window title.</param>
    /// <param name="lessons">Every lesson page, in order.</param>
    /// <param name="exercisesHref">Where the exercises list is (an anchor of the index), or null.</param>
    /// <param name="current">This page's file name.</param>
    /// <param name="title">This page's title.</param>
    /// <param name="body">This page's content.</param>
    /// <param name="census">What the content holds (decides which scripts load).</param>
    /// <param name="footer">One line saying where the page came from.</param>
    public static string Wrap(string siteTitle, IReadOnlyList<NavEntry> lessons, string? exercisesHref, string current, string title, string body, PageTally census, string footer)
    {
        bool charts = census.Charts > 0;
        bool math = census.Formulas > 0;
        var html = new StringBuilder(body.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title == siteTitle ? title : $"{title} · {siteTitle}")).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"assets/site.css\">\n");
        if (math)
        {
            html.Append("<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\">\n");
        }

        if (charts)
        {
            // Loaded before the charts' own scripts run, so window.Plotly exists and no chart fetches anything.
            html.Append("<script src=\"").Append(PlotlyOffline.LocalScript).Append("\"></script>\n");
        }

        html.Append("</head>\n<body>\n<header class=\"site-header\">\n")
            .Append("<a class=\"site-title\" href=\"").Append(IndexPage).Append("\">").Append(E(siteTitle)).Append("</a>\n")
            .Append("<nav class=\"site-nav\" aria-label=\"Lessons\"><ul>\n")
            .Append(Item(IndexPage, "Contents", current));
        foreach (NavEntry lesson in lessons)
        {
            html.Append(Item(lesson.Page, lesson.Title, current));
        }

        if (exercisesHref is not null)
        {
            html.Append(Item(exercisesHref, "Exercises", current));
        }

        html.Append("</ul></nav>\n</header>\n");
        if (charts || math)
        {
            html.Append("<noscript><p class=\"noscript\">Without JavaScript the text and images are all here, but the interactive charts are not drawn and formulas show as TeX.</p></noscript>\n");
        }

        html.Append("<main>\n").Append(body).Append("\n</main>\n")
            .Append("<footer class=\"site-footer\">").Append(footer).Append("</footer>\n");
        if (math)
        {
            html.Append("<script src=\"assets/katex/katex.min.js\"></script>\n<script src=\"assets/math.js\"></script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Item(string href, string text, string current) =>
        href == current
            ? $"<li><a href=\"{E(href)}\" aria-current=\"page\">{E(text)}</a></li>\n"
            : $"<li><a href=\"{E(href)}\">{E(text)}</a></li>\n";

    private static string E(string text) => HtmlText.Escape(text);
}
