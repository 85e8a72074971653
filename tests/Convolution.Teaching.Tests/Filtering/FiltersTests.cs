namespace Convolution.Teaching.Tests;

/// <summary>Hand-checkable cases first: every expected number here can be worked out on paper.</summary>
public class FiltersTests
{
    private static readonly double[,] ZeroToEight = Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]);

    [Fact]
    public void Valid_correlation_of_zero_to_eight_with_two_by_two_kernel_gives_hand_worked_sums()
    {
        // [0 1; 3 4] . [0 1; 2 3] = 0 + 1 + 6 + 12 = 19, and so on one step right/down.
        var kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        double[,] result = Filters.Correlate(ZeroToEight, kernel, OutputMode.Valid);

        Assert.Equal(Arrays.FromRows<double>([19, 25], [37, 43]), result);
    }

    [Fact]
    public void CorrelateValid_is_the_lessons_ImConv()
    {
        var kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        Assert.Equal(Filters.Correlate(ZeroToEight, kernel, OutputMode.Valid), Filters.CorrelateValid(ZeroToEight, kernel));
    }

    [Fact]
    public void Convolution_flips_the_kernel_so_the_same_input_gives_different_sums()
    {
        // Flipped kernel [3 2; 1 0]: [0 1; 3 4] -> 0*3 + 1*2 + 3*1 + 4*0 = 5.
        var kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        double[,] result = Filters.Convolve(ZeroToEight, kernel, OutputMode.Valid);

        Assert.Equal(Arrays.FromRows<double>([5, 11], [23, 29]), result);
    }

    [Fact]
    public void Horizontal_difference_kernel_marks_a_step_edge_and_nothing_else()
    {
        // A dark-to-bright step between columns 2 and 3; [-1, 1] responds only there.
        var image = Arrays.FromRows<double>([0, 0, 0, 9, 9], [0, 0, 0, 9, 9]);
        var kernel = Arrays.FromRows<double>([-1, 1]);

        double[,] result = Filters.Correlate(image, kernel, OutputMode.Valid);

        Assert.Equal(Arrays.FromRows<double>([0, 0, 9, 0], [0, 0, 9, 0]), result);
    }

    [Fact]
    public void Identity_kernel_in_valid_mode_returns_the_image_without_its_border_pixels()
    {
        double[,] image = Arrays.Random(7, 9, seed: 1);

        double[,] result = Filters.Correlate(image, Kernels.Identity(3), OutputMode.Valid);

        Assert.Equal(Arrays.Slice(image, 1..^1, 1..^1), result);
    }

    [Fact]
    public void BoxBlur_of_a_flat_image_keeps_its_value_in_every_mode_and_border()
    {
        double[,] flat = Arrays.Full(4, 5, 7.0);

        foreach (BorderMode border in new[] { BorderMode.Replicate, BorderMode.Reflect, BorderMode.Reflect101, BorderMode.Wrap })
        {
            foreach (OutputMode mode in Enum.GetValues<OutputMode>())
            {
                double[,] result = Filters.Correlate(flat, Kernels.BoxBlur(3), mode, border);
                Assert.All(result.Cast<double>(), v => Assert.Equal(7.0, v, 12));
            }
        }
    }

    [Theory]
    [InlineData(OutputMode.Full, 6, 9, 3, 2, 8, 10)]
    [InlineData(OutputMode.Same, 6, 9, 3, 2, 6, 9)]
    [InlineData(OutputMode.Valid, 6, 9, 3, 2, 4, 8)]
    [InlineData(OutputMode.Full, 1, 1, 5, 5, 5, 5)]
    [InlineData(OutputMode.Valid, 300, 451, 5, 5, 296, 447)]
    public void Output_shape_follows_the_three_mode_formulas(OutputMode mode, int h, int w, int kh, int kw, int rows, int cols)
    {
        Assert.Equal((rows, cols), Filters.OutputShape(h, w, kh, kw, mode));

        double[,] result = Filters.Correlate(Arrays.Ones(h, w), Arrays.Ones(kh, kw), mode, BorderMode.Constant);
        Assert.Equal((rows, cols), Arrays.Shape(result));
    }

    [Fact]
    public void Full_mode_with_zero_border_of_ones_counts_the_overlap()
    {
        // Ones(2,2) * ones(2,2), full: the corners overlap one pixel, the middle all four.
        double[,] result = Filters.Correlate(Arrays.Ones(2, 2), Arrays.Ones(2, 2), OutputMode.Full, BorderMode.Constant);

        Assert.Equal(Arrays.FromRows<double>([1, 2, 1], [2, 4, 2], [1, 2, 1]), result);
    }

    [Fact]
    public void Same_mode_with_constant_border_uses_the_given_value()
    {
        double[,] result = Filters.Correlate(Arrays.Zeros(1, 1), Arrays.Ones(3, 3), OutputMode.Same, BorderMode.Constant, borderValue: 2.0);

        Assert.Equal(16.0, result[0, 0]);
    }

    [Fact]
    public void Correlation_leaves_its_inputs_unchanged()
    {
        double[,] image = Arrays.Random(5, 5, seed: 2);
        double[,] kernel = Kernels.Sharpen();
        double[,] imageCopy = (double[,])image.Clone(), kernelCopy = (double[,])kernel.Clone();

        _ = Filters.Convolve(image, kernel, OutputMode.Same);

        Assert.Equal(imageCopy, image);
        Assert.Equal(kernelCopy, kernel);
    }

    [Fact]
    public void Float_and_double_give_the_same_small_integer_results()
    {
        float[,] result = Filters.Correlate(Conversions.ToFloat(ZeroToEight), Conversions.ToFloat(Arrays.FromRows<double>([0, 1], [2, 3])));

        Assert.Equal(new float[,] { { 19, 25 }, { 37, 43 } }, result);
    }

    [Fact]
    public void CorrelateToByte_saturates_negative_edges_to_black_and_overshoots_to_white()
    {
        // One bright pixel under the edge kernel: 8 * 255 in the centre, -255 around it.
        byte[,] dot = { { 0, 0, 0 }, { 0, 255, 0 }, { 0, 0, 0 } };

        byte[,] result = Filters.CorrelateToByte(dot, Conversions.ToFloat(Kernels.Edge()), OutputMode.Same, BorderMode.Constant);

        Assert.Equal(dot, result);
    }

    [Fact]
    public void CorrelateToByte_rounds_halves_to_even()
    {
        // [0.5, 0.5] averages neighbours: (1 + 2) / 2 = 1.5 -> 2, (2 + 3) / 2 = 2.5 -> 2, (3 + 4) / 2 = 3.5 -> 4.
        byte[,] row = { { 1, 2, 3, 4 } };

        byte[,] result = Filters.CorrelateToByte(row, new float[,] { { 0.5f, 0.5f } }, OutputMode.Valid);

        Assert.Equal(new byte[,] { { 2, 2, 4 } }, result);
    }

    [Fact]
    public void Null_or_empty_image_or_kernel_is_rejected_by_name()
    {
        double[,] kernel = Kernels.BoxBlur(3);

        Assert.Equal("image", Assert.Throws<ArgumentNullException>(() => Filters.Correlate(null!, kernel)).ParamName);
        Assert.Equal("kernel", Assert.Throws<ArgumentNullException>(() => Filters.Convolve(ZeroToEight, null!)).ParamName);
        Assert.Equal("image", Assert.Throws<ArgumentNullException>(() => Filters.CorrelateToByte(null!, new float[1, 1])).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => Filters.CorrelateValid(new double[0, 4], kernel));
        Assert.Equal("image", empty.ParamName);
        Assert.Contains("empty (0 x 4)", empty.Message);
        Assert.Equal("kernel", Assert.Throws<ArgumentException>(() => Filters.Correlate(ZeroToEight, new double[2, 0])).ParamName);
    }

    public static TheoryData<string> ValidEntryPoints() => new(["Correlate", "Convolve", "CorrelateValid", "CorrelateToByte"]);

    [Theory]
    [MemberData(nameof(ValidEntryPoints))]
    public void Kernel_larger_than_the_image_in_valid_mode_says_to_use_same_or_full(string method)
    {
        double[,] kernel = Arrays.Ones(4, 2);

        var e = Assert.Throws<ArgumentException>(() => Call(method, ZeroToEight, kernel, OutputMode.Valid));

        Assert.Equal("kernel", e.ParamName);
        Assert.Contains("kernel is 4 x 2 but the image is only 3 x 3", e.Message);
        Assert.Contains("OutputMode.Same / OutputMode.Full", e.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "infinite")]
    [InlineData(double.NegativeInfinity, "infinite")]
    public void Non_finite_kernel_entries_are_rejected_with_their_position(double bad, string what)
    {
        double[,] kernel = Kernels.BoxBlur(3);
        kernel[1, 2] = bad;

        foreach (string method in new[] { "Correlate", "Convolve", "CorrelateValid", "CorrelateToByte" })
        {
            var e = Assert.Throws<ArgumentException>(() => Call(method, ZeroToEight, kernel, OutputMode.Same));

            Assert.Equal("kernel", e.ParamName);
            Assert.Contains($"kernel[1, 2] is {what}", e.Message);
        }
    }

    [Fact]
    public void Unknown_OutputMode_is_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Filters.Correlate(ZeroToEight, Kernels.BoxBlur(3), (OutputMode)7));

        Assert.Equal("mode", e.ParamName);
        Assert.Contains("Full, Same or Valid", e.Message);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => Filters.OutputShape(3, 3, 1, 1, (OutputMode)7)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(
            () => Filters.CorrelateToByte(new byte[3, 3], new float[1, 1], (OutputMode)7)).ParamName);
    }

    private static object Call(string method, double[,] image, double[,] kernel, OutputMode mode) => method switch
    {
        "Correlate" => Filters.Correlate(image, kernel, mode),
        "Convolve" => Filters.Convolve(image, kernel, mode),
        "CorrelateValid" => Filters.CorrelateValid(image, kernel),
        _ => Filters.CorrelateToByte(Conversions.ToByte(image), Conversions.ToFloat(kernel), mode),
    };

    // Issue 22: a 1 x 100000 kernel on 8 x 8 pads each row to 100007 columns, and each padded pixel's source was found
    // by reflecting one image width at a time (some 6000 steps for the far ones): 10^9 steps for 64 output pixels.
    [Fact]
    public void Same_correlation_with_a_kernel_far_wider_than_the_image_costs_what_its_work_costs()
    {
        float[,] image = Support.TestData.FloatImage(8, 8, seed: 22);
        var kernel = Arrays.Full(1, 100_000, 1e-5f);
        double work = (64.0 * 100_000) + (8.0 * 100_007);

        float[,] result = Support.TimeBound.Run("Correlate 8 x 8 by 1 x 100000, Same, Reflect101", work,
            () => Filters.Correlate(image, kernel, OutputMode.Same, BorderMode.Reflect101));

        Assert.Equal((8, 8), Arrays.Shape(result));
        Assert.All(result.Cast<float>(), v => Assert.True(float.IsFinite(v)));
    }

    // Found by the generated suite (issue 22): an unknown border was reported by Borders.Pad as parameter 'mode', which
    // in Correlate is the OutputMode, and a 1 x 1 kernel (no padding) let it through; the fast path names 'border'.
    [Theory]
    [InlineData("Correlate", 3)]
    [InlineData("Correlate", 1)]
    [InlineData("Convolve", 3)]
    [InlineData("CorrelateToByte", 3)]
    public void An_unknown_border_is_named_border_whatever_the_kernel_size(string method, int kernelSize)
    {
        var image = Arrays.Ones(4, 4);
        var kernel = Kernels.BoxBlur(kernelSize);
        Action call = method switch
        {
            "Correlate" => () => Filters.Correlate(image, kernel, OutputMode.Same, (BorderMode)9),
            "Convolve" => () => Filters.Convolve(image, kernel, OutputMode.Full, (BorderMode)9),
            _ => () => Filters.CorrelateToByte(new byte[4, 4], Conversions.ToFloat(kernel), OutputMode.Same, (BorderMode)9),
        };

        var e = Assert.Throws<ArgumentOutOfRangeException>(call);

        Assert.Equal("border", e.ParamName);
        Assert.Contains("use Constant, Replicate, Reflect, Reflect101 or Wrap", e.Message);
    }

    // Found by the generated suite (issue 22): Full sizes near int.MaxValue wrapped around to negative "sizes".
    [Theory]
    [InlineData(int.MaxValue, 1, 2, 1, "kernelRows")]
    [InlineData(1, int.MaxValue, 1, int.MaxValue, "kernelCols")]
    public void Output_shape_refuses_a_full_size_that_does_not_fit_an_int(int rows, int cols, int kRows, int kCols, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Filters.OutputShape(rows, cols, kRows, kCols, OutputMode.Full));

        Assert.Equal(name, e.ParamName);
        Assert.Contains("more than an int can count", e.Message);
    }
}
