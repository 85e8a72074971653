using System.Net;
using Convolution.Teaching.Notebooks.Apps;
using Markdig;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Markdown cells and .md files to the site's HTML: the helper library's rendering (<see cref="MarkdownHtml"/>, which
/// a lesson app's page uses too, so both show a lesson alike), then links and images rewritten through <see cref="SiteLinks"/>.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The markdown's HTML with links and images rewritten for the site.</summary>
    /// <param name="markdown">A markdown cell's source or a .md file's text.</param>
    /// <param name="links">How links and images are rewritten; it also collects what it finds.</param>
    public static string ToHtml(string markdown, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(links);
        return links.RewriteHtml(MarkdownHtml.ToHtml(markdown));
    }

    /// <summary>The plain text of a markdown heading line (for titles): <c># 5. Task 2: `ImConv`</c> gives <c>5. Task 2: ImConv</c>.</summary>
    /// <param name="markdown">Markdown text; only its first line is used.</param>
    public static string PlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        // Rendered as a heading, so "1. Images" stays a title and is not read as a numbered list.
        string heading = "# " + markdown.Split('\n')[0].TrimStart().TrimStart('#').Trim();
        return WebUtility.HtmlDecode(Markdown.ToPlainText(heading, MarkdownHtml.Pipeline)).Trim();
    }
}
