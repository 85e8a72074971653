using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Convolution.Teaching.Course.Running;

/// <summary>
/// What HTML shows, counted from its parsed elements: images (and whether each has alt text), Plotly charts,
/// Plotly values that fell back to the kernel's object tree, tables and DataFrames. The one census of output
/// HTML: the lesson tests count executed cells with it and <c>course export</c> counts each page with it.
/// </summary>
/// <param name="Images">Every &lt;img&gt; element's alt text (null when the element has no alt attribute).</param>
/// <param name="PlotlyCharts">Chart divs: a &lt;div&gt; with an id that a script mentioning Plotly names (in quotes or in data-plotly-chart), outside object trees.</param>
/// <param name="PlotlyObjectTrees">Object trees (dni-treeview) of a Plotly value: the kernel showed its properties instead of a chart.</param>
/// <param name="Tables">&lt;table&gt; elements outside object trees (DataFrames and other tables).</param>
/// <param name="DataFrames">Microsoft.Data.Analysis DataFrames rendered by the helper library's formatter (class ct-dataframe).</param>
public sealed record OutputCensus(IReadOnlyList<string?> Images, int PlotlyCharts, int PlotlyObjectTrees, int Tables, int DataFrames)
{
    /// <summary>Nothing counted.</summary>
    public static OutputCensus Empty { get; } = new([], 0, 0, 0, 0);

    /// <summary>Image URLs on other hosts (http, https or protocol-relative): they need a network.</summary>
    public IReadOnlyList<string> ExternalImages { get; init; } = [];

    /// <summary>Elements the exporter typesets as formulas (<c>span.math</c>, <c>div.math</c>).</summary>
    public int Formulas { get; init; }

    /// <summary>Images whose alt text is missing or blank (screen readers in VS Code read alt).</summary>
    public int ImagesWithoutAlt => Images.Count(string.IsNullOrWhiteSpace);

    /// <summary>Counts what the given cells showed in their HTML outputs.</summary>
    /// <param name="cells">The cell results of a run.</param>
    public static OutputCensus Of(IEnumerable<CellResult> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.SelectMany(c => c.Outputs).Select(o => o.Html).OfType<string>().Aggregate(Empty, (sum, html) => sum + OfHtml(html));
    }

    /// <summary>Counts what one piece of HTML shows (an output, a rendered markdown cell).</summary>
    /// <param name="html">An HTML fragment.</param>
    public static OutputCensus OfHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        IDocument doc = new HtmlParser().ParseDocument(html);
        List<IElement> images = [.. doc.QuerySelectorAll("img")];
        List<IElement> plotlyScripts = [.. doc.QuerySelectorAll("script").Where(PlotlyChart.MentionsPlotly)];
        return new OutputCensus(
            [.. images.Select(i => i.GetAttribute("alt"))],
            doc.QuerySelectorAll("div[id]").Count(d => !PlotlyChart.InObjectTree(d) && plotlyScripts.Any(s => PlotlyChart.Draws(s, d.Id!))),
            doc.QuerySelectorAll(PlotlyChart.ObjectTree).Count(t => t.ParentElement?.Closest(PlotlyChart.ObjectTree) is null && PlotlyChart.MentionsPlotly(t)),
            doc.QuerySelectorAll("table").Count(t => !PlotlyChart.InObjectTree(t)),
            doc.QuerySelectorAll(".ct-dataframe").Count(f => !PlotlyChart.InObjectTree(f)))
        {
            ExternalImages = [.. images.Select(i => i.GetAttribute("src") ?? "").Where(IsExternal)],
            Formulas = doc.QuerySelectorAll("span.math, div.math").Length,
        };
    }

    /// <summary>Both counts together, in order.</summary>
    /// <param name="a">The first census.</param>
    /// <param name="b">The census added to it.</param>
    public static OutputCensus operator +(OutputCensus a, OutputCensus b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new OutputCensus([.. a.Images, .. b.Images], a.PlotlyCharts + b.PlotlyCharts, a.PlotlyObjectTrees + b.PlotlyObjectTrees, a.Tables + b.Tables, a.DataFrames + b.DataFrames)
        {
            ExternalImages = [.. a.ExternalImages, .. b.ExternalImages],
            Formulas = a.Formulas + b.Formulas,
        };
    }

    private static bool IsExternal(string src) =>
        src.StartsWith("http", StringComparison.OrdinalIgnoreCase) || src.StartsWith("//", StringComparison.Ordinal);
}
