namespace Convolution.Teaching.Course.Notebooks;

/// <summary>The nbformat cell types.</summary>
public enum CellType
{
    /// <summary>A code cell: run by the kernel.</summary>
    Code,

    /// <summary>A markdown cell: text, never run.</summary>
    Markdown,

    /// <summary>A raw cell: passed through untouched, never run.</summary>
    Raw,
}
