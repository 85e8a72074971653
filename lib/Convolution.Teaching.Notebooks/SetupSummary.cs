using Convolution.Teaching.Notebooks.Pages;
namespace Convolution.Teaching.Notebooks;

/// <summary>
/// What <see cref="Notebook.Setup"/> returns, as the setup cell's last value: in a notebook it shows as the
/// one-line summary followed by plotly.js (<see cref="PlotlyBundle"/>), so the charts below need no network.
/// As text it is the summary alone.
/// </summary>
/// <param name="Text">The one-line summary: this library's version and build, and what it makes show as HTML.</param>
public sealed record SetupSummary(string Text)
{
    /// <summary>The summary as a string, for code that used the string Setup returned before.</summary>
    /// <param name="summary">The summary.</param>
    public static implicit operator string(SetupSummary summary) => summary?.Text ?? string.Empty;

    /// <summary>The HTML the setup cell shows: the summary, then the plotly.js script.</summary>
    public string ToHtml() => $"<div>{HtmlText.Escape(Text)}</div>\n{PlotlyBundle.Html}";

    /// <inheritdoc/>
    public override string ToString() => Text;
}
