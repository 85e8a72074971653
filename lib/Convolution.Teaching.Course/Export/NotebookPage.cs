using Convolution.Teaching.Notebooks.Pages;
using System.Text;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// The content of an executed notebook's page: each cell in order, numbered as VS Code numbers them (the
/// lessons' README refers to cells by those numbers; <c>#cell-N</c> links to one). Markdown through
/// <see cref="MarkdownRenderer"/>, code highlighted by <see cref="CSharpHighlighter"/> with its outputs below,
/// raw cells as preformatted text. The lessons' setup cell (first line <c>// Setup</c>) is folded away. An exercise
/// cell shows the student's starting code (<see cref="StudentCopies.StartingCode"/>, what the student copy holds) and
/// folds the solution, without marker lines, behind "Show solution", with its check cell's output (<see cref="ExerciseFolds"/>):
/// a reader who studies alone tries first.
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
        ExerciseFolds folds = ExerciseFolds.Of(notebook);
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
                    html.Append(SolutionRegions.HasRegion(cell.Source)
                        ? ExerciseCell(notebook, cell, number, folds, links, census)
                        : CodeCell(cell, number, folds, links, census));
                    break;
            }
        }

        census.Take(links, notebook.FileName);
        return html.ToString();
    }

    private static string ExerciseCell(NotebookDocument notebook, NotebookCell cell, string number, ExerciseFolds folds, SiteLinks links, PageTally census)
    {
        string where = $"{notebook.FileName} cell {cell.Number}";
        var html = new StringBuilder();
        html.Append($"<section class=\"cell code exercise\" id=\"cell-{cell.Number}\">{number}\n")
            .Append("<p class=\"exercise-note\">Your turn: this is the starting code of the student copy. Write your answer first, then open the solution.</p>\n")
            .Append(Source(StudentCopies.StartingCode(cell.Source, where)))
            .Append("<details class=\"solution\"><summary>Show solution</summary>\n")
            .Append(Source(SolutionRegions.ToSolution(cell.Source, where)))
            .Append(Outputs(cell, links, census));
        if (folds.CheckOf(cell.Number) is { } check && (check.Outputs?.Count ?? 0) > 0)
        {
            html.Append($"<p class=\"check-note\">What the check (<a href=\"#cell-{check.Number}\">cell {check.Number}</a>) says of this solution:</p>\n")
                .Append(Outputs(check, links, census));
        }

        return html.Append("</details>\n</section>\n").ToString();
    }

    private static string Source(string code) =>
        "<pre class=\"source\"><code class=\"language-csharp\">" + CSharpHighlighter.ToHtml(code) + "</code></pre>\n";

    private static string Outputs(NotebookCell cell, SiteLinks links, PageTally census)
    {
        JsonArray outputs = cell.Outputs ?? [];
        if (outputs.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<div class=\"outputs\">\n");
        foreach (JsonObject output in outputs.OfType<JsonObject>())
        {
            html.Append(OutputRenderer.Render(output, cell.Number, links, census)).Append('\n');
        }

        return html.Append("</div>\n").ToString();
    }

    private static string CodeCell(NotebookCell cell, string number, ExerciseFolds folds, SiteLinks links, PageTally census)
    {
        var html = new StringBuilder();
        bool setup = cell.FirstLine.StartsWith(SetupCellMarker.Prefix, StringComparison.Ordinal);
        html.Append(setup
            ? $"<details class=\"cell code setup\" id=\"cell-{cell.Number}\"><summary>{number}{HtmlText.Escape(cell.FirstLine.TrimStart('/', ' '))}</summary>\n"
            : $"<section class=\"cell code\" id=\"cell-{cell.Number}\">{number}\n");
        html.Append(Source(cell.Source));
        if (folds.ExerciseOf(cell.Number) is int exercise && (cell.Outputs?.Count ?? 0) > 0)
        {
            // The check's verdict on the solution would give the answer away: it is in the exercise's fold.
            html.Append($"<p class=\"check-note\">What this check says of the solution is in the \"Show solution\" fold of <a href=\"#cell-{exercise}\">cell {exercise}</a>.</p>\n");
        }
        else
        {
            html.Append(Outputs(cell, links, census));
        }

        return html.Append(setup ? "</details>\n" : "</section>\n").ToString();
    }
}
