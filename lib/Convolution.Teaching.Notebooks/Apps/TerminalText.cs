using Convolution.Teaching.Exercises;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>What a displayed value looks like in a terminal, where a lesson app has no HTML.</summary>
internal static class TerminalText
{
    /// <summary>The value's text: feedback in full, a table headed and aligned with its numbers rounded as in the notebook, a picture or chart by what it shows.</summary>
    public static string Of(object value) => value switch
    {
        CheckResult result => result.ToString(),
        Figure figure => $"[picture: {figure.AltText}]",
        Panel panel => $"[picture: {panel.AltText}]",
        GenericChart => "[chart: interactive, in the page]",
        DataFrame frame => DataFrameText.Render(frame, Notebook.MaxTableRows),
        double[,] a => Arrays.Format(a),
        float[,] a => Arrays.Format(a),
        byte[,] a => Arrays.Format(a),
        int[,] a => Arrays.Format(a),
        _ => value.ToDisplayString(PlainTextFormatter.MimeType),
    };
}
