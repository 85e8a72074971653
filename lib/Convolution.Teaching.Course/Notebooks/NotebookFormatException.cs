namespace Convolution.Teaching.Course.Notebooks;

/// <summary>
/// A notebook file that cannot be read as a notebook: not JSON, or JSON without the nbformat shape.
/// The message names the file and, for JSON errors, the line and position.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The notebook file.</param>
    /// <param name="message">What is wrong and how to fix it, including the path.</param>
    /// <param name="line">1-based line of a JSON error, if known.</param>
    /// <param name="position">1-based byte position within that line, if known.</param>
    /// <param name="inner">The parser's exception, if any.</param>
    public NotebookFormatException(string path, string message, long? line = null, long? position = null, Exception? inner = null)
        : base(message, inner)
    {
        Path = path;
        Line = line;
        Position = position;
    }

    /// <summary>The notebook file that could not be read.</summary>
    public string Path { get; }

    /// <summary>1-based line of the JSON problem, when the problem is a JSON syntax error.</summary>
    public long? Line { get; }

    /// <summary>1-based byte position within <see cref="Line"/>, when known.</summary>
    public long? Position { get; }
}
