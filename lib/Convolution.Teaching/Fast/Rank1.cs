namespace Convolution.Teaching.Fast;

/// <summary>
/// Finds whether a kernel is an outer product <c>K[i, j] = column[i] * row[j]</c> (rank 1), as the
/// box blur, the binomial Gaussian and Sobel are. Such a kernel can be applied as a vertical pass
/// then a horizontal one: kH + kW multiply-adds a pixel instead of kH * kW.
/// </summary>
internal static class Rank1
{
    /// <summary>
    /// How far an entry may be from <c>column[i] * row[j]</c>, relative to the largest entry: a few
    /// float roundings (float epsilon is 1.2e-7), so a kernel built in double and stored as float still counts.
    /// </summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>
    /// True when <paramref name="kernel"/> (<paramref name="kRows"/> x <paramref name="kCols"/>, row-major)
    /// is rank 1 within <see cref="RelativeTolerance"/>; then <paramref name="column"/> and
    /// <paramref name="row"/> hold its factors. An all-zero kernel is not reported as separable.
    /// </summary>
    public static bool TrySeparate(ReadOnlySpan<float> kernel, int kRows, int kCols, Span<float> column, Span<float> row)
    {
        // The largest entry is the pivot: dividing by it keeps the factors' rounding small.
        int pivot = 0;
        float max = 0;
        for (int n = 0; n < kRows * kCols; n++)
        {
            if (Math.Abs(kernel[n]) > max)
            {
                max = Math.Abs(kernel[n]);
                pivot = n;
            }
        }

        if (max == 0)
        {
            return false;
        }

        int p = pivot / kCols, q = pivot % kCols;
        for (int i = 0; i < kRows; i++)
        {
            column[i] = kernel[(i * kCols) + q];
        }

        for (int j = 0; j < kCols; j++)
        {
            row[j] = kernel[(p * kCols) + j] / kernel[pivot];
        }

        double tolerance = RelativeTolerance * max;
        for (int i = 0; i < kRows; i++)
        {
            for (int j = 0; j < kCols; j++)
            {
                if (Math.Abs(kernel[(i * kCols) + j] - ((double)column[i] * row[j])) > tolerance)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
