using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A planned correlation, direct (<see cref="Job"/>) or through the FFT (<see cref="FftJob"/>): the geometry
/// both plan from (the image, the kernel, the padding the output mode needs, the output) and the path they run.
/// </summary>
/// <param name="rows">Image rows.</param>
/// <param name="cols">Image columns.</param>
/// <param name="imageStride">Floats from one image row to the next.</param>
/// <param name="kRows">Kernel rows.</param>
/// <param name="kCols">Kernel columns.</param>
/// <param name="anchorRow">The kernel row over the output pixel (Same mode).</param>
/// <param name="anchorCol">The kernel column over the output pixel (Same mode).</param>
/// <param name="mode">Full, Same or Valid: the padding and the output size follow, as in <see cref="Filters.Correlate{T}(T[,], T[,], OutputMode, BorderMode, T)"/>.</param>
/// <param name="border">How pixels outside the image are invented.</param>
/// <param name="value">The outside value for <see cref="BorderMode.Constant"/>.</param>
/// <param name="dstStride">Floats from one output row to the next.</param>
/// <param name="path">The instruction path, Auto already resolved.</param>
internal abstract class FilterJob(int rows, int cols, int imageStride, int kRows, int kCols, int anchorRow, int anchorCol,
    OutputMode mode, BorderMode border, float value, int dstStride, FastPath path)
{
    /// <summary>Image rows.</summary>
    public int Rows { get; } = rows;

    /// <summary>Image columns.</summary>
    public int Cols { get; } = cols;

    /// <summary>Floats from one image row to the next.</summary>
    public int ImageStride { get; } = imageStride;

    /// <summary>Kernel rows.</summary>
    public int KRows { get; } = kRows;

    /// <summary>Kernel columns.</summary>
    public int KCols { get; } = kCols;

    /// <summary>Invented rows above the image (0 in Valid mode).</summary>
    public int Top { get; } = mode switch { OutputMode.Same => anchorRow, OutputMode.Full => kRows - 1, _ => 0 };

    /// <summary>Invented columns left of the image (0 in Valid mode).</summary>
    public int Left { get; } = mode switch { OutputMode.Same => anchorCol, OutputMode.Full => kCols - 1, _ => 0 };

    /// <summary>False in Valid mode: the kernel then reads the image itself.</summary>
    public bool Pad { get; } = mode != OutputMode.Valid;

    /// <summary>Output rows.</summary>
    public int OutRows { get; } = Filters.Shape(rows, cols, kRows, kCols, mode).Rows;

    /// <summary>Output columns.</summary>
    public int OutCols { get; } = Filters.Shape(rows, cols, kRows, kCols, mode).Cols;

    /// <summary>Floats from one output row to the next.</summary>
    public int DstStride { get; } = dstStride;

    /// <summary>How pixels outside the image are invented.</summary>
    public BorderMode Border { get; } = border;

    /// <summary>The outside value for <see cref="BorderMode.Constant"/>.</summary>
    public float Value { get; } = value;

    /// <summary>The instruction path the job was planned for.</summary>
    public FastPath Path { get; } = path;

    /// <summary>Height of the padded image: the output's plus the kernel's, less one.</summary>
    public int InRows => OutRows + KRows - 1;

    /// <summary>Width of a padded row: the output's plus the kernel's, less one.</summary>
    public int InCols => OutCols + KCols - 1;

    /// <summary>
    /// The fixed-width path whose code runs <see cref="Path"/>. Vector&lt;float&gt; is always one of the fixed
    /// widths (the JIT compiles its operations to the same instructions), so <see cref="FastPath.VectorT"/>
    /// runs that width's code instead of a copy of it.
    /// </summary>
    protected FastPath CodePath => Path != FastPath.VectorT ? Path : Vector<float>.Count switch
    {
        16 => FastPath.Vector512,
        8 => FastPath.Vector256,
        _ => FastPath.Vector128,
    };

    /// <summary>The image row behind padded row <paramref name="paddedRow"/>, or -1 for the constant.</summary>
    /// <param name="paddedRow">A row of the padded image (0 to <see cref="InRows"/> - 1).</param>
    protected int SourceRow(int paddedRow) => Pad ? Borders.SourceIndex(paddedRow - Top, Rows, Border) : paddedRow;

    /// <summary>The image column behind padded column <paramref name="paddedCol"/>, or -1 for the constant.</summary>
    /// <param name="paddedCol">A column of the padded image (0 to <see cref="InCols"/> - 1).</param>
    protected int SourceCol(int paddedCol) => Pad ? Borders.SourceIndex(paddedCol - Left, Cols, Border) : paddedCol;

    /// <summary>A span over all the floats of a float array of any rank (row-major, as .NET stores them).</summary>
    /// <param name="array">A float array.</param>
    public static Span<float> AsSpan(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);

    /// <summary>Runs on the calling thread or spread over the cores, as the options allow.</summary>
    /// <param name="image">The image array.</param>
    /// <param name="destination">The output array.</param>
    /// <param name="options">Threads and the work a thread should get.</param>
    public abstract void Run(Array image, Array destination, FastOptions options);

    /// <summary>Runs on the calling thread only (the span overloads).</summary>
    /// <param name="image">The image's floats.</param>
    /// <param name="destination">The output's floats.</param>
    public abstract void RunSerial(ReadOnlySpan<float> image, Span<float> destination);

    /// <summary>
    /// Threads worth starting for <paramref name="work"/> multiply-adds cut into at most <paramref name="pieces"/>
    /// pieces: as many as the options allow, but none with less than <see cref="FastOptions.MinWorkPerThread"/>.
    /// </summary>
    protected static int Threads(FastOptions options, long work, int pieces)
    {
        int allowed = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        return (int)Math.Clamp(work / options.MinWorkPerThread, 1, Math.Min(allowed, pieces));
    }
}
