namespace Convolution.Teaching.Fast;

/// <summary>
/// Chooses between the direct loop and the FFT for one correlation: <see cref="FastOptions.Method"/>
/// when it forces one, else the cheaper by <see cref="FftCost"/>. A separable kernel stays direct under
/// Auto: kH + kW multiply-adds a pixel beat any transform.
/// </summary>
internal static class Planner
{
    /// <summary>
    /// Plans the correlation; the arguments mean what they mean for <see cref="Job.Create"/>. The FFT, chosen or forced, is
    /// used only where <see cref="FftRange"/> says it holds <paramref name="image"/>'s and the kernel's values.
    /// </summary>
    public static FilterJob Create(ReadOnlySpan<float> image, int rows, int cols, int imageStride, ReadOnlySpan<float> kernel, int kRows, int kCols,
        int anchorRow, int anchorCol, OutputMode mode, BorderMode border, float value, int dstStride, FastOptions options)
    {
        bool fft = Method(rows, cols, kRows, kCols, mode, options) == FastMethod.Fft
            && (options.Method == FastMethod.Fft || !(options.DetectSeparable && Rank1.TrySeparate(kernel, kRows, kCols, new float[kRows], new float[kCols])))
            && FftRange.Holds(kernel, image, rows, cols, imageStride, mode == OutputMode.Valid || border != BorderMode.Constant ? 0 : value);
        if (fft)
        {
            var (outRows, outCols) = Filters.Shape(rows, cols, kRows, kCols, mode);
            return FftJob.Create(rows, cols, imageStride, kernel, kRows, kCols, anchorRow, anchorCol, mode, border, value, dstStride, options,
                FftSize.Choose(outRows, outCols, kRows, kCols));
        }

        return Job.Create(rows, cols, imageStride, kernel, kRows, kCols, anchorRow, anchorCol, mode, border, value, dstStride, options);
    }

    /// <summary>The method for a dense kernel: the forced one, or the cheaper by the cost model.</summary>
    public static FastMethod Method(int rows, int cols, int kRows, int kCols, OutputMode mode, FastOptions options)
    {
        if (options.Method != FastMethod.Auto)
        {
            return options.Method;
        }

        var (outRows, outCols) = Filters.Shape(rows, cols, kRows, kCols, mode);
        return FftCost.Fft(FftSize.Choose(outRows, outCols, kRows, kCols)) < FftCost.Direct(outRows, outCols, kRows, kCols)
            ? FastMethod.Fft
            : FastMethod.Direct;
    }
}
