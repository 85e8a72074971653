namespace Convolution.Teaching.Fast;

/// <summary>
/// The cost model behind <see cref="FastMethod.Auto"/>: the direct loop costs a fixed time per
/// multiply-add, the FFT a fixed time per tile element and stage. The constants were calibrated once on
/// the AMD EPYC (AVX-512, 2 cores) of RESULTS.md by timing both on one thread on 2048 x 2048 images
/// (2026-12-01: direct 4.5 ms at 11 x 11, 32 ms at 31 x 31, 137 ms at 63 x 63; FFT 9.7, 12.9 and 16.3 ms,
/// 0.18 ns per unit of <see cref="FftSize.Cost"/>). The crossover they give, about 19 x 19 for a dense
/// square kernel on a large image, moves little between machines: both sides are vector multiply-adds.
/// </summary>
internal static class FftCost
{
    /// <summary>Nanoseconds per multiply-add of the direct loop (one thread, Vector512).</summary>
    public const double DirectNsPerTap = 0.008;

    /// <summary>Nanoseconds per output pixel of the direct loop besides its multiply-adds (loads, stores, padding).</summary>
    public const double DirectNsPerPixel = 0.25;

    /// <summary>Nanoseconds per tile element per log2 of the tile size, over a pair of tiles (both transforms and the pointwise product).</summary>
    public const double FftNsPerElementStage = 0.18;

    /// <summary>Work per element outside the butterflies (filling, the product, the transposes, extracting), in stages.</summary>
    public const double FixedPerElement = 6;

    /// <summary>How much slower a tile that does not fit the L2 cache is.</summary>
    public const double OutOfCachePenalty = 2;

    /// <summary>Modelled nanoseconds of the direct loop.</summary>
    public static double Direct(int outRows, int outCols, int kRows, int kCols) =>
        (double)outRows * outCols * ((kRows * kCols * DirectNsPerTap) + DirectNsPerPixel);

    /// <summary>Modelled nanoseconds of the FFT with its best tile.</summary>
    public static double Fft(FftSize size) => size.Cost * FftNsPerElementStage;
}
