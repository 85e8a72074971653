namespace Convolution.Teaching.Fast;

/// <summary>
/// Whether the FFT can hold a correlation's values. It scales the kernel's spectrum by 1 / (tile size), so a kernel far
/// below 1 goes subnormal and loses its digits (a subnormal kernel became 0); its image spectrum sums a tile's pixels,
/// so pixels near float's limit overflow; and it spreads one NaN or infinity over a whole tile where the direct sum
/// keeps it to the pixels under the kernel. Outside the range, the direct loop gives the reference's answer instead.
/// </summary>
internal static class FftRange
{
    /// <summary>2^60 and 2^-60: far inside float's range (2^±126) even after a tile's 2^24 or so of summing or scaling.</summary>
    private const float Large = 1.1529215e18f, Small = 8.6736174e-19f;

    /// <summary>True when every value is finite and both the kernel's and the image's magnitudes are in the FFT's range.</summary>
    public static bool Holds(ReadOnlySpan<float> kernel, ReadOnlySpan<float> image, int rows, int cols, int stride, float borderValue)
    {
        float kernelMax = 0, kernelSum = 0;
        foreach (float k in kernel)
        {
            kernelMax = MathF.Max(kernelMax, MathF.Abs(k));
            kernelSum += MathF.Abs(k);
        }

        if (kernelMax != 0 && (kernelMax < Small || kernelSum > Large))
        {
            return false;
        }

        if (!(MathF.Abs(borderValue) <= Large))
        {
            return false;
        }

        for (int r = 0; r < rows; r++)
        {
            foreach (float v in image.Slice(r * stride, cols))
            {
                // Also false for NaN: no comparison with NaN holds.
                if (!(MathF.Abs(v) <= Large))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
