using System.Text;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// The content of an executed notebook's page: each cell in order, numbered as VS Code numbers them (the
/// lessons' README refers to cells by those numbers; <c>#cell-N</c> links to one). Markdown through
/// <see cref="MarkdownRenderer"/>, code highlighted by <see cref="CSharpHighlighter"/> with its outputs below,
/// raw cells as preformatted text. The lessons' setup cell (first line <c>// Setup</c>) is folded away.
/// </summary>
public static class NotebookPage
{
    /// <summary>The notebook's title: its first markdown heading as plain text, else its file name without extension.</summary>
    /// <param name="notebook">A notebook.</param>
    public static string Title(NotebookDocument notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        foreach (NotebookCell cell in notebook.Cells.Where(c => c.Type == CellType.Markdown))
        {
            string? heading = cell.Source.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith('#'));
            if (heading is not null)
            {
                string text = MarkdownRenderer.PlainText(heading.Trim());
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return Path.GetFileNameWithoutExtension(notebook.FileName);
    }

    /// <summary>The page body for <paramref name="notebook"/>.</summary>
    /// <param name="notebook">An executed notebook.</param>
    /// <param name="links">Rewrites its links for the site.</param>
    /// <param name="census">Counts what the page holds.</param>
    internal static string Body(NotebookDocument notebook, SiteLinks links, PageTally census)
    {
        var html = new StringBuilder();
        foreach (NotebookCell cell in notebook.Cells)
        {
            string number = $"<a class=\"cell-number\" href=\"#cell-{cell.Number}\" title=\"cell {cell.Number}\">{cell.Number}</a>";
            switch (cell.Type)
            {
                case CellType.Markdown:
                    string markdown = MarkdownRenderer.ToHtml(cell.Source, links);
                    census.Count(markdown);
                    html.Append($"<section class=\"cell markdown\" id=\"cell-{cell.Number}\">{number}\n{markdown}</section>\n");
                    break;
                case CellType.Raw:
                    html.Append($"<section class=\"cell raw\" id=\"cell-{cell.Number}\">{number}<pre>{HtmlText.Escape(cell.Source)}</pre></section>\n");
                    break;
                default:
                    census.CodeCells++;
                    html.Append(CodeCell(cell, number, links, census));
                    break;
            }
        }

        census.Take(links, notebook.FileName);
        return html.ToString();
    }

    private static string CodeCell(NotebookCell cell, string number, SiteLinks links, PageTally census)
    {
        var html = new StringBuilder();
        bool setup = cell.FirstLine.StartsWith(SetupCellMarker.Prefix, StringComparison.Ordinal);
        html.Append(setup
            ? $"<details class=\"cell code setup\" id=\"cell-{cell.Number}\"><summary>{number}{HtmlText.Escape(cell.FirstLine.TrimStart('/', ' '))}</summary>\n"
            : $"<section class=\"cell code\" id=\"cell-{cell.Number}\">{number}\n");
        html.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(CSharpHighlighter.ToHtml(cell.Source)).Append("</code></pre>\n");
        JsonArray outputs = cell.Outputs ?? [];
        if (outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (JsonObject output in outputs.OfType<JsonObject>())
            {
                html.Append(OutputRenderer.Render(output, cell.Number, links, census)).Append('\n');
            }

            html.Append("</div>\n");
        }

        return html.Append(setup ? "</details>\n" : "</section>\n").ToString();
    }
}
