using System.Numerics;

namespace Convolution.Teaching;

/// <summary>
/// Cross-correlation and convolution of a single-channel image with a kernel, written as the
/// readable loops the lesson teaches. These are the reference every faster path is tested against.
/// </summary>
/// <remarks>
/// Anchor rule (OpenCV's): the kernel pixel at (kH / 2, kW / 2), integer division, sits over the
/// output pixel in <see cref="OutputMode.Same"/>. For an even kernel that is the lower-right of the
/// four middle pixels. <see cref="Convolve{T}"/> flips the kernel, so its anchor moves to
/// (kH - 1 - kH / 2, kW - 1 - kW / 2) of the flipped kernel, which is the same pixel of the original.
/// </remarks>
public static partial class Filters
{
    /// <summary>
    /// The lesson's <c>im_conv</c>: slides <paramref name="kernel"/> over every position where it fits
    /// entirely inside <paramref name="image"/> and writes the sum of the element-wise product.
    /// <c>result[r, c] = sum over i, j of image[r + i, c + j] * kernel[i, j]</c>. No flip: this is
    /// cross-correlation. The output is (H - kH + 1) x (W - kW + 1).
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel, no larger than the image; finite entries.</param>
    /// <returns>A new array; neither input is changed.</returns>
    public static T[,] CorrelateValid<T>(T[,] image, T[,] kernel)
        where T : IFloatingPointIeee754<T>
    {
        LibraryCalls.Note("Filters.CorrelateValid");
        Check(image, kernel);
        Guard.KernelFitsForValid(image.GetLength(0), image.GetLength(1), kernel.GetLength(0), kernel.GetLength(1), nameof(kernel));
        return ValidLoop(image, kernel);
    }

    /// <summary>
    /// Cross-correlation (the kernel is not flipped), with the output size chosen by
    /// <paramref name="mode"/> and the pixels outside the image invented by <paramref name="border"/>.
    /// <see cref="OutputMode.Same"/> with <see cref="BorderMode.Reflect101"/> is OpenCV's
    /// <c>filter2D</c> on a float image.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries; any size for Full/Same, no larger than the image for Valid.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <returns>A new array; neither input is changed.</returns>
    public static T[,] Correlate<T>(T[,] image, T[,] kernel, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, T borderValue = default!)
        where T : IFloatingPointIeee754<T>
    {
        LibraryCalls.Note("Filters.Correlate");
        Check(image, kernel);
        Guard.KnownModes(mode, border);
        return CorrelateAnchored(image, kernel, mode, border, borderValue, kernel.GetLength(0) / 2, kernel.GetLength(1) / 2);
    }

    /// <summary>
    /// True convolution: the kernel is rotated by 180 degrees (flipped up-down and left-right),
    /// then correlated. <c>result[r, c] = sum over i, j of image[r - i + aR, c - j + aC] * kernel[i, j]</c>
    /// with the anchor (aR, aC) = (kH / 2, kW / 2). For kernels that look the same after the
    /// rotation (box blur, Gaussian, sharpen) it equals <see cref="Correlate{T}(T[,], T[,], OutputMode, BorderMode, T)"/>.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <returns>A new array; neither input is changed.</returns>
    public static T[,] Convolve<T>(T[,] image, T[,] kernel, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, T borderValue = default!)
        where T : IFloatingPointIeee754<T>
    {
        LibraryCalls.Note("Filters.Convolve");
        Check(image, kernel);
        Guard.KnownModes(mode, border);
        var (anchorRow, anchorCol) = RotatedAnchor(kernel.GetLength(0), kernel.GetLength(1));
        return CorrelateAnchored(image, Arrays.Flip(kernel), mode, border, borderValue, anchorRow, anchorCol);
    }

    /// <summary>
    /// Where the anchor (kH / 2, kW / 2) lands when the kernel is rotated by 180 degrees: on the same kernel entry,
    /// so convolving is correlating with the rotated kernel. For an odd size that is the centre again (kH / 2); for an
    /// even size it is kH / 2 - 1, which is why the anchor moves with the kernel.
    /// </summary>
    internal static (int Row, int Col) RotatedAnchor(int kRows, int kCols) => (kRows - 1 - (kRows / 2), kCols - 1 - (kCols / 2));

    /// <summary>
    /// The size of the result for an image of <paramref name="imageRows"/> x <paramref name="imageCols"/>
    /// and a kernel of <paramref name="kernelRows"/> x <paramref name="kernelCols"/>:
    /// Full (H + kH - 1, W + kW - 1), Same (H, W), Valid (H - kH + 1, W - kW + 1).
    /// A Valid size may be zero or negative when the kernel is larger than the image.
    /// </summary>
    /// <param name="imageRows">H, the image's rows.</param>
    /// <param name="imageCols">W, the image's columns.</param>
    /// <param name="kernelRows">kH, the kernel's rows.</param>
    /// <param name="kernelCols">kW, the kernel's columns.</param>
    /// <param name="mode">The output mode.</param>
    /// <exception cref="ArgumentOutOfRangeException">An unknown mode, or a size too large for an int (sizes near int.MaxValue).</exception>
    public static (int Rows, int Cols) OutputShape(int imageRows, int imageCols, int kernelRows, int kernelCols, OutputMode mode)
    {
        LibraryCalls.Note("Filters.OutputShape");
        return Shape(imageRows, imageCols, kernelRows, kernelCols, mode);
    }

    /// <summary><see cref="OutputShape"/> for the library's own use (not watched: it is not a student's call).</summary>
    internal static (int Rows, int Cols) Shape(int imageRows, int imageCols, int kernelRows, int kernelCols, OutputMode mode)
    {
        // In long: sizes near int.MaxValue would wrap around to negative sizes, an answer that looks like a size but is not.
        (long rows, long cols) = mode switch
        {
            OutputMode.Full => ((long)imageRows + kernelRows - 1, (long)imageCols + kernelCols - 1),
            OutputMode.Same => (imageRows, imageCols),
            OutputMode.Valid => ((long)imageRows - kernelRows + 1, (long)imageCols - kernelCols + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown OutputMode: use Full, Same or Valid."),
        };
        if (rows is > int.MaxValue or < int.MinValue || cols is > int.MaxValue or < int.MinValue)
        {
            bool rowsOff = rows is > int.MaxValue or < int.MinValue;
            throw new ArgumentOutOfRangeException(rowsOff ? nameof(kernelRows) : nameof(kernelCols), rowsOff ? kernelRows : kernelCols,
                $"A {mode} result of a {imageRows} x {imageCols} image and a {kernelRows} x {kernelCols} kernel would have {rows} x {cols} pixels, " +
                "more than an int can count: give the sizes of arrays that can exist (each at most Array.MaxLength).");
        }

        return ((int)rows, (int)cols);
    }

    /// <summary>
    /// What OpenCV's <c>filter2D(src, -1, kernel)</c> does to an 8-bit image: correlate in float,
    /// then round half to even and saturate to 0..255. Negative responses (edges) become 0 and
    /// bright overshoots become 255. In <see cref="OutputMode.Same"/> it gives exactly OpenCV's pixels.
    /// </summary>
    /// <remarks>
    /// Exactness needs OpenCV's float arithmetic, not only its rounding. OpenCV 4.13 (x64, AVX2) sums
    /// the kernel taps in row-major order in float32, but with a fused multiply-add (one rounding per
    /// tap) in its vector loop, which covers the first 4 * floor(width / 4) pixels of each row; the
    /// last width % 4 pixels go through a scalar loop that multiplies and adds separately (two
    /// roundings). A plain sum everywhere differed from OpenCV on about 1 pixel in a million (a random
    /// kernel whose sum lands next to a .5 boundary); summing in double differed too. This model gave 0
    /// mismatches on 44.6 million pixels (every border, 68 kernels, widths 1 to 451). Valid and Full
    /// follow the same rule for the OpenCV row they are a part of: Valid is the interior of Same, and
    /// Full is the interior of <c>filter2D</c> on the image padded by kH - 1, kW - 1 on each side.
    /// On a CPU without AVX2 and FMA, OpenCV's vector loop multiplies and adds separately, and so does this.
    /// </remarks>
    /// <param name="image">An 8-bit grayscale image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="mode">Full, Same (OpenCV's) or Valid.</param>
    /// <param name="border">How pixels outside the image are invented; OpenCV's default is Reflect101.</param>
    /// <returns>A new 8-bit array.</returns>
    public static byte[,] CorrelateToByte(byte[,] image, float[,] kernel, OutputMode mode = OutputMode.Same, BorderMode border = BorderMode.Reflect101)
    {
        LibraryCalls.Note("Filters.CorrelateToByte");
        Guard.NotEmpty(image, nameof(image));
        Guard.NotEmpty(kernel, nameof(kernel));
        Guard.Finite(kernel, nameof(kernel));
        Guard.KnownModes(mode, border);
        int rows = image.GetLength(0), cols = image.GetLength(1), kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        int anchorRow = kRows / 2, anchorCol = kCols / 2;
        if (mode == OutputMode.Valid)
        {
            Guard.KernelFitsForValid(rows, cols, kRows, kCols, nameof(kernel));
        }

        float[,] source = Conversions.ToFloat(image);

        // The array the kernel slides over (Valid-style), the width of the row OpenCV would filter,
        // and the column of that row where our first output pixel sits.
        (float[,] padded, int openCvWidth, int openCvFirstCol) = mode switch
        {
            OutputMode.Same => (Borders.Pad(source, anchorRow, kRows - 1 - anchorRow, anchorCol, kCols - 1 - anchorCol, border), cols, 0),
            OutputMode.Valid => (source, cols, anchorCol),
            OutputMode.Full => (Borders.Pad(source, kRows - 1, kRows - 1, kCols - 1, kCols - 1, border), cols + (2 * (kCols - 1)), anchorCol),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown OutputMode: use Full, Same or Valid."),
        };

        int vectorEnd = FusedLikeOpenCv ? openCvWidth - (openCvWidth % 4) : 0;
        var (outRows, outCols) = Shape(padded.GetLength(0), padded.GetLength(1), kRows, kCols, OutputMode.Valid);
        var result = new byte[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                float sum = WindowSum(padded, kernel, r, c, fused: openCvFirstCol + c < vectorEnd);
                result[r, c] = Conversions.ToByte(sum);
            }
        }

        return result;
    }

    /// <summary>
    /// The window's sum in row-major order, as OpenCV adds it: with one rounding per tap when
    /// <paramref name="fused"/> (its vector loop's multiply-add), else multiply then add (its scalar tail).
    /// </summary>
    private static float WindowSum(float[,] image, float[,] kernel, int row, int col, bool fused)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        float sum = 0;
        for (int i = 0; i < kRows; i++)
        {
            for (int j = 0; j < kCols; j++)
            {
                sum = fused ? MathF.FusedMultiplyAdd(image[row + i, col + j], kernel[i, j], sum) : sum + (image[row + i, col + j] * kernel[i, j]);
            }
        }

        return sum;
    }

    /// <summary>Whether OpenCV's 8-bit filter2D takes its AVX2 path, whose multiply-add is fused.</summary>
    private static bool FusedLikeOpenCv => System.Runtime.Intrinsics.X86.Avx2.IsSupported && System.Runtime.Intrinsics.X86.Fma.IsSupported;

    /// <summary>Pads as the mode and anchor require, then runs the Valid loop.</summary>
    internal static T[,] CorrelateAnchored<T>(T[,] image, T[,] kernel, OutputMode mode, BorderMode border, T borderValue,
        int anchorRow, int anchorCol)
        where T : IFloatingPointIeee754<T>
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        switch (mode)
        {
            case OutputMode.Valid:
                Guard.KernelFitsForValid(image.GetLength(0), image.GetLength(1), kRows, kCols, nameof(kernel));
                return ValidLoop(image, kernel);
            case OutputMode.Same:
                return ValidLoop(Borders.Pad(image, anchorRow, kRows - 1 - anchorRow, anchorCol, kCols - 1 - anchorCol, border, borderValue), kernel);
            case OutputMode.Full:
                return ValidLoop(Borders.Pad(image, kRows - 1, kRows - 1, kCols - 1, kCols - 1, border, borderValue), kernel);
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown OutputMode: use Full, Same or Valid.");
        }
    }

    /// <summary>The four loops of the lesson: two over output pixels, two over kernel taps.</summary>
    private static T[,] ValidLoop<T>(T[,] image, T[,] kernel)
        where T : IFloatingPointIeee754<T>
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var (outRows, outCols) = Shape(image.GetLength(0), image.GetLength(1), kRows, kCols, OutputMode.Valid);
        var result = new T[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                T sum = T.Zero;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += image[r + i, c + j] * kernel[i, j];
                    }
                }

                result[r, c] = sum;
            }
        }

        return result;
    }

    private static void Check<T>(T[,] image, T[,] kernel)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(image, nameof(image));
        Guard.NotEmpty(kernel, nameof(kernel));
        Guard.Finite(kernel, nameof(kernel));
    }
}
