using Convolution.Teaching.Course.Running;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// What goes into one page, tallied while it is written; becomes a <see cref="PageReport"/>. Its HTML is
/// counted by <see cref="OutputCensus"/>, the same census the lesson tests use, so a chart or a table means
/// the same thing in a test and in the export report.
/// </summary>
internal sealed class PageTally
{
    private OutputCensus html = OutputCensus.Empty;

    public int CodeCells { get; set; }

    public int Images => html.Images.Count;

    public int ImagesWithoutAlt => html.ImagesWithoutAlt;

    public List<string> ExternalImages { get; } = [];

    public int Charts => html.PlotlyCharts;

    public int Tables => html.Tables;

    public int Formulas => html.Formulas;

    public int Errors { get; set; }

    public List<string> Warnings { get; } = [];

    /// <summary>Counts the images, charts, tables and formulas of a piece of the page's HTML.</summary>
    public void Count(string piece)
    {
        OutputCensus census = OutputCensus.OfHtml(piece);
        html += census;
        ExternalImages.AddRange(census.ExternalImages);
    }

    /// <summary>Takes what a link rewriter saw: external and missing images, links dropped.</summary>
    public void Take(SiteLinks links, string where)
    {
        ExternalImages.AddRange(links.ExternalImages);
        Warnings.AddRange(links.MissingImages.Select(i => $"{where}: image '{i}' not found; it will not show."));
    }

    public PageReport ToReport(string source, string page, string title) =>
        new(source, page, title, CodeCells, Images, ImagesWithoutAlt, [.. ExternalImages.Distinct(StringComparer.Ordinal)], Charts, Tables, Formulas, Errors, [.. Warnings]);
}
