namespace Convolution.Teaching.Course.Running;

/// <summary>The kind of one output of a cell, mirroring nbformat's output types.</summary>
public enum OutputKind
{
    /// <summary>Text written to Console.Out (nbformat "stream", name "stdout").</summary>
    StandardOutput,

    /// <summary>Text written to Console.Error (nbformat "stream", name "stderr").</summary>
    StandardError,

    /// <summary>A <c>display(...)</c> value (nbformat "display_data").</summary>
    Display,

    /// <summary>The value of the cell's last expression (nbformat "execute_result").</summary>
    Result,

    /// <summary>The failure of the cell (nbformat "error").</summary>
    Error,
}

/// <summary>One output of a cell: its kind and its formatted values by mime type (text for streams and errors under "text/plain").</summary>
/// <param name="Kind">What produced it.</param>
/// <param name="Data">Mime type to formatted value, e.g. "text/html" to the HTML.</param>
/// <param name="ValueId">The kernel's id for a display that later updates replace, or null.</param>
public sealed record CellOutput(OutputKind Kind, IReadOnlyDictionary<string, string> Data, string? ValueId = null)
{
    /// <summary>The HTML of this output, or null when it has none.</summary>
    public string? Html => Data.TryGetValue("text/html", out string? html) ? html : null;

    /// <summary>The plain text of this output, or null when it has none.</summary>
    public string? Text => Data.TryGetValue("text/plain", out string? text) ? text : null;
}
