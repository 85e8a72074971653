using Convolution.Teaching.Tests.Fast.Support;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>The two-pass path for rank-1 kernels: detection, and parity with the reference.</summary>
public class FastFiltersSeparableTests
{
    private static readonly (int Rows, int Cols)[] SeparableShapes = [(3, 3), (5, 5), (4, 4), (2, 3), (1, 5), (7, 1), (11, 11), (31, 31)];

    public static TheoryData<FastPath, int, int> PathAndShape()
    {
        var data = new TheoryData<FastPath, int, int>();
        foreach (FastPath path in Cases.Paths)
        {
            foreach (var k in SeparableShapes)
            {
                data.Add(path, k.Rows, k.Cols);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathAndShape))]
    public void Separable_passes_match_the_reference_for_every_mode_and_border(FastPath path, int kRows, int kCols)
    {
        var options = new FastOptions { Path = path, MaxDegreeOfParallelism = 1 };
        float[,] kernel = Cases.SeparableKernel((kRows, kCols), out float[] rowKernel, out float[] columnKernel);
        foreach (var imageShape in Cases.ImageShapes)
        {
            float[,] image = Cases.Image(imageShape);
            double tolerance = Cases.Tolerance(image, kernel);
            string key = $"{imageShape.Rows}x{imageShape.Cols}|sep{kRows}x{kCols}";
            foreach (OutputMode mode in Enum.GetValues<OutputMode>())
            {
                foreach (BorderMode border in Enum.GetValues<BorderMode>())
                {
                    string what = $"{path}, kernel {kRows}x{kCols}, image {imageShape}, {mode}, {border}";
                    if (mode == OutputMode.Valid && !Cases.Fits(imageShape, (kRows, kCols)))
                    {
                        Assert.Throws<ArgumentException>("kernel", () => FastFilters.CorrelateSeparable(image, rowKernel, columnKernel, mode, border, Cases.BorderValue, options));
                        continue;
                    }

                    double[,] correlated = Cases.Reference(key, image, kernel, mode, border, convolve: false);
                    Cases.AssertClose(correlated, FastFilters.CorrelateSeparable(image, rowKernel, columnKernel, mode, border, Cases.BorderValue, options), tolerance, "explicit factors, " + what);
                    Cases.AssertClose(correlated, FastFilters.Correlate(image, kernel, mode, border, Cases.BorderValue, options), tolerance, "detected, " + what);

                    double[,] convolved = Cases.Reference(key, image, kernel, mode, border, convolve: true);
                    Cases.AssertClose(convolved, FastFilters.Convolve(image, kernel, mode, border, Cases.BorderValue, options), tolerance, "detected, convolve, " + what);
                }
            }
        }
    }

    [Fact]
    public void Separable_bands_on_several_threads_give_exactly_the_single_thread_result()
    {
        float[,] image = Cases.Image((130, 257));
        float[,] kernel = Cases.SeparableKernel((5, 5), out float[] rowKernel, out float[] columnKernel);
        var parallel = new FastOptions { MaxDegreeOfParallelism = 2, MinWorkPerThread = 1 };
        foreach (BorderMode border in Enum.GetValues<BorderMode>())
        {
            Assert.Equal(
                FastFilters.CorrelateSeparable(image, rowKernel, columnKernel, OutputMode.Same, border, Cases.BorderValue, FastOptions.SingleThread),
                FastFilters.CorrelateSeparable(image, rowKernel, columnKernel, OutputMode.Same, border, Cases.BorderValue, parallel));
            Assert.Equal(
                FastFilters.Correlate(image, kernel, OutputMode.Full, border, Cases.BorderValue, FastOptions.SingleThread),
                FastFilters.Correlate(image, kernel, OutputMode.Full, border, Cases.BorderValue, parallel));
        }
    }

    [Fact]
    public void On_the_Vector512_path_a_rank_one_kernel_of64_taps_or_fewer_runs_the_faster_direct_loop()
    {
        // Same arithmetic, so the same floats: detection on gives exactly what detection off gives.
        float[,] image = Cases.Image((64, 65));
        float[,] kernel = Cases.SeparableKernel((5, 5), out _, out _);
        var detect = new FastOptions { Path = FastPath.Vector512, MaxDegreeOfParallelism = 1 };

        Assert.Equal(
            FastFilters.Correlate(image, kernel, OutputMode.Same, options: detect with { DetectSeparable = false }),
            FastFilters.Correlate(image, kernel, OutputMode.Same, options: detect));
    }

    [Fact]
    public void On_narrower_vectors_and_above64_taps_a_rank_one_kernel_runs_as_two_passes()
    {
        float[,] image = Cases.Image((64, 65));
        // The factors detection finds (scaled its own way), so both calls run exactly the same passes.
        float[,] small = Cases.SeparableKernel((5, 5), out _, out _);
        float[,] large = Cases.SeparableKernel((9, 9), out _, out _);
        Assert.True(FastFilters.TrySeparate(small, out float[]? smallRow, out float[]? smallColumn));
        Assert.True(FastFilters.TrySeparate(large, out float[]? largeRow, out float[]? largeColumn));
        var v256 = new FastOptions { Path = FastPath.Vector256, MaxDegreeOfParallelism = 1 };
        var v512 = v256 with { Path = FastPath.Vector512 };

        Assert.Equal(
            FastFilters.CorrelateSeparable(image, smallRow, smallColumn, OutputMode.Same, options: v256),
            FastFilters.Correlate(image, small, OutputMode.Same, options: v256));
        Assert.Equal(
            FastFilters.CorrelateSeparable(image, largeRow, largeColumn, OutputMode.Same, options: v512),
            FastFilters.Correlate(image, large, OutputMode.Same, options: v512));
    }

    public static TheoryData<string> RankOneKernels() => ["BoxBlur(3)", "BoxBlur(5)", "Binomial5x5", "Gaussian(7)", "SobelX", "SobelY", "Identity(3)"];

    [Theory]
    [MemberData(nameof(RankOneKernels))]
    public void Rank_one_kernels_are_detected_and_their_factors_rebuild_them(string name)
    {
        float[,] kernel = Conversions.ToFloat(Named(name));

        Assert.True(FastFilters.TrySeparate(kernel, out float[]? rowKernel, out float[]? columnKernel), $"{name} should split");

        Assert.Equal(kernel.GetLength(0), columnKernel.Length);
        Assert.Equal(kernel.GetLength(1), rowKernel.Length);
        float max = kernel.Cast<float>().Max(Math.Abs);
        for (int i = 0; i < kernel.GetLength(0); i++)
        {
            for (int j = 0; j < kernel.GetLength(1); j++)
            {
                Assert.True(Math.Abs(kernel[i, j] - ((double)columnKernel[i] * rowKernel[j])) <= 1e-6 * max, $"{name}[{i}, {j}]");
            }
        }
    }

    public static TheoryData<string> HigherRankKernels() => ["Laplacian", "Edge", "Sharpen(3)", "IdentityMinusBlur(3)", "Random5x5", "Zero3x3"];

    [Theory]
    [MemberData(nameof(HigherRankKernels))]
    public void Kernels_of_rank_two_or_more_are_not_separable(string name)
    {
        float[,] kernel = name switch
        {
            "Random5x5" => Cases.Kernel((5, 5)),
            "Zero3x3" => new float[3, 3],
            _ => Conversions.ToFloat(Named(name)),
        };

        Assert.False(FastFilters.TrySeparate(kernel, out float[]? rowKernel, out float[]? columnKernel));
        Assert.Null(rowKernel);
        Assert.Null(columnKernel);
    }

    [Fact]
    public void A_kernel_of_rank_two_by_one_part_in_a_million_is_not_separable()
    {
        // A binomial Gaussian plus a rank-2 bump of 1e-5 of its peak: beyond float rounding, so it must run directly.
        float[,] kernel = Conversions.ToFloat(Kernels.Binomial5x5());
        kernel[0, 4] += 1e-5f * kernel[2, 2];

        Assert.False(FastFilters.TrySeparate(kernel, out _, out _));
    }

    [Fact]
    public void Separable_detection_can_be_turned_off_and_both_ways_agree()
    {
        float[,] image = Cases.Image((64, 65));
        float[,] kernel = Conversions.ToFloat(Kernels.Binomial5x5());
        double[,] expected = Cases.Reference("64x65|binomial", image, kernel, OutputMode.Same, BorderMode.Reflect101, convolve: false);
        double tolerance = Cases.Tolerance(image, kernel);

        float[,] direct = FastFilters.Correlate(image, kernel, OutputMode.Same, options: new FastOptions { DetectSeparable = false });
        float[,] separable = FastFilters.Correlate(image, kernel, OutputMode.Same, options: new FastOptions { DetectSeparable = true });

        Cases.AssertClose(expected, direct, tolerance, "direct");
        Cases.AssertClose(expected, separable, tolerance, "separable");
    }

    private static double[,] Named(string name) => name switch
    {
        "BoxBlur(3)" => Kernels.BoxBlur(3),
        "BoxBlur(5)" => Kernels.BoxBlur(5),
        "Binomial5x5" => Kernels.Binomial5x5(),
        "Gaussian(7)" => Kernels.Gaussian(7),
        "SobelX" => Kernels.SobelX(),
        "SobelY" => Kernels.SobelY(),
        "Identity(3)" => Kernels.Identity(3),
        "Laplacian" => Kernels.Laplacian(),
        "Edge" => Kernels.Edge(),
        "Sharpen(3)" => Kernels.Sharpen(3),
        "IdentityMinusBlur(3)" => Kernels.IdentityMinusBlur(3),
        _ => throw new ArgumentException($"No named kernel {name}.", nameof(name)),
    };
}
