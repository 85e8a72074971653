using System.Buffers;
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
internal sealed class Job
{
    /// <summary>Floats of padded image a band should hold: 256 KiB, so it stays in the L2 cache while the kernel sweeps it.</summary>
    private const int BandFloats = 64 * 1024;

    private Job(int rows, int cols, int imageStride, int kRows, int kCols, int top, int left, bool pad,
        int outRows, int outCols, int dstStride, BorderMode border, float value, FastPath path, int blockRows)
    {
        Rows = rows;
        Cols = cols;
        ImageStride = imageStride;
        KRows = kRows;
        KCols = kCols;
        Top = top;
        Left = left;
        Pad = pad;
        OutRows = outRows;
        OutCols = outCols;
        DstStride = dstStride;
        Border = border;
        Value = value;
        Path = path;
        BlockRows = blockRows;
        ColumnMap = new int[InCols - cols];
        for (int c = 0; c < ColumnMap.Length; c++)
        {
            int padded = c < left ? c : c + cols;
            ColumnMap[c] = pad ? Borders.SourceIndex(padded - left, cols, border) : 0;
        }

        int validCols = cols - kCols + 1;
        if (pad && validCols >= 1)
        {
            // Side strips of at least one vector (when the output is that wide), so they run vectorised.
            int w = Width(path);
            int leftWidth = left == 0 ? 0 : Math.Min(outCols, Math.Max(left, w));
            int rightFirst = Math.Max(0, Math.Min(left + validCols, outCols - w));
            LeftStrip = MakeStrip(0, leftWidth);
            RightStrip = left + validCols < outCols ? MakeStrip(rightFirst, outCols - rightFirst) : MakeStrip(0, 0);
        }
    }

    public int Rows { get; }

    public int Cols { get; }

    public int ImageStride { get; }

    public int KRows { get; }

    public int KCols { get; }

    /// <summary>Invented rows above the image (0 in Valid mode).</summary>
    public int Top { get; }

    /// <summary>Invented columns left of the image (0 in Valid mode).</summary>
    public int Left { get; }

    /// <summary>False in Valid mode: the kernel then reads the image itself.</summary>
    public bool Pad { get; }

    public int OutRows { get; }

    public int OutCols { get; }

    public int DstStride { get; }

    public BorderMode Border { get; }

    public float Value { get; }

    public FastPath Path { get; }

    public int BlockRows { get; }

    /// <summary>Width of a padded row: the output's plus the kernel's, less one.</summary>
    public int InCols => OutCols + KCols - 1;

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
        var (outRows, outCols) = Filters.OutputShape(rows, cols, kRows, kCols, mode);
        var (top, left) = mode switch
        {
            OutputMode.Same => (anchorRow, anchorCol),
            OutputMode.Full => (kRows - 1, kCols - 1),
            _ => (0, 0),
        };
        var (path, blockRows) = Resolve(options);
        var job = new Job(rows, cols, imageStride, kRows, kCols, top, left, mode != OutputMode.Valid,
            outRows, outCols, dstStride, border, value, path, blockRows);

        if (column is null || row is null)
        {
            column = new float[kRows];
            row = new float[kCols];
            bool separable = options.DetectSeparable && kRows > 1 && kCols > 1 && Rank1.TrySeparate(kernel, kRows, kCols, column, row);
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

    /// <summary>A span over all the floats of a float array of any rank (row-major, as .NET stores them).</summary>
    public static Span<float> AsSpan(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);

    /// <summary>
    /// Runs the whole job: on the calling thread when the options allow one thread or the image is
    /// small, otherwise as bands of rows spread over the thread pool. The arrays are re-read as spans
    /// on each worker (spans cannot be captured by the lambda Parallel.For needs).
    /// </summary>
    public void Run(Array image, Array destination, FastOptions options)
    {
        int threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        long work = (long)OutRows * OutCols * (Separable ? KRows + KCols : (long)KRows * KCols);
        threads = (int)Math.Clamp(work / options.MinWorkPerThread, 1, threads);
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
    public void RunSerial(ReadOnlySpan<float> image, Span<float> destination)
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

    /// <summary>Output rows <paramref name="r0"/> (included) to <paramref name="r1"/> (excluded).</summary>
    private void RunBand(ReadOnlySpan<float> image, Span<float> destination, int r0, int r1, Scratch scratch)
    {
        if (Separable)
        {
            SeparableBand(image, destination, r0, r1, scratch);
            return;
        }

        if (!Pad)
        {
            Direct(image[(r0 * ImageStride)..], ImageStride, destination[(r0 * DstStride)..], r1 - r0, OutCols);
            return;
        }

        // Output rows whose kernel rows all lie inside the image need no invented rows: their middle
        // columns read the image itself, and only narrow strips at the sides need padding. The other
        // rows (at most kH - 1 at the top and at the bottom) are padded across the whole width.
        int validRows = Rows - KRows + 1;
        int i0 = r1, i1 = r1;
        if (validRows >= 1 && Cols - KCols + 1 >= 1)
        {
            i0 = Math.Clamp(Top, r0, r1);
            i1 = Math.Clamp(Top + validRows, r0, r1);
        }

        if (r0 < i0)
        {
            PaddedRows(image, destination, r0, i0, scratch);
        }

        if (i0 < i1)
        {
            InteriorRows(image, destination, i0, i1, scratch);
        }

        if (i1 < r1)
        {
            PaddedRows(image, destination, i1, r1, scratch);
        }
    }

    /// <summary>Pads output rows a..b's input rows across the whole width into a buffer that stays in cache, then runs the Valid loop over it.</summary>
    private void PaddedRows(ReadOnlySpan<float> image, Span<float> destination, int a, int b, Scratch scratch)
    {
        int inRows = b - a + KRows - 1;
        Span<float> padded = scratch.Floats(inRows * InCols);
        for (int q = 0; q < inRows; q++)
        {
            PadRow(image, a + q, padded.Slice(q * InCols, InCols));
        }

        Direct(padded, InCols, destination[(a * DstStride)..], b - a, OutCols);
    }

    /// <summary>
    /// Output rows a..b, all of whose kernel rows are image rows: the middle columns straight from the
    /// image (a Valid correlation written at column <see cref="Left"/>), then the side strips from small
    /// padded copies. A strip is at least a vector wide so it runs vectorised; where it overlaps the
    /// middle it recomputes the same pixels with the same arithmetic.
    /// </summary>
    private void InteriorRows(ReadOnlySpan<float> image, Span<float> destination, int a, int b, Scratch scratch)
    {
        int n = b - a;
        Direct(image[((a - Top) * ImageStride)..], ImageStride, destination[((a * DstStride) + Left)..], n, Cols - KCols + 1);
        SideStrip(image, destination, a, b, LeftStrip, scratch);
        SideStrip(image, destination, a, b, RightStrip, scratch);
    }

    private void SideStrip(ReadOnlySpan<float> image, Span<float> destination, int a, int b, Strip strip, Scratch scratch)
    {
        if (strip.Width == 0)
        {
            return;
        }

        int inRows = b - a + KRows - 1, width = strip.Map.Length;
        Span<float> padded = scratch.Floats(inRows * width);
        for (int q = 0; q < inRows; q++)
        {
            // Interior rows' kernel rows are image rows: no row mapping needed.
            ReadOnlySpan<float> source = image.Slice((a + q - Top) * ImageStride, Cols);
            Span<float> row = padded.Slice(q * width, width);
            for (int c = 0; c < width; c++)
            {
                int sc = strip.Map[c];
                row[c] = sc < 0 ? Value : source[sc];
            }
        }

        Direct(padded, width, destination[((a * DstStride) + strip.First)..], b - a, strip.Width);
    }

    /// <summary>Output columns <see cref="First"/> .. First + Width - 1 computed from a padded copy; Map gives each padded column's image column (-1: the constant).</summary>
    private readonly record struct Strip(int First, int Width, int[] Map);

    /// <summary>Row <paramref name="paddedRow"/> of the padded image, as <see cref="Borders.Pad{T}"/> would make it.</summary>
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
    private void FillInventedColumns(Span<float> row, float constant)
    {
        for (int m = 0; m < ColumnMap.Length; m++)
        {
            int c = m < Left ? m : m + Cols;
            row[c] = ColumnMap[m] < 0 ? constant : row[Left + ColumnMap[m]];
        }
    }

    /// <summary>
    /// The separable loop, row by row: column sums of the kH image rows under the kernel into a row
    /// buffer (rows outside the image, with a constant border, add a constant), the invented columns
    /// copied from it, then the horizontal kernel run along that buffer.
    /// </summary>
    private void SeparableBand(ReadOnlySpan<float> image, Span<float> destination, int r0, int r1, Scratch scratch)
    {
        Span<float> floats = scratch.Floats(InCols + KRows);
        Span<float> tmp = floats[..InCols];
        Span<float> weights = floats.Slice(InCols, KRows);
        Span<int> starts = scratch.Ints(KRows);
        for (int r = r0; r < r1; r++)
        {
            int count = 0;
            float constant = 0;
            for (int i = 0; i < KRows; i++)
            {
                int sr = Pad ? Borders.SourceIndex(r + i - Top, Rows, Border) : r + i;
                if (sr < 0)
                {
                    constant += Column[i] * Value;
                    continue;
                }

                starts[count] = sr * ImageStride;
                weights[count] = Column[i];
                count++;
            }

            Span<float> sums = tmp.Slice(Left, Cols);
            switch (Path)
            {
                case FastPath.Vector512:
                    SeparableKernel.ColumnSums<Vector512Ops, Vector512<float>>(image, starts[..count], weights[..count], constant, sums);
                    break;
                case FastPath.Vector256:
                    SeparableKernel.ColumnSums<Vector256Ops, Vector256<float>>(image, starts[..count], weights[..count], constant, sums);
                    break;
                case FastPath.Vector128:
                    SeparableKernel.ColumnSums<Vector128Ops, Vector128<float>>(image, starts[..count], weights[..count], constant, sums);
                    break;
                case FastPath.VectorT:
                    SeparableKernel.ColumnSums<VectorTOps, Vector<float>>(image, starts[..count], weights[..count], constant, sums);
                    break;
                default:
                    SeparableKernel.ColumnSums<ScalarOps, float>(image, starts[..count], weights[..count], constant, sums);
                    break;
            }

            // An invented column is the same image column in every row (or the constant all the way down).
            FillInventedColumns(tmp, Value * ColumnSum);
            Valid(tmp, InCols, Row, 0, 1, KCols, destination[(r * DstStride)..], 1, OutCols, 1);
        }
    }

    /// <summary>The direct Valid loop on the job's path, with the job's kernel and block rows.</summary>
    private void Direct(ReadOnlySpan<float> src, int srcStride, Span<float> dst, int outRows, int outCols) =>
        Valid(src, srcStride, PaddedKernel, BlockRows - 1, KRows, KCols, dst, outRows, outCols, BlockRows);

    private void Valid(ReadOnlySpan<float> src, int srcStride, ReadOnlySpan<float> kernel, int padRows, int kRows, int kCols,
        Span<float> dst, int outRows, int outCols, int blockRows)
    {
        switch (Path)
        {
            case FastPath.Vector512:
                DirectKernel.Valid<Vector512Ops, Vector512<float>>(src, srcStride, kernel, padRows, kRows, kCols, dst, DstStride, outRows, outCols, blockRows);
                break;
            case FastPath.Vector256:
                DirectKernel.Valid<Vector256Ops, Vector256<float>>(src, srcStride, kernel, padRows, kRows, kCols, dst, DstStride, outRows, outCols, blockRows);
                break;
            case FastPath.Vector128:
                DirectKernel.Valid<Vector128Ops, Vector128<float>>(src, srcStride, kernel, padRows, kRows, kCols, dst, DstStride, outRows, outCols, blockRows);
                break;
            case FastPath.VectorT:
                DirectKernel.Valid<VectorTOps, Vector<float>>(src, srcStride, kernel, padRows, kRows, kCols, dst, DstStride, outRows, outCols, blockRows);
                break;
            default:
                DirectKernel.Valid<ScalarOps, float>(src, srcStride, kernel, padRows, kRows, kCols, dst, DstStride, outRows, outCols, blockRows);
                break;
        }
    }

    /// <summary>Scratch memory of one worker, rented from the shared pool and grown only when a band needs more.</summary>
    private sealed class Scratch : IDisposable
    {
        private float[] floats = [];
        private int[] ints = [];

        public Span<float> Floats(int length)
        {
            if (floats.Length < length)
            {
                Return();
                floats = ArrayPool<float>.Shared.Rent(length);
            }

            return floats.AsSpan(0, length);
        }

        public Span<int> Ints(int length)
        {
            if (ints.Length < length)
            {
                if (ints.Length > 0)
                {
                    ArrayPool<int>.Shared.Return(ints);
                }

                ints = ArrayPool<int>.Shared.Rent(length);
            }

            return ints.AsSpan(0, length);
        }

        public void Dispose()
        {
            Return();
            if (ints.Length > 0)
            {
                ArrayPool<int>.Shared.Return(ints);
                ints = [];
            }
        }

        private void Return()
        {
            if (floats.Length > 0)
            {
                ArrayPool<float>.Shared.Return(floats);
                floats = [];
            }
        }
    }
}
