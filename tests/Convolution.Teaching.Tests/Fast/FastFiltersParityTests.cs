using Convolution.Teaching.Tests.Fast.Support;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>
/// Every forced path against the float64 reference, over every output mode and border, for the
/// kernel and image shapes in <see cref="Cases"/>: this is what makes the fast path a drop-in twin
/// of <see cref="Filters"/>.
/// </summary>
public class FastFiltersParityTests
{
    public static TheoryData<FastPath, int, int, int, int> PathKernelImage()
    {
        var data = new TheoryData<FastPath, int, int, int, int>();
        foreach (FastPath path in Cases.Paths)
        {
            foreach (var k in Cases.KernelShapes)
            {
                foreach (var i in Cases.ImageShapes)
                {
                    data.Add(path, k.Rows, k.Cols, i.Rows, i.Cols);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathKernelImage))]
    public void Correlate_matches_the_reference_for_every_mode_and_border(FastPath path, int kRows, int kCols, int rows, int cols)
    {
        var options = new FastOptions { Path = path, MaxDegreeOfParallelism = 1, DetectSeparable = false };
        CheckEveryModeAndBorder(options, (kRows, kCols), (rows, cols), convolve: false);
    }

    [Theory]
    [MemberData(nameof(PathKernelImage))]
    public void Convolve_matches_the_reference_for_every_mode_and_border(FastPath path, int kRows, int kCols, int rows, int cols)
    {
        var options = new FastOptions { Path = path, MaxDegreeOfParallelism = 1, DetectSeparable = false };
        CheckEveryModeAndBorder(options, (kRows, kCols), (rows, cols), convolve: true);
    }

    public static TheoryData<FastPath, int> PathAndBlockRows()
    {
        var data = new TheoryData<FastPath, int>();
        foreach (FastPath path in Cases.Paths)
        {
            for (int blockRows = 1; blockRows <= 4; blockRows++)
            {
                data.Add(path, blockRows);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathAndBlockRows))]
    public void Every_block_height_matches_the_reference(FastPath path, int blockRows)
    {
        // Blocks of 1 to 4 rows, with images whose heights leave every possible remainder of rows.
        var options = new FastOptions { Path = path, BlockRows = blockRows, MaxDegreeOfParallelism = 1, DetectSeparable = false };
        foreach (var kernel in new[] { (3, 3), (4, 4), (2, 3), (7, 1), (11, 11) })
        {
            foreach (var image in new[] { (17, 3), (64, 65), (130, 257) })
            {
                CheckEveryModeAndBorder(options, kernel, image, convolve: false);
            }
        }
    }

    public static TheoryData<int> ThreadCounts() => [2, 3];

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void Parallel_bands_give_exactly_the_single_thread_result(int threads)
    {
        // MinWorkPerThread = 1 forces bands onto several threads even for small images; each pixel is
        // computed by the same arithmetic whichever band holds it, so the results are identical.
        var parallel = new FastOptions { MaxDegreeOfParallelism = threads, MinWorkPerThread = 1 };
        foreach (var kernelShape in new[] { (3, 3), (4, 4), (2, 3), (5, 5), (11, 11) })
        {
            foreach (var imageShape in new[] { (17, 3), (64, 65), (130, 257) })
            {
                float[,] image = Cases.Image(imageShape), kernel = Cases.Kernel(kernelShape);
                foreach (OutputMode mode in Enum.GetValues<OutputMode>())
                {
                    if (mode == OutputMode.Valid && !Cases.Fits(imageShape, kernelShape))
                    {
                        continue;
                    }

                    foreach (BorderMode border in Enum.GetValues<BorderMode>())
                    {
                        float[,] single = FastFilters.Correlate(image, kernel, mode, border, Cases.BorderValue, FastOptions.SingleThread);
                        float[,] banded = FastFilters.Correlate(image, kernel, mode, border, Cases.BorderValue, parallel);
                        Assert.Equal(single, banded);
                    }
                }
            }
        }
    }

    [Fact]
    public void Parallel_bands_match_the_reference_on_a_large_image()
    {
        float[,] image = Cases.Image((130, 257)), kernel = Cases.Kernel((11, 11));
        var options = new FastOptions { MaxDegreeOfParallelism = 2, MinWorkPerThread = 1 };
        double tolerance = Cases.Tolerance(image, kernel);
        foreach (BorderMode border in Enum.GetValues<BorderMode>())
        {
            double[,] expected = Cases.Reference("130x257|11x11", image, kernel, OutputMode.Same, border, convolve: false);
            Cases.AssertClose(expected, FastFilters.Correlate(image, kernel, OutputMode.Same, border, Cases.BorderValue, options), tolerance, $"2 threads, {border}");
        }
    }

    [Fact]
    public void Auto_path_matches_the_reference()
    {
        float[,] image = Cases.Image((64, 65)), kernel = Cases.Kernel((5, 5));
        double[,] expected = Cases.Reference("64x65|5x5", image, kernel, OutputMode.Same, BorderMode.Reflect101, convolve: false);

        float[,] actual = FastFilters.Correlate(image, kernel, OutputMode.Same);

        Cases.AssertClose(expected, actual, Cases.Tolerance(image, kernel), $"Auto ({FastFilters.DefaultPath})");
    }

    [Fact]
    public void Inputs_are_not_changed()
    {
        float[,] image = Cases.Image((17, 3)), kernel = Cases.Kernel((4, 4));
        float[,] imageCopy = (float[,])image.Clone(), kernelCopy = (float[,])kernel.Clone();

        _ = FastFilters.Convolve(image, kernel, OutputMode.Full, BorderMode.Wrap);
        _ = FastFilters.Correlate(image, kernel, OutputMode.Same, BorderMode.Reflect);

        Assert.Equal(imageCopy, image);
        Assert.Equal(kernelCopy, kernel);
    }

    /// <summary>Every mode x border for one kernel and image: Correlate (or Convolve) within tolerance of the reference.</summary>
    internal static void CheckEveryModeAndBorder(FastOptions options, (int Rows, int Cols) kernelShape, (int Rows, int Cols) imageShape, bool convolve)
    {
        float[,] image = Cases.Image(imageShape), kernel = Cases.Kernel(kernelShape);
        CheckEveryMode(options, kernelShape, imageShape, convolve, Enum.GetValues<BorderMode>(), Cases.Tolerance(image, kernel));
    }

    /// <summary>Every output mode with the given borders for one kernel and image, within <paramref name="tolerance"/> of the reference.</summary>
    internal static void CheckEveryMode(FastOptions options, (int Rows, int Cols) kernelShape, (int Rows, int Cols) imageShape, bool convolve,
        BorderMode[] borders, double tolerance)
    {
        float[,] image = Cases.Image(imageShape), kernel = Cases.Kernel(kernelShape);
        string key = $"{imageShape.Rows}x{imageShape.Cols}|{kernelShape.Rows}x{kernelShape.Cols}";
        foreach (OutputMode mode in Enum.GetValues<OutputMode>())
        {
            foreach (BorderMode border in borders)
            {
                string what = $"{(convolve ? "Convolve" : "Correlate")} {options.Method} {options.Path} rows {options.BlockRows}, kernel {kernelShape}, image {imageShape}, {mode}, {border}";
                if (mode == OutputMode.Valid && !Cases.Fits(imageShape, kernelShape))
                {
                    // The reference refuses too: a Valid result would be empty.
                    Assert.Throws<ArgumentException>("kernel", () => Run(image, kernel, mode, border, options, convolve));
                    continue;
                }

                double[,] expected = Cases.Reference(key, image, kernel, mode, border, convolve);
                Cases.AssertClose(expected, Run(image, kernel, mode, border, options, convolve), tolerance, what);
            }
        }
    }

    private static float[,] Run(float[,] image, float[,] kernel, OutputMode mode, BorderMode border, FastOptions options, bool convolve) =>
        convolve
            ? FastFilters.Convolve(image, kernel, mode, border, Cases.BorderValue, options)
            : FastFilters.Correlate(image, kernel, mode, border, Cases.BorderValue, options);
}
