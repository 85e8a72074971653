using Convolution.Teaching.Tests.Fast.Support;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>
/// The frequency-domain path (<see cref="FastMethod.Fft"/>) against the float64 reference: hand-checkable
/// impulses first, then every output mode and border over odd, even, non-square and 1-wide kernels and
/// images smaller than the kernel, within <see cref="Cases.FftTolerance"/>.
/// </summary>
public class FastFiltersFftTests
{
    private static readonly FastOptions Fft = new() { Method = FastMethod.Fft, MaxDegreeOfParallelism = 1 };

    /// <summary>Kernel shapes for the FFT: as for the direct loop, plus an even, non-square one wider than a 32-column tile.</summary>
    private static readonly (int Rows, int Cols)[] KernelShapes = [(1, 1), (3, 3), (4, 4), (2, 3), (1, 5), (7, 1), (11, 11), (31, 31), (16, 40)];

    public static TheoryData<BorderMode> Borders() => [.. Enum.GetValues<BorderMode>()];

    public static TheoryData<BorderMode, FastPath> BordersAndPaths()
    {
        var data = new TheoryData<BorderMode, FastPath>();
        foreach (BorderMode border in Enum.GetValues<BorderMode>())
        {
            foreach (FastPath path in new[] { FastPath.Scalar, FastPath.VectorT, FastPath.Vector128, FastPath.Vector256, FastPath.Vector512 })
            {
                data.Add(border, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void Correlating_an_impulse_gives_the_kernel_rotated_half_a_turn(BorderMode border)
    {
        // A single 1 in a zero image, far from the edges: every border invents zeros there, and each output
        // pixel picks exactly one kernel tap, so the result can be checked by eye.
        var image = new float[9, 9];
        image[4, 4] = 1;
        float[,] kernel = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };

        float[,] result = FastFilters.Correlate(image, kernel, OutputMode.Same, border, 0, Fft);

        for (int r = 0; r < 9; r++)
        {
            for (int c = 0; c < 9; c++)
            {
                bool inside = Math.Abs(r - 4) <= 1 && Math.Abs(c - 4) <= 1;
                float expected = inside ? kernel[1 - (r - 4), 1 - (c - 4)] : 0;
                Assert.True(Math.Abs(result[r, c] - expected) < 1e-5, $"[{r}, {c}] is {result[r, c]}, expected {expected}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void Convolving_an_impulse_gives_the_kernel_itself(BorderMode border)
    {
        var image = new float[8, 10];
        image[3, 5] = 1;
        float[,] kernel = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 } };

        float[,] result = FastFilters.Convolve(image, kernel, OutputMode.Full, border, 0, Fft);

        // Full mode: the kernel lands with its top-left corner at the impulse.
        for (int r = 0; r < result.GetLength(0); r++)
        {
            for (int c = 0; c < result.GetLength(1); c++)
            {
                bool inside = r >= 3 && r < 5 && c >= 5 && c < 9;
                float expected = inside ? kernel[r - 3, c - 5] : 0;
                Assert.True(Math.Abs(result[r, c] - expected) < 1e-5, $"[{r}, {c}] is {result[r, c]}, expected {expected}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void A_constant_image_gives_the_kernel_sum_everywhere(BorderMode border)
    {
        // With a constant border of the same value the padded image is constant whatever the mode.
        var image = new float[20, 23];
        foreach (var (r, c) in Enumerable.Range(0, 20).SelectMany(r => Enumerable.Range(0, 23).Select(c => (r, c))))
        {
            image[r, c] = 2;
        }

        float[,] kernel = Cases.Kernel((5, 6));
        double sum = 0;
        foreach (float k in kernel)
        {
            sum += k;
        }

        float[,] result = FastFilters.Correlate(image, kernel, OutputMode.Same, border, 2, Fft);

        foreach (float v in result)
        {
            Assert.True(Math.Abs(v - (2 * sum)) < 1e-4, $"{v}, expected {2 * sum}");
        }
    }

    [Theory]
    [MemberData(nameof(BordersAndPaths))]
    public void Correlate_matches_the_reference_for_every_mode_kernel_and_image(BorderMode border, FastPath path)
    {
        var options = Fft with { Path = path };
        foreach (var k in KernelShapes)
        {
            foreach (var i in Cases.ImageShapes)
            {
                CheckShape(options, k, i, border, convolve: false);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void Convolve_matches_the_reference_for_every_mode_kernel_and_image(BorderMode border)
    {
        foreach (var k in KernelShapes)
        {
            foreach (var i in Cases.ImageShapes)
            {
                CheckShape(Fft, k, i, border, convolve: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void A_large_kernel_on_a_larger_image_matches_the_reference(BorderMode border)
    {
        // 63 x 63 on 200 x 300: several tiles each way, so tile seams are crossed in both directions.
        CheckShape(Fft, (63, 63), (200, 300), border, convolve: false);
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void Several_threads_give_exactly_the_single_thread_result(BorderMode border)
    {
        // Each pair of tiles is computed by the same arithmetic whichever thread takes it.
        float[,] image = Cases.Image((130, 257)), kernel = Cases.Kernel((31, 31));
        var parallel = Fft with { MaxDegreeOfParallelism = 2, MinWorkPerThread = 1 };

        Assert.Equal(
            FastFilters.Correlate(image, kernel, OutputMode.Same, border, Cases.BorderValue, Fft),
            FastFilters.Correlate(image, kernel, OutputMode.Same, border, Cases.BorderValue, parallel));
    }

    [Theory]
    [MemberData(nameof(Borders))]
    public void The_span_overload_with_strides_gives_the_array_result(BorderMode border)
    {
        float[,] image = Cases.Image((64, 65)), kernel = Cases.Kernel((11, 11));
        float[,] expected = FastFilters.Correlate(image, kernel, OutputMode.Same, border, Cases.BorderValue, Fft);
        const int stride = 70, dstStride = 72;
        var source = new float[64 * stride];
        for (int r = 0; r < 64; r++)
        {
            for (int c = 0; c < 65; c++)
            {
                source[(r * stride) + c] = image[r, c];
            }
        }

        var flat = new float[11 * 11];
        Buffer.BlockCopy(kernel, 0, flat, 0, flat.Length * sizeof(float));
        var destination = new float[64 * dstStride];

        FastFilters.Correlate(source, 64, 65, stride, flat, 11, 11, destination, dstStride, OutputMode.Same, border, Cases.BorderValue, Fft);

        for (int r = 0; r < 64; r++)
        {
            for (int c = 0; c < 65; c++)
            {
                Assert.Equal(expected[r, c], destination[(r * dstStride) + c]);
            }
        }
    }

    [Fact]
    public void A_forced_fft_on_a_separable_kernel_matches_the_reference()
    {
        float[,] kernel = Cases.SeparableKernel((9, 9), out _, out _);
        float[,] image = Cases.Image((64, 65));
        double[,] expected = Conversions.ToDouble(image) is var x ? Filters.Correlate(x, Conversions.ToDouble(kernel), OutputMode.Same, BorderMode.Reflect101) : null!;

        Cases.AssertClose(expected, FastFilters.Correlate(image, kernel, OutputMode.Same, options: Fft), Cases.FftTolerance(image, kernel), "separable 9x9 through the FFT");
    }

    [Theory]
    [InlineData(3, FastMethod.Direct)]
    [InlineData(5, FastMethod.Direct)]
    [InlineData(11, FastMethod.Direct)]
    [InlineData(31, FastMethod.Fft)]
    [InlineData(63, FastMethod.Fft)]
    public void Auto_picks_the_direct_loop_for_small_kernels_and_the_fft_for_large_ones(int size, FastMethod expected)
    {
        Assert.Equal(expected, FastFilters.ChosenMethod(2048, 2048, size, size));
    }

    [Fact]
    public void A_forced_method_is_what_runs()
    {
        Assert.Equal(FastMethod.Fft, FastFilters.ChosenMethod(2048, 2048, 3, 3, options: Fft));
        Assert.Equal(FastMethod.Direct, FastFilters.ChosenMethod(2048, 2048, 63, 63, options: new FastOptions { Method = FastMethod.Direct }));
    }

    [Fact]
    public void Describe_says_which_method_runs()
    {
        Assert.Contains("the FFT where the cost model says it is faster", FastFilters.Describe());
        Assert.Contains("always the FFT", FastFilters.Describe(Fft));
        Assert.Contains("always the direct loop", FastFilters.Describe(new FastOptions { Method = FastMethod.Direct }));
    }

    [Fact]
    public void Auto_on_a_large_kernel_matches_the_reference()
    {
        // 41 x 41 on 256 x 256: Auto takes the FFT here (checked first), and its result is the reference's.
        Assert.Equal(FastMethod.Fft, FastFilters.ChosenMethod(256, 256, 41, 41));
        CheckShape(FastOptions.Default, (41, 41), (256, 256), BorderMode.Reflect101, convolve: false);
    }

    private static void CheckShape(FastOptions options, (int Rows, int Cols) k, (int Rows, int Cols) i, BorderMode border, bool convolve)
    {
        float[,] image = Cases.Image(i), kernel = Cases.Kernel(k);
        FastFiltersParityTests.CheckEveryMode(options, k, i, convolve, [border], Cases.FftTolerance(image, kernel));
    }

    // Found by the generated suite (issue 22): the FFT scales the kernel's spectrum by 1 / (tile size), so a subnormal
    // kernel became 0 there, and it spreads one NaN or infinity over a whole tile where the direct sum keeps it local;
    // values the transform cannot hold now take the direct loop, even when the FFT is forced.
    [Fact]
    public void Values_the_transform_cannot_hold_give_the_references_answer_even_with_the_fft_forced()
    {
        var fft = new FastOptions { Method = FastMethod.Fft };
        float[,] huge = Cases.Random(6, 3, seed: 22);
        huge[4, 2] = -float.MaxValue;
        float[,] subnormal = { { 1e-45f } };
        float[,] withNaN = Cases.Random(40, 40, seed: 23);
        withNaN[0, 0] = float.NaN;
        float[,] blur = Arrays.Full(5, 5, 0.04f);

        float[,] tiny = FastFilters.Correlate(huge, subnormal, OutputMode.Full, BorderMode.Constant, -1, fft);
        float[,] local = FastFilters.Correlate(withNaN, blur, OutputMode.Same, BorderMode.Reflect101, 0, fft);

        Assert.Equal(Filters.Correlate(huge, subnormal, OutputMode.Full, BorderMode.Constant, -1)[4, 2], tiny[4, 2]);
        Assert.True(float.IsNaN(local[0, 0]));
        Assert.True(float.IsFinite(local[39, 39]), "a NaN in the corner spread to the far corner");
    }
}
