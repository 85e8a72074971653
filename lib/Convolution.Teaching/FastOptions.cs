namespace Convolution.Teaching;

/// <summary>
/// Knobs of <see cref="FastFilters"/>. The defaults pick everything automatically; tests and the
/// speed lesson set them to force one code path or to see what each technique is worth.
/// </summary>
public sealed record FastOptions
{
    private readonly int maxDegreeOfParallelism = -1;
    private readonly long minWorkPerThread = 1L << 20;
    private readonly int blockRows;

    /// <summary>Everything automatic: widest vectors, separable when the kernel allows, all cores for large images.</summary>
    public static FastOptions Default { get; } = new();

    /// <summary>Like <see cref="Default"/> but on the calling thread only.</summary>
    public static FastOptions SingleThread { get; } = new() { MaxDegreeOfParallelism = 1 };

    /// <summary>The instruction path; <see cref="FastPath.Auto"/> picks the widest accelerated one.</summary>
    public FastPath Path { get; init; } = FastPath.Auto;

    /// <summary>
    /// Direct loop or FFT; <see cref="FastMethod.Auto"/> (the default) picks the faster by a cost model,
    /// so large dense kernels go through the FFT and small or separable ones stay direct.
    /// </summary>
    public FastMethod Method { get; init; } = FastMethod.Auto;

    /// <summary>
    /// When true (the default), a kernel of rank 1 (box blur, binomial Gaussian, Sobel: an outer
    /// product of a column and a row) is applied as a vertical then a horizontal pass,
    /// kH + kW multiply-adds a pixel instead of kH * kW, where that is faster: on the Vector512 path only for
    /// kernels of more than 64 taps (the 2D loop wins below, measured), on narrower vectors always. False always
    /// uses the direct 2D loop; <see cref="FastFilters.CorrelateSeparable(float[,], float[], float[], OutputMode, BorderMode, float, FastOptions?)"/>
    /// always runs the two passes.
    /// </summary>
    public bool DetectSeparable { get; init; } = true;

    /// <summary>
    /// The most threads to use: -1 (the default) for one per core, 1 for the calling thread only.
    /// The span overloads always use the calling thread only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0 or below -1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init => maxDegreeOfParallelism = value == -1 || value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value,
                "MaxDegreeOfParallelism must be -1 (one thread per core) or at least 1.");
    }

    /// <summary>
    /// How many multiply-adds a thread must get before a second thread is worth starting (default
    /// 2^20, roughly a tenth of a millisecond on one core). Set 1 to force the parallel path even on tiny images.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public long MinWorkPerThread
    {
        get => minWorkPerThread;
        init => minWorkPerThread = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinWorkPerThread), value, "MinWorkPerThread must be at least 1.");
    }

    /// <summary>
    /// Output rows summed together by the direct loop, 1 to 4 (0, the default, picks 4 where the
    /// processor has 32 vector registers and 3 where it has 16: 12 sums, 3 broadcast taps and one
    /// loaded vector fill all 16). Each loaded image vector is used by every row of the block, so
    /// more rows mean fewer loads, as long as the 4 x <see cref="BlockRows"/> sums still fit in registers.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 0 to 4.</exception>
    public int BlockRows
    {
        get => blockRows;
        init => blockRows = value is >= 0 and <= 4
            ? value
            : throw new ArgumentOutOfRangeException(nameof(BlockRows), value, "BlockRows must be 0 (automatic) or 1 to 4.");
    }
}
