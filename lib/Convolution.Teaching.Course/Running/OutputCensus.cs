using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Running;

/// <summary>
/// What an executed notebook shows, counted from its HTML outputs: images (and whether each has alt text),
/// Plotly charts rendered as Plotly HTML, Plotly values that fell back to the kernel's object tree, and tables.
/// </summary>
/// <param name="Images">Every &lt;img&gt; tag's alt text (null when the tag has no alt attribute).</param>
/// <param name="PlotlyCharts">Outputs holding a chart div and a script that draws it with Plotly.</param>
/// <param name="PlotlyObjectTrees">Outputs where a Plotly value was shown as the kernel's object tree (dni-treeview) instead of a chart.</param>
/// <param name="Tables">&lt;table&gt; elements outside object trees (DataFrames and other tables).</param>
/// <param name="DataFrames">Microsoft.Data.Analysis DataFrames rendered by the helper library's formatter (class ct-dataframe).</param>
public sealed partial record OutputCensus(IReadOnlyList<string?> Images, int PlotlyCharts, int PlotlyObjectTrees, int Tables, int DataFrames)
{
    /// <summary>Images whose alt text is missing or blank (screen readers in VS Code read alt).</summary>
    public int ImagesWithoutAlt => Images.Count(string.IsNullOrWhiteSpace);

    /// <summary>Counts what the given cells showed.</summary>
    /// <param name="cells">The cell results of a run.</param>
    public static OutputCensus Of(IEnumerable<CellResult> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var images = new List<string?>();
        int charts = 0, trees = 0, tables = 0, frames = 0;
        foreach (string html in cells.SelectMany(c => c.Outputs).Select(o => o.Html).OfType<string>())
        {
            foreach (Match img in ImgTag().Matches(html))
            {
                Match alt = AltAttribute().Match(img.Value);
                images.Add(alt.Success ? alt.Groups["v1"].Success ? alt.Groups["v1"].Value : alt.Groups["v2"].Value : null);
            }

            bool tree = html.Contains("dni-treeview", StringComparison.Ordinal);
            if (tree && html.Contains("Plotly", StringComparison.OrdinalIgnoreCase))
            {
                trees++;
            }
            else if (DivWithId().IsMatch(html) && PlotlyScript().IsMatch(html))
            {
                charts++;
            }

            if (!tree)
            {
                tables += TableTag().Count(html);
                frames += DataFrameDiv().Count(html);
            }
        }

        return new OutputCensus(images, charts, trees, tables, frames);
    }

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"\balt\s*=\s*(""(?<v1>[^""]*)""|'(?<v2>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex AltAttribute();

    [GeneratedRegex(@"<div\b[^>]*\bid\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex DivWithId();

    [GeneratedRegex(@"<script\b[^>]*>[\s\S]*?Plotly[\s\S]*?</script>", RegexOptions.IgnoreCase)]
    private static partial Regex PlotlyScript();

    [GeneratedRegex(@"<table\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableTag();

    [GeneratedRegex(@"class\s*=\s*""ct-dataframe""", RegexOptions.IgnoreCase)]
    private static partial Regex DataFrameDiv();
}
