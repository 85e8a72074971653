using System.Globalization;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests.Support;

/// <summary>
/// Array comparisons whose failure message names the worst pixel (row, col, expected, actual), so a
/// failing parity test says where to look instead of "arrays differ".
/// </summary>
internal static class ArrayAssert
{
    /// <summary>
    /// The float tolerance of a correlation: 1e-5 * (sum of |k|) * max|image| + 1e-6.
    /// Why: each output is a float32 sum of kH * kW products. Every product and every partial sum is
    /// rounded to float32 (relative error 2^-24, about 6e-8), so one implementation is off by at most
    /// about kH * kW * 6e-8 * (sum of |k|) * max|image|; OpenCV sums in the same order but with SIMD
    /// fused multiply-adds (one rounding per tap instead of two), so the two differ by up to twice that.
    /// 1e-5 covers kernels up to about 80 taps with room to spare; the 1e-6 absolute term covers an
    /// all-zero image or kernel. Measured worst here: 7.2e-7 absolute, 1.3e-7 * (sum of |k|) on images in [0, 1).
    /// </summary>
    public static double CorrelationTolerance(float[,] image, float[,] kernel)
    {
        double kernelAbsSum = kernel.Cast<float>().Sum(v => Math.Abs((double)v));
        double imageMax = image.Cast<float>().Max(v => Math.Abs((double)v));
        return (1e-5 * kernelAbsSum * imageMax) + 1e-6;
    }

    /// <summary>Same shape, and every |expected - actual| at most <paramref name="tolerance"/>.</summary>
    public static void Close(float[,] expected, float[,] actual, double tolerance, string what = "")
    {
        SameShape(expected, actual, what);
        int worstRow = -1, worstCol = -1, outside = 0;
        double worst = -1;
        for (int r = 0; r < expected.GetLength(0); r++)
        {
            for (int c = 0; c < expected.GetLength(1); c++)
            {
                double diff = Math.Abs((double)expected[r, c] - actual[r, c]);
                if (double.IsNaN(diff))
                {
                    diff = double.PositiveInfinity;
                }

                outside += diff > tolerance ? 1 : 0;
                if (diff > worst)
                {
                    (worst, worstRow, worstCol) = (diff, r, c);
                }
            }
        }

        if (outside > 0)
        {
            throw new XunitException(string.Create(CultureInfo.InvariantCulture,
                $"{what}: {outside} pixel(s) differ by more than {tolerance:G3}. Worst at (row {worstRow}, col {worstCol}): " +
                $"expected {expected[worstRow, worstCol]:G9}, actual {actual[worstRow, worstCol]:G9}, |diff| {worst:G3}."));
        }
    }

    /// <summary>Same shape and every pixel equal; on failure, the number of mismatches and the largest one.</summary>
    public static void Equal(byte[,] expected, byte[,] actual, string what = "")
    {
        SameShape(expected, actual, what);
        int worstRow = -1, worstCol = -1, mismatches = 0, worst = 0;
        for (int r = 0; r < expected.GetLength(0); r++)
        {
            for (int c = 0; c < expected.GetLength(1); c++)
            {
                int diff = Math.Abs(expected[r, c] - actual[r, c]);
                mismatches += diff > 0 ? 1 : 0;
                if (diff > worst)
                {
                    (worst, worstRow, worstCol) = (diff, r, c);
                }
            }
        }

        if (mismatches > 0)
        {
            throw new XunitException(
                $"{what}: {mismatches} of {expected.Length} pixels differ. Worst at (row {worstRow}, col {worstCol}): " +
                $"expected {expected[worstRow, worstCol]}, actual {actual[worstRow, worstCol]}.");
        }
    }

    private static void SameShape<TA, TB>(TA[,] expected, TB[,] actual, string what)
    {
        if (expected.GetLength(0) != actual.GetLength(0) || expected.GetLength(1) != actual.GetLength(1))
        {
            throw new XunitException(
                $"{what}: expected shape ({expected.GetLength(0)}, {expected.GetLength(1)}) but got ({actual.GetLength(0)}, {actual.GetLength(1)}).");
        }
    }
}
