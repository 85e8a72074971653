using AngleSharp.Dom;

namespace Convolution.Teaching.Course.Running;

/// <summary>What makes parsed HTML a Plotly chart or a Plotly object tree, for <see cref="OutputCensus"/>.</summary>
internal static class PlotlyChart
{
    /// <summary>The selector of the kernel's object tree: how .NET Interactive shows a value it has no formatter for.</summary>
    public const string ObjectTree = ".dni-treeview";

    /// <summary>Whether the element's text or attributes mention Plotly (its API, its CDN URL, the helper's data-plotly-… marks).</summary>
    public static bool MentionsPlotly(IElement element) =>
        element.TextContent.Contains("plotly", StringComparison.OrdinalIgnoreCase) ||
        element.Attributes.Any(a => a.Name.Contains("plotly", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("plotly", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether <paramref name="script"/> draws into the div with id <paramref name="id"/>: the helper library's
    /// scripts name it in data-plotly-chart, Plotly.NET's in <c>Plotly.newPlot('id', …)</c>.
    /// </summary>
    public static bool Draws(IElement script, string id) =>
        id.Length > 0 &&
        (script.GetAttribute("data-plotly-chart") == id ||
         script.TextContent.Contains($"'{id}'", StringComparison.Ordinal) ||
         script.TextContent.Contains($"\"{id}\"", StringComparison.Ordinal));

    /// <summary>Whether the element is part of an object tree (whose tables and divs are the kernel's, not the lesson's).</summary>
    public static bool InObjectTree(IElement element) => element.Closest(ObjectTree) is not null;
}
