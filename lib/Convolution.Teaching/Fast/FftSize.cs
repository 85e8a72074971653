namespace Convolution.Teaching.Fast;

/// <summary>
/// The tile size of an overlap-save FFT correlation and its cost in the units of <see cref="FftCost"/>.
/// A tile of TileRows x TileCols padded pixels yields (TileRows - kH + 1) x (TileCols - kW + 1) output
/// pixels; bigger tiles waste less on the overlap but cost more per pixel (log2 of the size) and leave
/// the L2 cache, so every power of 2 from the kernel's size up is tried and the cheapest kept.
/// </summary>
internal readonly record struct FftSize(int TileRows, int TileCols, int TilesDown, int TilesAcross, double Cost)
{
    /// <summary>Tiles above this many floats (two planes of 128K floats, 1 MiB) no longer fit the L2 cache of one core with the rest.</summary>
    private const int MaxCachedTile = 1 << 17;

    /// <summary>The cheapest tile for an outRows x outCols output of a kRows x kCols kernel.</summary>
    public static FftSize Choose(int outRows, int outCols, int kRows, int kCols)
    {
        FftSize best = default;
        int maxRows = Math.Max(FftStrip.Width, NextPowerOf2(outRows + kRows - 1));
        int maxCols = Math.Max(FftStrip.Width, NextPowerOf2(outCols + kCols - 1));
        for (int nr = Math.Max(FftStrip.Width, NextPowerOf2(kRows)); nr <= maxRows; nr *= 2)
        {
            for (int nc = Math.Max(FftStrip.Width, NextPowerOf2(kCols)); nc <= maxCols; nc *= 2)
            {
                var size = Of(outRows, outCols, kRows, kCols, nr, nc);
                if (best.Cost == 0 || size.Cost < best.Cost)
                {
                    best = size;
                }
            }
        }

        return best;
    }

    /// <summary>The tiling with tiles of nr x nc and its modelled cost.</summary>
    public static FftSize Of(int outRows, int outCols, int kRows, int kCols, int nr, int nc)
    {
        int down = (outRows + (nr - kRows)) / (nr - kRows + 1);
        int across = (outCols + (nc - kCols)) / (nc - kCols + 1);
        // Tiles go through in pairs (one as the real part, one as the imaginary part).
        double pairs = Math.Ceiling(down * (double)across / 2);
        double perTile = (double)nr * nc * (Math.Log2(nr) + Math.Log2(nc) + FftCost.FixedPerElement);
        if ((long)nr * nc > MaxCachedTile)
        {
            perTile *= FftCost.OutOfCachePenalty;
        }

        return new FftSize(nr, nc, down, across, pairs * perTile);
    }

    /// <summary>The smallest power of 2 at or above <paramref name="n"/> (n at least 1).</summary>
    public static int NextPowerOf2(int n)
    {
        int p = 1;
        while (p < n)
        {
            p *= 2;
        }

        return p;
    }
}
