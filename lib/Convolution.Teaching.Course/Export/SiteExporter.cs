using Convolution.Teaching.Notebooks.Pages;
using System.Diagnostics;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Writes the static site: one standalone page per executed lesson (<c>NN-topic.html</c>), the index
/// (<c>index.html</c>: notebooks/index.md, the front page for a reader who studies alone, or notebooks/README.md when
/// there is none), a page for each other .md file of notebooks/, and the
/// assets (plotly.js, KaTeX, stylesheet) in <c>assets/</c>. Links between lessons and to the README point at
/// the pages. The pages need no network and no server: open index.html from disk.
/// </summary>
public static class SiteExporter
{
    /// <summary>The file that marks a folder as made by this exporter, so a re-export may replace it.</summary>
    public const string MarkerFile = ".course-export";

    /// <summary>The markdown file that becomes the index page: the front page written for a reader who studies alone.</summary>
    public const string IndexSource = "index.md";

    /// <summary>
    /// The folder's table of contents for someone browsing the repository: the index when there is no <see cref="IndexSource"/>;
    /// otherwise not a page, and the lessons' "Contents" links to it lead to the index.
    /// </summary>
    public const string RepositoryIndex = "README.md";

    /// <summary>Exports the site.</summary>
    /// <param name="options">Where to read and write.</param>
    /// <exception cref="ArgumentException">There is no lesson, or the output folder holds files not made by an export.</exception>
    /// <exception cref="InvalidOperationException">No lesson has an executed copy: the message says to run <c>course check</c> first.</exception>
    /// <exception cref="NotebookFormatException">An executed copy is not a readable notebook.</exception>
    public static ExportResult Export(ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        string notebooks = Path.GetFullPath(options.NotebooksFolder);
        string executed = Path.GetFullPath(options.ExecutedFolder);
        string output = Path.GetFullPath(options.OutputFolder);
        IReadOnlyList<string> lessons = NotebookDiscovery.InFolder(notebooks, recursive: false);
        if (lessons.Count == 0)
        {
            throw new ArgumentException($"There are no lesson notebooks (*.ipynb) in {notebooks}: nothing to export.", nameof(options));
        }

        if (!Directory.Exists(executed))
        {
            throw new InvalidOperationException(
                $"There are no executed lessons yet ({executed} does not exist). Run `course check` first (or `course build`, which checks, then exports).");
        }

        var present = lessons.Where(l => File.Exists(ExecutedCopy(executed, l))).ToList();
        List<string> missing = [.. lessons.Except(present).Select(Path.GetFileName).OfType<string>()];
        if (present.Count == 0)
        {
            throw new InvalidOperationException(
                $"None of the {lessons.Count} lessons has an executed copy in {executed} (looked for {Path.GetFileName(lessons[0])}, ...). " +
                "Run `course check` first (or `course build`, which checks, then exports).");
        }

        PrepareOutput(output);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string lesson in present)
        {
            pages[lesson] = PageName(lesson);
        }

        string[] markdownFiles = Directory.Exists(notebooks) ? [.. Directory.EnumerateFiles(notebooks, "*.md").Order(StringComparer.Ordinal)] : [];
        string index = Path.Combine(notebooks, File.Exists(Path.Combine(notebooks, IndexSource)) ? IndexSource : RepositoryIndex);
        foreach (string md in markdownFiles)
        {
            bool contents = md == index || Path.GetFileName(md) == RepositoryIndex;
            pages[md] = contents ? SitePage.IndexPage : PageName(md);
        }

        // Only the index's own source is written as index.html; the README it replaces is reached through it.
        markdownFiles = [.. markdownFiles.Where(md => pages[md] != SitePage.IndexPage || md == index)];

        var documents = present.Select(l => (Source: l, Executed: NotebookDocument.Load(ExecutedCopy(executed, l)))).ToList();
        List<NavEntry> nav = [.. documents.Select(d => new NavEntry(pages[d.Source], NotebookPage.Title(d.Executed)))];
        string indexHtml = File.Exists(index) ? MarkdownRenderer.ToHtml(File.ReadAllText(index), new SiteLinks(notebooks, pages)) : "";
        string? exercises = indexHtml.Contains("id=\"exercises\"", StringComparison.Ordinal) ? SitePage.IndexPage + "#exercises" : null;

        var reports = new List<PageReport>();
        var stale = new List<string>();
        foreach (var (source, document) in documents)
        {
            var census = new PageTally();
            if (IsStale(source, document))
            {
                stale.Add(Path.GetFileName(source));
                census.Warnings.Add($"{Path.GetFileName(source)}: the executed copy's cells differ from the notebook; run `course check` to refresh it.");
            }

            string title = NotebookPage.Title(document);
            string body = NotebookPage.Body(document, new SiteLinks(notebooks, pages), census);
            string footer = $"From the executed copy of <code>{HtmlText.Escape(Path.GetFileName(source))}</code>, written by <code>course export</code>.";
            File.WriteAllText(Path.Combine(output, pages[source]), SitePage.Wrap(options.SiteTitle, nav, exercises, pages[source], title, body, census, footer));
            reports.Add(census.ToReport(ExecutedCopy(executed, source), pages[source], title));
        }

        foreach (string md in markdownFiles)
        {
            reports.Add(WriteMarkdownPage(md, notebooks, output, pages, nav, exercises, options.SiteTitle));
        }

        if (!pages.ContainsValue(SitePage.IndexPage))
        {
            // No index.md or README.md: the index is the list of lessons alone.
            string body = "<h1>Contents</h1>\n<ul class=\"toc\">\n" +
                string.Concat(nav.Select(n => $"<li><a href=\"{HtmlText.Escape(n.Page)}\">{HtmlText.Escape(n.Title)}</a></li>\n")) + "</ul>\n";
            var census = new PageTally();
            File.WriteAllText(Path.Combine(output, SitePage.IndexPage), SitePage.Wrap(options.SiteTitle, nav, null, SitePage.IndexPage, "Contents", body, census, "Written by <code>course export</code>."));
            reports.Add(census.ToReport(notebooks, SitePage.IndexPage, "Contents"));
        }

        long assetBytes = PageAssets.WriteTo(Path.Combine(output, PageAssets.Folder));
        File.WriteAllText(Path.Combine(output, MarkerFile), "Made by `course export`; the next export replaces this folder.\n");
        return new ExportResult(output, Path.Combine(output, SitePage.IndexPage), reports, missing, stale, assetBytes, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The page name of a source file: <c>05-task2-im-conv.ipynb</c> gives <c>05-task2-im-conv.html</c>.</summary>
    /// <param name="source">A notebook or markdown path.</param>
    public static string PageName(string source) => Path.GetFileNameWithoutExtension(source) + ".html";

    private static string ExecutedCopy(string executedFolder, string lesson) => Path.Combine(executedFolder, Path.GetFileName(lesson));

    private static PageReport WriteMarkdownPage(string md, string notebooks, string output, Dictionary<string, string> pages, List<NavEntry> nav, string? exercises, string siteTitle)
    {
        string text = File.ReadAllText(md);
        var census = new PageTally();
        var links = new SiteLinks(notebooks, pages);
        string body = MarkdownRenderer.ToHtml(text, links);
        census.Count(body);
        census.Take(links, Path.GetFileName(md));
        string? heading = text.Split('\n').FirstOrDefault(l => l.StartsWith('#'));
        string title = heading is null ? Path.GetFileNameWithoutExtension(md) : MarkdownRenderer.PlainText(heading);
        string page = pages[md];
        string bodyHtml = $"<section class=\"cell markdown\">\n{body}</section>";
        File.WriteAllText(Path.Combine(output, page), SitePage.Wrap(siteTitle, nav, exercises, page, page == SitePage.IndexPage ? siteTitle : title, bodyHtml, census, $"From <code>{HtmlText.Escape(Path.GetFileName(md))}</code>, written by <code>course export</code>."));
        return census.ToReport(md, page, title);
    }

    /// <summary>True when the executed copy's cells (type and source) are not the notebook's cells now.</summary>
    private static bool IsStale(string source, NotebookDocument executed)
    {
        NotebookDocument now = NotebookDocument.Load(source);
        return !now.Cells.Select(c => (c.Type, c.Source)).SequenceEqual(executed.Cells.Select(c => (c.Type, c.Source)));
    }

    /// <summary>Empties the output folder, but only when it is missing, empty, or an earlier export (never a folder of other files).</summary>
    /// <exception cref="ArgumentException">The folder holds files that no export wrote.</exception>
    private static void PrepareOutput(string output)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, MarkerFile)))
            {
                throw new ArgumentException(
                    $"{output} already holds files that `course export` did not write; it replaces its output folder, so it will not touch that one. Choose another folder (--to) or empty it.",
                    nameof(output));
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
    }
}
