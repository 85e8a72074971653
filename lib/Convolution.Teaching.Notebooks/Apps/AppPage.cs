using System.Text;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// A lesson app's page: its cells in order (markdown rendered, code with its outputs below), in the site's markup and
/// stylesheet, with plotly.js and KaTeX from <c>assets/</c> beside the page (copied from the site exporter's assets in
/// the clone), so the page needs no network.
/// </summary>
internal static partial class AppPage
{
    /// <summary>Where the site exporter keeps its assets, relative to the repository root.</summary>
    public const string SiteAssets = "lib/Convolution.Teaching.Course/Export/assets";

    /// <summary>The plotly.js file, relative to the assets folder (the version PlotlyHtml's charts are made for).</summary>
    public const string PlotlyScript = "plotly/plotly-" + PlotlyHtml.PlotlyJsVersion + ".min.js";

    /// <summary>Writes the page to <paramref name="page"/>, its assets to <paramref name="assets"/>, and returns the body HTML (what tests count pictures in).</summary>
    public static string Write(string page, string assets, string repoRoot, IReadOnlyList<AppCell> cells, IReadOnlyList<AppOutput> outputs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        CopyAssets(Path.Combine(repoRoot, SiteAssets), assets);
        string href = Path.GetRelativePath(Path.GetDirectoryName(page)!, assets).Replace('\\', '/');
        var body = new StringBuilder();
        string title = Path.GetFileNameWithoutExtension(page);
        var shown = new HashSet<int>();
        foreach (AppCell cell in cells)
        {
            if (cell.IsMarkdown)
            {
                if (title == Path.GetFileNameWithoutExtension(page) && cell.Text.Split('\n').FirstOrDefault(l => l.StartsWith('#')) is { } heading)
                {
                    title = heading.TrimStart('#').Replace("`", "", StringComparison.Ordinal).Trim();
                }

                // Links between lessons point at their pages, which sit side by side as the notebooks do.
                string markdown = LessonLink().Replace(MarkdownHtml.ToHtml(cell.Text), "href=\"${name}.html\"");
                body.Append($"<section class=\"cell markdown\">\n{markdown}</section>\n");
                continue;
            }

            shown.Add(cell.Number);
            body.Append(cell.Number == 0 ? "<details class=\"cell code setup\"><summary>Setup</summary>\n" : "<section class=\"cell code\">\n");
            body.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(Html.Escape(cell.Text)).Append("</code></pre>\n");
            body.Append(Outputs(outputs.Where(o => o.Cell == cell.Number)));
            body.Append(cell.Number == 0 ? "</details>\n" : "</section>\n");
        }

        // Outputs of cells the source does not mark (an app edited by hand) still belong on the page.
        body.Append(Outputs(outputs.Where(o => !shown.Contains(o.Cell))));
        string content = body.ToString();
        File.WriteAllText(page, Shell(title, href, content));
        return content;
    }

    private static string Outputs(IEnumerable<AppOutput> outputs)
    {
        var html = new StringBuilder();
        foreach (AppOutput o in outputs)
        {
            html.Append(o.Kind switch
            {
                AppOutputKind.Text => $"<pre class=\"output stdout\">{Html.Escape(o.Content)}</pre>\n",
                AppOutputKind.Error => $"<div class=\"output error\" role=\"alert\">{o.Content}</div>\n",
                _ => $"<div class=\"output html\">{o.Content}</div>\n",
            });
        }

        return html.Length == 0 ? "" : $"<div class=\"outputs\">\n{html}</div>\n";
    }

    private static string Shell(string title, string assets, string body)
    {
        bool math = MarkdownHtml.HasMath(body);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{Html.Escape(title)}</title>\n<link rel=\"stylesheet\" href=\"{assets}/site.css\">\n");
        if (math)
        {
            html.Append($"<link rel=\"stylesheet\" href=\"{assets}/katex/katex.min.css\">\n");
        }

        // Before the charts' own scripts: they draw with window.Plotly when it exists, so none fetches plotly.js.
        html.Append($"<script src=\"{assets}/{PlotlyScript}\"></script>\n</head>\n<body>\n<main>\n").Append(body).Append("</main>\n")
            .Append("<footer class=\"site-footer\">Written by the lesson's file-based app (dotnet run notebooks/apps/...).</footer>\n");
        if (math)
        {
            html.Append($"<script src=\"{assets}/katex/katex.min.js\"></script>\n<script src=\"{assets}/math.js\"></script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// Copies only what is missing or older, so several apps writing pages at once rarely write the same file.
    private static void CopyAssets(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (string source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, source));
            if (File.Exists(target) && File.GetLastWriteTimeUtc(target) >= File.GetLastWriteTimeUtc(source))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            string temporary = target + "." + Environment.ProcessId + ".tmp";
            File.Copy(source, temporary, overwrite: true);
            File.Move(temporary, target, overwrite: true); // a rename, so another app never reads a half-copied file
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"href=""(?<name>[^""/:]+)\.ipynb""")]
    private static partial System.Text.RegularExpressions.Regex LessonLink();
}
