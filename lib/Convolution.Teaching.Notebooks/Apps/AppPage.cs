using Convolution.Teaching.Notebooks.Pages;
using System.Text;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// A lesson app's page: its cells in order (markdown rendered, code with its outputs below), in the site's frame
/// (<see cref="PageShell"/>) and stylesheet, with plotly.js and KaTeX written beside it from this library
/// (<see cref="PageAssets"/>), so the page needs no network and nothing of the clone but the app.
/// </summary>
internal static partial class AppPage
{
    /// <summary>Writes the page to <paramref name="page"/>, its assets to <paramref name="assets"/>, and returns the body HTML (what tests count pictures in).</summary>
    public static string Write(string page, string assets, IReadOnlyList<AppCell> cells, IReadOnlyList<AppOutput> outputs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        PageAssets.WriteTo(assets);
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
            body.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(HtmlText.Escape(cell.Text)).Append("</code></pre>\n");
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
                AppOutputKind.Text => $"<pre class=\"output stdout\">{HtmlText.Escape(o.Content)}</pre>\n",
                AppOutputKind.Error => $"<div class=\"output error\" role=\"alert\">{o.Content}</div>\n",
                _ => $"<div class=\"output html\">{o.Content}</div>\n",
            });
        }

        return html.Length == 0 ? "" : $"<div class=\"outputs\">\n{html}</div>\n";
    }

    private static string Shell(string title, string assets, string body) =>
        // Every app page loads plotly.js: a chart's script may come in any output, and a page is written once per run.
        PageShell.Document(title, assets, header: "", body, "Written by the lesson's file-based app (dotnet run notebooks/apps/...).",
            charts: true, math: MarkdownHtml.HasMath(body));

    [System.Text.RegularExpressions.GeneratedRegex(@"href=""(?<name>[^""/:]+)\.ipynb""")]
    private static partial System.Text.RegularExpressions.Regex LessonLink();
}
