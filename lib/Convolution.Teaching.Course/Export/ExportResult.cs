namespace Convolution.Teaching.Course.Export;

/// <summary>What <see cref="SiteExporter.Export"/> wrote.</summary>
/// <param name="OutputFolder">The site folder.</param>
/// <param name="IndexPage">The index page's full path.</param>
/// <param name="Pages">Every page, lessons first in order, then the other .md pages (the index among them).</param>
/// <param name="MissingLessons">Solution notebooks that had no executed copy, so no page (run <c>course check</c>).</param>
/// <param name="StaleLessons">Lessons whose executed copy's cells differ from the notebook now (run <c>course check</c> again).</param>
/// <param name="AssetBytes">Bytes of plotly.js, KaTeX and the stylesheet written to assets/.</param>
/// <param name="Seconds">How long the export took.</param>
public sealed record ExportResult(
    string OutputFolder,
    string IndexPage,
    IReadOnlyList<PageReport> Pages,
    IReadOnlyList<string> MissingLessons,
    IReadOnlyList<string> StaleLessons,
    long AssetBytes,
    double Seconds)
{
    /// <summary>True when every lesson got a page from an up-to-date executed copy, with every image's alt text and no warnings.</summary>
    public bool Complete => MissingLessons.Count == 0 && StaleLessons.Count == 0 && Pages.All(p => p.Warnings.Count == 0 && p.ImagesWithoutAlt == 0);
}
