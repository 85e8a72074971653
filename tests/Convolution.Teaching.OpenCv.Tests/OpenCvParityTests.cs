using Convolution.Teaching.OpenCv;
using Convolution.Teaching.Tests.Support;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// <summary>
/// Filters.Correlate and Filters.Convolve on float32 images against OpenCV's filter2D, for every
/// border, output mode, odd/even/non-square kernel, and images down to 1x1 and smaller than the kernel.
/// Tolerance: see <see cref="ArrayAssert.CorrelationTolerance"/>.
/// </summary>
/// <remarks>
/// How each mode maps onto filter2D, which always returns H x W with the kernel's anchor
/// (aR, aC) = (kH / 2, kW / 2) over each pixel:
/// Same is filter2D itself. Valid keeps the pixels whose window lies inside the image: rows
/// aR .. H - kH + aR, columns aC .. W - kW + aC of filter2D's output. Full needs kH - 1 invented rows
/// (kW - 1 columns) on every side: pad with copyMakeBorder by exactly that, run filter2D on the padded
/// (H + 2kH - 2) x (W + 2kW - 2) image and keep its Valid part, rows aR .. aR + H + kH - 2, columns
/// aC .. aC + W + kW - 2. There every window lies inside the padded image, so filter2D's own border
/// never matters, and the pixels invented are the ones copyMakeBorder made with our border.
/// </remarks>
public class OpenCvParityTests
{
    private static readonly (int Rows, int Cols)[] KernelShapes = [(3, 3), (5, 5), (4, 4), (1, 5), (2, 3), (5, 1)];
    private static readonly (int Rows, int Cols)[] ImageShapes = [(1, 1), (2, 3), (3, 2), (4, 4), (9, 13), (17, 35)];
    private static readonly BorderMode[] Filter2DBorders = [BorderMode.Constant, BorderMode.Replicate, BorderMode.Reflect, BorderMode.Reflect101];

    public static TheoryData<BorderMode, int, int, int, int> Filter2DBordersKernelsAndImages() =>
        Cases(Filter2DBorders, fitsOnly: false);

    public static TheoryData<BorderMode, int, int, int, int> Filter2DBordersAndImagesAtLeastKernelSize() =>
        Cases(Filter2DBorders, fitsOnly: true);

    public static TheoryData<OutputMode, int, int, int, int> ModesKernelsAndImages()
    {
        var data = new TheoryData<OutputMode, int, int, int, int>();
        foreach (OutputMode mode in Enum.GetValues<OutputMode>())
        {
            foreach (var k in KernelShapes)
            {
                foreach (var i in ImageShapes.Where(i => mode != OutputMode.Valid || (i.Rows >= k.Rows && i.Cols >= k.Cols)))
                {
                    data.Add(mode, k.Rows, k.Cols, i.Rows, i.Cols);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Filter2DBordersKernelsAndImages))]
    public void Same_equals_Filter2D_on_float_input(BorderMode border, int kRows, int kCols, int rows, int cols)
    {
        var (image, kernel) = Inputs(kRows, kCols, rows, cols);

        float[,] ours = Filters.Correlate(image, kernel, OutputMode.Same, border);

        ArrayAssert.Close(Cv.Filter2D(image, kernel, border), ours, ArrayAssert.CorrelationTolerance(image, kernel), "Same vs filter2D");
    }

    [Theory]
    [MemberData(nameof(Filter2DBordersAndImagesAtLeastKernelSize))]
    public void Valid_equals_the_interior_of_Filter2D_whatever_its_border(BorderMode border, int kRows, int kCols, int rows, int cols)
    {
        var (image, kernel) = Inputs(kRows, kCols, rows, cols);
        int aR = kRows / 2, aC = kCols / 2;

        float[,] interior = Arrays.Slice(Cv.Filter2D(image, kernel, border), aR..(rows - kRows + aR + 1), aC..(cols - kCols + aC + 1));

        ArrayAssert.Close(interior, Filters.Correlate(image, kernel, OutputMode.Valid), ArrayAssert.CorrelationTolerance(image, kernel), "Valid vs interior");
    }

    [Theory]
    [MemberData(nameof(Filter2DBordersKernelsAndImages))]
    public void Full_equals_the_interior_of_Filter2D_on_an_image_padded_by_kernel_size_minus_one(BorderMode border, int kRows, int kCols, int rows, int cols)
    {
        var (image, kernel) = Inputs(kRows, kCols, rows, cols);

        float[,] expected = PadFilterAndCrop(image, kernel, (kRows - 1, kRows - 1, kCols - 1, kCols - 1), border, 0, (kRows / 2, kCols / 2), OutputMode.Full);

        ArrayAssert.Close(expected, Filters.Correlate(image, kernel, OutputMode.Full, border), ArrayAssert.CorrelationTolerance(image, kernel), "Full vs padded filter2D");
    }

    [Theory]
    [MemberData(nameof(Filter2DBordersKernelsAndImages))]
    public void Convolve_equals_Filter2D_with_the_flipped_kernel_and_the_moved_anchor(BorderMode border, int kRows, int kCols, int rows, int cols)
    {
        var (image, kernel) = Inputs(kRows, kCols, rows, cols);
        float[,] flipped = FlipWithOpenCv(kernel);
        (int Row, int Col) anchor = (kRows - 1 - (kRows / 2), kCols - 1 - (kCols / 2));
        double tolerance = ArrayAssert.CorrelationTolerance(image, kernel);

        ArrayAssert.Close(
            Cv.Filter2D(image, flipped, border, anchor.Row, anchor.Col), Filters.Convolve(image, kernel, OutputMode.Same, border), tolerance, "Convolve Same");
        ArrayAssert.Close(
            PadFilterAndCrop(image, flipped, (kRows - 1, kRows - 1, kCols - 1, kCols - 1), border, 0, anchor, OutputMode.Full),
            Filters.Convolve(image, kernel, OutputMode.Full, border), tolerance, "Convolve Full");
        if (rows >= kRows && cols >= kCols)
        {
            ArrayAssert.Close(
                PadFilterAndCrop(image, flipped, (0, 0, 0, 0), border, 0, anchor, OutputMode.Valid),
                Filters.Convolve(image, kernel, OutputMode.Valid), tolerance, "Convolve Valid");
        }
    }

    [Theory]
    [MemberData(nameof(ModesKernelsAndImages))]
    public void Wrap_which_Filter2D_refuses_equals_Filter2D_on_a_wrap_padded_image(OutputMode mode, int kRows, int kCols, int rows, int cols)
    {
        var (image, kernel) = Inputs(kRows, kCols, rows, cols);

        float[,] expected = PadFilterAndCrop(image, kernel, Padding(mode, kRows, kCols), BorderMode.Wrap, 0, (kRows / 2, kCols / 2), mode);

        ArrayAssert.Close(expected, Filters.Correlate(image, kernel, mode, BorderMode.Wrap), ArrayAssert.CorrelationTolerance(image, kernel), $"Wrap {mode}");
    }

    [Theory]
    [MemberData(nameof(ModesKernelsAndImages))]
    public void Constant_border_with_a_value_equals_CopyMakeBorder_with_that_value(OutputMode mode, int kRows, int kCols, int rows, int cols)
    {
        var (image, kernel) = Inputs(kRows, kCols, rows, cols);
        const float value = 0.75f;

        float[,] expected = PadFilterAndCrop(image, kernel, Padding(mode, kRows, kCols), BorderMode.Constant, value, (kRows / 2, kCols / 2), mode);

        float[,] ours = Filters.Correlate(image, kernel, mode, BorderMode.Constant, value);
        ArrayAssert.Close(expected, ours, ArrayAssert.CorrelationTolerance(image, kernel), $"Constant {value} {mode}");
    }

    [Fact]
    public void Filter2D_refuses_wrap_which_is_why_wrap_is_tested_through_CopyMakeBorder()
    {
        var (image, kernel) = Inputs(3, 3, 5, 5);

        Assert.ThrowsAny<OpenCVException>(() => Cv.Filter2D(image, kernel, BorderMode.Wrap));
    }

    private static TheoryData<BorderMode, int, int, int, int> Cases(BorderMode[] borders, bool fitsOnly)
    {
        var data = new TheoryData<BorderMode, int, int, int, int>();
        foreach (BorderMode border in borders)
        {
            foreach (var k in KernelShapes)
            {
                foreach (var i in ImageShapes.Where(i => !fitsOnly || (i.Rows >= k.Rows && i.Cols >= k.Cols)))
                {
                    data.Add(border, k.Rows, k.Cols, i.Rows, i.Cols);
                }
            }
        }

        return data;
    }

    // Seeds come from the shapes, so each case has its own fixed image and kernel.
    private static (float[,] Image, float[,] Kernel) Inputs(int kRows, int kCols, int rows, int cols) =>
        (TestData.FloatImage(rows, cols, seed: (rows * 100) + cols), Conversions.ToFloat(TestData.Kernel(kRows, kCols, seed: (kRows * 10) + kCols)));

    /// <summary>The invented rows and columns each mode needs: none for Valid, the anchor's split for Same, kernel size - 1 for Full.</summary>
    private static (int Top, int Bottom, int Left, int Right) Padding(OutputMode mode, int kRows, int kCols) => mode switch
    {
        OutputMode.Valid => (0, 0, 0, 0),
        OutputMode.Same => (kRows / 2, kRows - 1 - (kRows / 2), kCols / 2, kCols - 1 - (kCols / 2)),
        _ => (kRows - 1, kRows - 1, kCols - 1, kCols - 1),
    };

    /// <summary>
    /// OpenCV's answer for any border (Wrap and constant values included): copyMakeBorder, then filter2D
    /// with <paramref name="anchor"/>, then the pixels whose window lies inside the padded image.
    /// </summary>
    private static float[,] PadFilterAndCrop(float[,] image, float[,] kernel, (int Top, int Bottom, int Left, int Right) pad,
        BorderMode border, double value, (int Row, int Col) anchor, OutputMode mode)
    {
        float[,] padded = pad == (0, 0, 0, 0) ? image : Cv.CopyMakeBorder(image, pad.Top, pad.Bottom, pad.Left, pad.Right, border, value);
        float[,] filtered = Cv.Filter2D(padded, kernel, BorderMode.Reflect101, anchor.Row, anchor.Col);
        var (outRows, outCols) = Filters.OutputShape(image.GetLength(0), image.GetLength(1), kernel.GetLength(0), kernel.GetLength(1), mode);
        return Arrays.Slice(filtered, anchor.Row..(anchor.Row + outRows), anchor.Col..(anchor.Col + outCols));
    }

    private static float[,] FlipWithOpenCv(float[,] kernel)
    {
        using Mat k = Cv.ToMat(kernel);
        using var flipped = new Mat();
        Cv2.Flip(k, flipped, FlipMode.XY);
        return Cv.ToFloatArray(flipped);
    }
}
