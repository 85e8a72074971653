using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Export;

/// <summary>Counts what goes into one page while it is written; becomes a <see cref="PageReport"/>.</summary>
internal sealed partial class PageCensus
{
    public int CodeCells { get; set; }

    public int Images { get; private set; }

    public int ImagesWithoutAlt { get; private set; }

    public List<string> ExternalImages { get; } = [];

    public int Charts { get; private set; }

    public int Tables { get; private set; }

    public int Formulas { get; private set; }

    public int Errors { get; set; }

    public List<string> Warnings { get; } = [];

    /// <summary>Counts the images, charts, tables and formulas of a piece of the page's HTML.</summary>
    public void Count(string html)
    {
        foreach (Match img in ImageTag().Matches(html))
        {
            Images++;
            Match src = SrcAttribute().Match(img.Value);
            if (src.Success && (src.Groups["v"].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || src.Groups["v"].Value.StartsWith("//", StringComparison.Ordinal)))
            {
                ExternalImages.Add(System.Net.WebUtility.HtmlDecode(src.Groups["v"].Value));
            }

            Match alt = AltAttribute().Match(img.Value);
            if (!alt.Success || string.IsNullOrWhiteSpace(alt.Groups["v"].Value))
            {
                ImagesWithoutAlt++;
            }
        }

        Charts += PlotlyOffline.CountCharts(html);
        Tables += TableTag().Count(html);
        Formulas += MathElement().Count(html);
    }

    /// <summary>Takes what a link rewriter saw: external and missing images, links dropped.</summary>
    public void Take(SiteLinks links, string where)
    {
        ExternalImages.AddRange(links.ExternalImages);
        Warnings.AddRange(links.MissingImages.Select(i => $"{where}: image '{i}' not found; it will not show."));
    }

    public PageReport ToReport(string source, string page, string title) =>
        new(source, page, title, CodeCells, Images, ImagesWithoutAlt, [.. ExternalImages.Distinct(StringComparer.Ordinal)], Charts, Tables, Formulas, Errors, [.. Warnings]);

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"\balt\s*=\s*(""(?<v>[^""]*)""|'(?<v>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex AltAttribute();

    [GeneratedRegex(@"(?<![\w-])src\s*=\s*(""(?<v>[^""]*)""|'(?<v>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"<table\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableTag();

    [GeneratedRegex(@"<(span|div) class=""math\b")]
    private static partial Regex MathElement();
}
