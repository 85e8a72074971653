using Convolution.Teaching.Notebooks.Pages;
using System.Text.RegularExpressions;
using Convolution.Teaching.Notebooks;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Makes the lessons' Plotly charts work offline. The helper library's chart HTML
/// (Convolution.Teaching.Notebooks.PlotlyHtml) loads plotly.js from the CDN only when <c>window.Plotly</c> is
/// undefined; its URL stands between the markers below and in a <c>data-plotly-cdn</c> attribute. A page with
/// charts loads the shipped copy in its head (so no chart fetches anything), and every CDN URL of that
/// version is also pointed at the shipped copy, for chart HTML that loads plotly.js itself.
/// </summary>
/// <remarks>The contract's constants are the helper library's own (<see cref="PlotlyHtml"/>), not copies of them.</remarks>
public static partial class PlotlyOffline
{
    /// <summary>The plotly.js version the charts are made for (Plotly.NET 6.0.0's) and the one shipped.</summary>
    public const string PlotlyJsVersion = PlotlyHtml.PlotlyJsVersion;

    /// <summary>The CDN URL the charts name, without its <c>.js</c> (require.js configurations leave it out).</summary>
    public const string CdnStem = "https://cdn.plot.ly/plotly-" + PlotlyJsVersion + ".min";

    /// <summary>The comment just before the quoted CDN URL in a chart script.</summary>
    public const string CdnMarkerStart = PlotlyHtml.CdnMarkerStart;

    /// <summary>The comment just after the quoted CDN URL in a chart script.</summary>
    public const string CdnMarkerEnd = PlotlyHtml.CdnMarkerEnd;

    /// <summary>Where the shipped plotly.js sits, relative to a page.</summary>
    public const string LocalScript = PageAssets.Folder + "/" + PageAssets.PlotlyScript;

    /// <summary>The HTML with every CDN load of plotly.js <see cref="PlotlyJsVersion"/> pointed at <see cref="LocalScript"/>.</summary>
    /// <param name="html">An output's HTML.</param>
    public static string UseLocalCopy(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        string localStem = LocalScript[..^".js".Length];
        // The marked URL first (the documented contract), then any other mention of the same file.
        string marked = Marked.Replace(html, m => CdnMarkerStart + "\"" + LocalScript + "\"" + CdnMarkerEnd);
        return marked.Replace(CdnStem, localStem, StringComparison.Ordinal);
    }

    /// <summary>
    /// The HTML without the setup cell's inline plotly.js (<see cref="PlotlyBundle"/>): a page of the site loads the
    /// shipped copy once in its head, so the 3.5 MB script would only be sent a second time.
    /// </summary>
    /// <param name="html">An output's HTML.</param>
    public static string WithoutBundle(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        string opening = $"<script type=\"text/javascript\" {PlotlyBundle.Attribute}=";
        int start = html.IndexOf(opening, StringComparison.Ordinal);
        if (start < 0)
        {
            return html;
        }

        int end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        return end < 0 ? html[..start] : html[..start] + html[(end + "</script>".Length)..];
    }

    /// <summary>plotly.js URLs on other hosts or of other versions, which the shipped copy does not replace (they need a network).</summary>
    /// <param name="html">An output's HTML, after <see cref="UseLocalCopy"/>.</param>
    public static IReadOnlyList<string> RemainingCdnLoads(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return [.. OtherPlotly().Matches(html).Select(m => m.Value).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A quoted URL between the markers, matched with the helper library's own marker text (a runtime regex: a generated one
    /// needs a literal pattern, which would be a second spelling of the markers).
    /// </summary>
    private static readonly Regex Marked = new(
        Regex.Escape(CdnMarkerStart) + """\s*("[^"]*"|'[^']*')\s*""" + Regex.Escape(CdnMarkerEnd), RegexOptions.Compiled);

    [GeneratedRegex(@"https?://(cdn\.plot\.ly/[^""'\s)]*|[^""'\s)]*/plotly[^""'\s/)]*\.js)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherPlotly();
}
