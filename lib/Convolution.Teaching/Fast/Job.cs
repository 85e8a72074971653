using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Convolution.Teaching.Fast;

/// <summary>
/// One correlation, planned: the padding the output mode needs, the kernel laid out for the chosen
/// loop, the instruction path and how the output rows are cut into bands. <see cref="RunBand"/>
/// computes any band of output rows on its own, so bands can run on different threads.
/// </summary>
internal sealed partial class Job : FilterJob
{
    /// <summary>Floats of padded image a band should hold: 256 KiB, so it stays in the L2 cache while the kernel sweeps it.</summary>
    private const int BandFloats = 64 * 1024;

    private Job(int rows, int cols, int imageStride, int kRows, int kCols, int anchorRow, int anchorCol, OutputMode mode,
        BorderMode border, float value, int dstStride, FastPath path, int blockRows)
        : base(rows, cols, imageStride, kRows, kCols, anchorRow, anchorCol, mode, border, value, dstStride, path)
    {
        BlockRows = blockRows;
        ColumnMap = new int[InCols - cols];
        for (int c = 0; c < ColumnMap.Length; c++)
        {
            int padded = c < Left ? c : c + cols;
            ColumnMap[c] = Pad ? Borders.SourceIndex(padded - Left, cols, border) : 0;
        }

        int validCols = cols - kCols + 1;
        if (Pad && validCols >= 1)
        {
            // Side strips of at least one vector (when the output is that wide), so they run vectorised.
            int w = Width(path);
            int leftWidth = Left == 0 ? 0 : Math.Min(OutCols, Math.Max(Left, w));
            int rightFirst = Math.Max(0, Math.Min(Left + validCols, OutCols - w));
            LeftStrip = MakeStrip(0, leftWidth);
            RightStrip = Left + validCols < OutCols ? MakeStrip(rightFirst, OutCols - rightFirst) : MakeStrip(0, 0);
        }
    }

    /// <summary>Output rows the direct loop computes at once (each kernel tap loaded once for them all).</summary>
    public int BlockRows { get; }

    /// <summary>For each invented column (left ones, then right ones), the image column it copies, or -1 for the constant.</summary>
    public int[] ColumnMap { get; }

    private Strip LeftStrip { get; } = new(0, 0, []);

    private Strip RightStrip { get; } = new(0, 0, []);

    /// <summary>The direct loop's kernel with <see cref="BlockRows"/> - 1 zero rows above and below.</summary>
    public float[] PaddedKernel { get; private set; } = [];

    public bool Separable { get; private set; }

    /// <summary>The vertical factor (length kH) of a separable kernel.</summary>
    public float[] Column { get; private set; } = [];

    /// <summary>The horizontal factor (length kW) of a separable kernel.</summary>
    public float[] Row { get; private set; } = [];

    private float ColumnSum { get; set; }

    private Strip MakeStrip(int first, int width)
    {
        var map = new int[width == 0 ? 0 : width + KCols - 1];
        for (int c = 0; c < map.Length; c++)
        {
            map[c] = Borders.SourceIndex(first + c - Left, Cols, Border);
        }

        return new Strip(first, width, map);
    }

    /// <summary>The widest path the processor runs natively.</summary>
    public static FastPath NativePath =>
        Vector512.IsHardwareAccelerated ? FastPath.Vector512
        : Vector256.IsHardwareAccelerated ? FastPath.Vector256
        : Vector.IsHardwareAccelerated ? FastPath.VectorT
        : FastPath.Scalar;

    /// <summary>True when the processor has 32 vector registers (AVX-512, Arm64), room for 16 sums and their operands.</summary>
    public static bool HasManyRegisters => Avx512F.IsSupported || AdvSimd.Arm64.IsSupported;

    /// <summary>True when the processor runs <paramref name="path"/> natively (Scalar always).</summary>
    public static bool IsAccelerated(FastPath path) => path switch
    {
        FastPath.Vector512 => Vector512.IsHardwareAccelerated,
        FastPath.Vector256 => Vector256.IsHardwareAccelerated,
        FastPath.Vector128 => Vector128.IsHardwareAccelerated,
        FastPath.VectorT => Vector.IsHardwareAccelerated,
        _ => true,
    };

    /// <summary>Floats in one vector of <paramref name="path"/>.</summary>
    public static int Width(FastPath path) => path switch
    {
        FastPath.Vector512 => Vector512<float>.Count,
        FastPath.Vector256 => Vector256<float>.Count,
        FastPath.Vector128 => Vector128<float>.Count,
        FastPath.VectorT => Vector<float>.Count,
        _ => 1,
    };

    /// <summary>The path and block rows that <paramref name="options"/> ask for, with Auto and 0 resolved.</summary>
    public static (FastPath Path, int BlockRows) Resolve(FastOptions options)
    {
        FastPath path = options.Path == FastPath.Auto ? NativePath : options.Path;
        int blockRows = options.BlockRows != 0 ? options.BlockRows : HasManyRegisters ? 4 : 3;
        return (path, blockRows);
    }

    /// <summary>
    /// Plans a correlation of a rows x cols image with a kH x kW kernel (row-major) whose anchor is
    /// (anchorRow, anchorCol). With <paramref name="column"/> and <paramref name="row"/> given the kernel
    /// is their outer product and runs separably; otherwise rank 1 is detected if the options allow.
    /// </summary>
    public static Job Create(int rows, int cols, int imageStride, ReadOnlySpan<float> kernel, int kRows, int kCols,
        int anchorRow, int anchorCol, OutputMode mode, BorderMode border, float value, int dstStride, FastOptions options,
        float[]? column = null, float[]? row = null)
    {
        var (path, blockRows) = Resolve(options);
        var job = new Job(rows, cols, imageStride, kRows, kCols, anchorRow, anchorCol, mode, border, value, dstStride, path, blockRows);

        if (column is null || row is null)
        {
            column = new float[kRows];
            row = new float[kCols];
            bool separable = options.DetectSeparable && kRows > 1 && kCols > 1 && SeparablePays(path, kRows, kCols)
                && Rank1.TrySeparate(kernel, kRows, kCols, column, row);
            if (!separable)
            {
                job.PaddedKernel = new float[(kRows + (2 * (blockRows - 1))) * kCols];
                kernel[..(kRows * kCols)].CopyTo(job.PaddedKernel.AsSpan((blockRows - 1) * kCols));
                return job;
            }
        }

        job.Separable = true;
        job.Column = column;
        job.Row = row;
        float sum = 0;
        foreach (float c in column)
        {
            sum += c;
        }

        job.ColumnSum = sum;
        return job;
    }

    /// <summary>
    /// Whether the two 1D passes beat the 2D loop for a rank-1 kernel. On the Vector512 path (16 sums in 32
    /// registers) the 2D loop was faster up to 7 x 7 and the passes from 9 x 9 on (box kernels, 2048 x 2048, one
    /// thread, interleaved runs on the AVX-512 machine of RESULTS.md: 5 x 5 1.8 ms direct vs 2.4 ms separable,
    /// 9 x 9 3.3 vs 3.0 ms): the passes' fixed cost per row outweighs the multiply-adds they save. On narrower
    /// vectors the passes won already at 5 x 5 (issue 6's AVX2 machine: 4.7 vs 4.2 ms), so they are kept there.
    /// </summary>
    public static bool SeparablePays(FastPath path, int kRows, int kCols) => path != FastPath.Vector512 || kRows * kCols > 64;

    /// <summary>
    /// Runs the whole job: on the calling thread when the options allow one thread or the image is
    /// small, otherwise as bands of rows spread over the thread pool. The arrays are re-read as spans
    /// on each worker (spans cannot be captured by the lambda Parallel.For needs).
    /// </summary>
    public override void Run(Array image, Array destination, FastOptions options)
    {
        long work = (long)OutRows * OutCols * (Separable ? KRows + KCols : (long)KRows * KCols);
        int threads = Threads(options, work, int.MaxValue);
        int bandRows = BandRows(threads);
        int bands = (OutRows + bandRows - 1) / bandRows;
        if (threads == 1 || bands == 1)
        {
            RunSerial(AsSpan(image), AsSpan(destination));
            return;
        }

        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new Scratch(),
            (band, _, scratch) =>
            {
                int r0 = band * bandRows;
                RunBand(AsSpan(image), AsSpan(destination), r0, Math.Min(r0 + bandRows, OutRows), scratch);
                return scratch;
            },
            scratch => scratch.Dispose());
    }

    /// <summary>Runs the whole job on the calling thread, one band after another with one scratch buffer.</summary>
    public override void RunSerial(ReadOnlySpan<float> image, Span<float> destination)
    {
        int bandRows = BandRows(1);
        using var scratch = new Scratch();
        for (int r0 = 0; r0 < OutRows; r0 += bandRows)
        {
            RunBand(image, destination, r0, Math.Min(r0 + bandRows, OutRows), scratch);
        }
    }

    /// <summary>
    /// Output rows a band gets: enough padded rows to fill <see cref="BandFloats"/> (at least 16), a
    /// multiple of the block rows, and with several threads small enough for 4 bands a thread.
    /// </summary>
    private int BandRows(int threads)
    {
        int rows = Pad && !Separable ? Math.Max(16, (BandFloats / InCols) - (KRows - 1)) : 32;
        if (threads > 1)
        {
            rows = Math.Min(rows, (OutRows + (4 * threads) - 1) / (4 * threads));
        }

        rows = ((rows + BlockRows - 1) / BlockRows) * BlockRows;
        return Math.Clamp(rows, 1, OutRows);
    }

    /// <summary>Output rows <paramref name="r0"/> (included) to <paramref name="r1"/> (excluded), on the job's path.</summary>
    private void RunBand(ReadOnlySpan<float> image, Span<float> destination, int r0, int r1, Scratch scratch)
    {
        switch (CodePath)
        {
            case FastPath.Vector512:
                RunBand<Vector512Ops, Vector512<float>>(image, destination, r0, r1, scratch);
                break;
            case FastPath.Vector256:
                RunBand<Vector256Ops, Vector256<float>>(image, destination, r0, r1, scratch);
                break;
            case FastPath.Vector128:
                RunBand<Vector128Ops, Vector128<float>>(image, destination, r0, r1, scratch);
                break;
            default:
                RunBand<ScalarOps, float>(image, destination, r0, r1, scratch);
                break;
        }
    }

    private void RunBand<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int r0, int r1, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        if (Separable)
        {
            SeparableBand<TOps, TV>(image, destination, r0, r1, scratch);
        }
        else
        {
            DirectBand<TOps, TV>(image, destination, r0, r1, scratch);
        }
    }

    /// <summary>Row <paramref name="paddedRow"/> of the padded image, as <see cref="Borders.Pad{T}"/> would make it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PadRow(ReadOnlySpan<float> image, int paddedRow, Span<float> row)
    {
        int sr = Borders.SourceIndex(paddedRow - Top, Rows, Border);
        if (sr < 0)
        {
            row.Fill(Value);
            return;
        }

        image.Slice(sr * ImageStride, Cols).CopyTo(row[Left..]);
        FillInventedColumns(row, Value);
    }

    /// <summary>Fills the invented columns of a padded row from its image part (or with the constant).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillInventedColumns(Span<float> row, float constant)
    {
        for (int m = 0; m < ColumnMap.Length; m++)
        {
            int c = m < Left ? m : m + Cols;
            row[c] = ColumnMap[m] < 0 ? constant : row[Left + ColumnMap[m]];
        }
    }
}
