using System.Numerics;
using System.Runtime.Intrinsics;

namespace Convolution.Teaching.Fast;

/// <summary>
/// One correlation through the convolution theorem, planned: overlap-save over tiles of the padded image
/// (the same padding as <see cref="Job"/>, made tile by tile from <see cref="Borders.SourceIndex"/>),
/// two tiles at a time as the real and imaginary parts of one complex transform (the kernel is real, so
/// the two results come back apart), multiplied by the kernel's spectrum made once here.
/// </summary>
/// <remarks>
/// With X a tile and K the kernel zero-padded to the tile size, the circular correlation
/// <c>sum over i, j of X[r + i, c + j] K[i, j]</c> (indices mod the tile size) is
/// <c>IFFT(FFT(X) * conj(FFT(K)))</c>; for r up to TileRows - kH and c up to TileCols - kW no index
/// wraps, so those outputs are exactly the linear correlation: the tiles' steps are those sizes.
/// </remarks>
internal sealed partial class FftJob : FilterJob
{
    private FftJob(int rows, int cols, int imageStride, int kRows, int kCols, int anchorRow, int anchorCol, OutputMode mode,
        BorderMode border, float value, int dstStride, FastPath path, FftSize size)
        : base(rows, cols, imageStride, kRows, kCols, anchorRow, anchorCol, mode, border, value, dstStride, path)
    {
        Size = size;
        // One vector of padding per row: rows 2^k floats apart would all fall into the same few L1 sets.
        Stride = size.TileCols + FftStrip.Width;
        RowTwiddles = new FftTwiddles(size.TileRows);
        ColTwiddles = new FftTwiddles(size.TileCols);
        ColumnSource = new int[InCols];
        for (int c = 0; c < InCols; c++)
        {
            ColumnSource[c] = SourceCol(c);
        }
    }

    /// <summary>The tile size and how many tiles cover the output.</summary>
    public FftSize Size { get; }

    /// <summary>Floats from one row of a tile plane to the next.</summary>
    public int Stride { get; }

    /// <summary>Output rows a tile yields.</summary>
    public int StepRows => Size.TileRows - KRows + 1;

    /// <summary>Output columns a tile yields.</summary>
    public int StepCols => Size.TileCols - KCols + 1;

    /// <summary>Transform length down the columns (TileRows).</summary>
    private FftTwiddles RowTwiddles { get; }

    /// <summary>Transform length along the rows (TileCols).</summary>
    private FftTwiddles ColTwiddles { get; }

    /// <summary>For each padded column, its image column (-1: the constant).</summary>
    private int[] ColumnSource { get; }

    /// <summary>conj(FFT(kernel)) / (TileRows * TileCols), real parts, in the layout <see cref="Spectrum{TOps, TV}"/> makes.</summary>
    private float[] KernelRe { get; set; } = [];

    /// <summary>The imaginary parts beside <see cref="KernelRe"/>.</summary>
    private float[] KernelIm { get; set; } = [];

    /// <summary>Plans the FFT correlation; the arguments mean what they mean for <see cref="Job.Create"/>.</summary>
    public static FftJob Create(int rows, int cols, int imageStride, ReadOnlySpan<float> kernel, int kRows, int kCols,
        int anchorRow, int anchorCol, OutputMode mode, BorderMode border, float value, int dstStride, FastOptions options, FftSize size)
    {
        var job = new FftJob(rows, cols, imageStride, kRows, kCols, anchorRow, anchorCol, mode, border, value, dstStride,
            Job.Resolve(options).Path, size);
        job.MakeSpectrum(kernel);
        return job;
    }

    /// <inheritdoc/>
    public override void Run(Array image, Array destination, FastOptions options)
    {
        int pairs = Pairs;
        // A pair of tiles is about TileRows * TileCols * 2 log2(...) multiply-adds of work.
        long work = (long)pairs * Size.TileRows * Size.TileCols * 16;
        int threads = Threads(options, work, pairs);
        if (threads <= 1)
        {
            RunSerial(AsSpan(image), AsSpan(destination));
            return;
        }

        Parallel.For(0, pairs, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new Scratch(),
            (pair, _, scratch) =>
            {
                RunPair(AsSpan(image), AsSpan(destination), pair, scratch);
                return scratch;
            },
            scratch => scratch.Dispose());
    }

    /// <inheritdoc/>
    public override void RunSerial(ReadOnlySpan<float> image, Span<float> destination)
    {
        using var scratch = new Scratch();
        for (int pair = 0; pair < Pairs; pair++)
        {
            RunPair(image, destination, pair, scratch);
        }
    }

    private int Tiles => Size.TilesDown * Size.TilesAcross;

    private int Pairs => (Tiles + 1) / 2;

    private void RunPair(ReadOnlySpan<float> image, Span<float> destination, int pair, Scratch scratch)
    {
        switch (CodePath)
        {
            case FastPath.Vector512:
                TilePair<Vector512Ops, Vector512<float>>(image, destination, 2 * pair, scratch);
                break;
            case FastPath.Vector256:
                TilePair<Vector256Ops, Vector256<float>>(image, destination, 2 * pair, scratch);
                break;
            case FastPath.Vector128:
                TilePair<Vector128Ops, Vector128<float>>(image, destination, 2 * pair, scratch);
                break;
            default:
                TilePair<ScalarOps, float>(image, destination, 2 * pair, scratch);
                break;
        }
    }

    private void MakeSpectrum(ReadOnlySpan<float> kernel)
    {
        int planes = Size.TileRows * Stride;
        KernelRe = new float[Size.TileRows * Size.TileCols];
        KernelIm = new float[KernelRe.Length];
        var re = new float[planes];
        var im = new float[planes];
        for (int i = 0; i < KRows; i++)
        {
            kernel.Slice(i * KCols, KCols).CopyTo(re.AsSpan(i * Stride));
        }

        // Made once per call, so its speed hardly matters: 128-bit vectors run on every processor .NET supports
        // (the forced Scalar path keeps to scalars, so that path is scalar all through).
        switch (Path == FastPath.Scalar ? FastPath.Scalar : FastPath.Vector128)
        {
            case FastPath.Scalar:
                Spectrum<ScalarOps, float>(re, im);
                break;
            default:
                Spectrum<Vector128Ops, Vector128<float>>(re, im);
                break;
        }
    }
}
