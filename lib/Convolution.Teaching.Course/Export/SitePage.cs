using System.Text;
using Convolution.Teaching.Notebooks.Pages;

namespace Convolution.Teaching.Course.Export;

/// <summary>One entry of the site's navigation: a page and its title.</summary>
/// <param name="Page">The page's file name, e.g. <c>01-images-as-arrays.html</c>.</param>
/// <param name="Title">The lesson's first heading as plain text.</param>
public sealed record NavEntry(string Page, string Title);

/// <summary>
/// A site page: the shared page frame (<see cref="PageShell"/>, which the lesson apps' pages use too) with the site's
/// header, a navigation bar listing every lesson.
/// </summary>
internal static class SitePage
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
        var header = new StringBuilder("<header class=\"site-header\">\n");
        header.Append("<a class=\"site-title\" href=\"").Append(IndexPage).Append("\">").Append(E(siteTitle)).Append("</a>\n")
            .Append("<nav class=\"site-nav\" aria-label=\"Lessons\"><ul>\n")
            .Append(Item(IndexPage, "Contents", current));
        foreach (NavEntry lesson in lessons)
        {
            header.Append(Item(lesson.Page, lesson.Title, current));
        }

        if (exercisesHref is not null)
        {
            header.Append(Item(exercisesHref, "Exercises", current));
        }

        header.Append("</ul></nav>\n</header>\n");
        return PageShell.Document(title == siteTitle ? title : $"{title} · {siteTitle}", PageAssets.Folder, header.ToString(), body, footer,
            charts: census.Charts > 0, math: census.Formulas > 0);
    }

    private static string Item(string href, string text, string current) =>
        href == current
            ? $"<li><a href=\"{E(href)}\" aria-current=\"page\">{E(text)}</a></li>\n"
            : $"<li><a href=\"{E(href)}\">{E(text)}</a></li>\n";

    private static string E(string text) => HtmlText.Escape(text);
}
