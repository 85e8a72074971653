using System.Text;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// Stands in for <see cref="Console.Out"/> in a lesson app: writes through to the terminal and hands each piece of text
/// to the page's record too, so <c>Console.WriteLine</c> in a lesson shows in both, as in a notebook's output.
/// </summary>
/// <param name="terminal">The real standard output.</param>
/// <param name="record">Receives every piece of text written.</param>
internal sealed class ConsoleTee(TextWriter terminal, Action<string> record) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => terminal.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        terminal.Write(value);
        record(value.ToString());
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        terminal.Write(value);
        if (!string.IsNullOrEmpty(value))
        {
            record(value);
        }
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Write(value + Environment.NewLine);

    /// <inheritdoc/>
    public override void Flush() => terminal.Flush();
}
