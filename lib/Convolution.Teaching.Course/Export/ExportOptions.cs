namespace Convolution.Teaching.Course.Export;

/// <summary>Where <see cref="SiteExporter"/> reads and writes.</summary>
/// <param name="NotebooksFolder">The solution notebooks (which lessons exist) and the .md files (index.md becomes the index, or README.md when there is no index.md).</param>
/// <param name="ExecutedFolder">The executed copies, one per lesson under the same file name (what <c>course check</c> writes to artifacts/executed/).</param>
/// <param name="OutputFolder">The site folder; replaced on every export (and only when it is empty or an earlier export).</param>
public sealed record ExportOptions(string NotebooksFolder, string ExecutedFolder, string OutputFolder)
{
    /// <summary>The course's name, shown on every page.</summary>
    public string SiteTitle { get; init; } = "Convolution.Teaching: image convolution in C#";
}
