namespace Convolution.Teaching.Tests;

/// <summary>Hand-checkable cases first: every expected number here can be worked out on paper.</summary>
public class FiltersTests
{
    private static readonly double[,] ZeroToEight = Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]);

    [Fact]
    public void ValidCorrelationOfZeroToEightWithTwoByTwoKernelGivesHandWorkedSums()
    {
        // [0 1; 3 4] . [0 1; 2 3] = 0 + 1 + 6 + 12 = 19, and so on one step right/down.
        var kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        double[,] result = Filters.Correlate(ZeroToEight, kernel, OutputMode.Valid);

        Assert.Equal(Arrays.FromRows<double>([19, 25], [37, 43]), result);
    }

    [Fact]
    public void CorrelateValidIsTheLessonsImConv()
    {
        var kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        Assert.Equal(Filters.Correlate(ZeroToEight, kernel, OutputMode.Valid), Filters.CorrelateValid(ZeroToEight, kernel));
    }

    [Fact]
    public void ConvolutionFlipsTheKernelSoTheSameInputGivesDifferentSums()
    {
        // Flipped kernel [3 2; 1 0]: [0 1; 3 4] -> 0*3 + 1*2 + 3*1 + 4*0 = 5.
        var kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        double[,] result = Filters.Convolve(ZeroToEight, kernel, OutputMode.Valid);

        Assert.Equal(Arrays.FromRows<double>([5, 11], [23, 29]), result);
    }

    [Fact]
    public void HorizontalDifferenceKernelMarksAStepEdgeAndNothingElse()
    {
        // A dark-to-bright step between columns 2 and 3; [-1, 1] responds only there.
        var image = Arrays.FromRows<double>([0, 0, 0, 9, 9], [0, 0, 0, 9, 9]);
        var kernel = Arrays.FromRows<double>([-1, 1]);

        double[,] result = Filters.Correlate(image, kernel, OutputMode.Valid);

        Assert.Equal(Arrays.FromRows<double>([0, 0, 9, 0], [0, 0, 9, 0]), result);
    }

    [Fact]
    public void IdentityKernelInValidModeReturnsTheImageWithoutItsBorderPixels()
    {
        double[,] image = Arrays.Random(7, 9, seed: 1);

        double[,] result = Filters.Correlate(image, Kernels.Identity(3), OutputMode.Valid);

        Assert.Equal(Arrays.Slice(image, 1..^1, 1..^1), result);
    }

    [Fact]
    public void BoxBlurOfAFlatImageKeepsItsValueInEveryModeAndBorder()
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
    public void OutputShapeFollowsTheThreeModeFormulas(OutputMode mode, int h, int w, int kh, int kw, int rows, int cols)
    {
        Assert.Equal((rows, cols), Filters.OutputShape(h, w, kh, kw, mode));

        double[,] result = Filters.Correlate(Arrays.Ones(h, w), Arrays.Ones(kh, kw), mode, BorderMode.Constant);
        Assert.Equal((rows, cols), Arrays.Shape(result));
    }

    [Fact]
    public void FullModeWithZeroBorderOfOnesCountsTheOverlap()
    {
        // Ones(2,2) * ones(2,2), full: the corners overlap one pixel, the middle all four.
        double[,] result = Filters.Correlate(Arrays.Ones(2, 2), Arrays.Ones(2, 2), OutputMode.Full, BorderMode.Constant);

        Assert.Equal(Arrays.FromRows<double>([1, 2, 1], [2, 4, 2], [1, 2, 1]), result);
    }

    [Fact]
    public void SameModeWithConstantBorderUsesTheGivenValue()
    {
        double[,] result = Filters.Correlate(Arrays.Zeros(1, 1), Arrays.Ones(3, 3), OutputMode.Same, BorderMode.Constant, borderValue: 2.0);

        Assert.Equal(16.0, result[0, 0]);
    }

    [Fact]
    public void CorrelationLeavesItsInputsUnchanged()
    {
        double[,] image = Arrays.Random(5, 5, seed: 2);
        double[,] kernel = Kernels.Sharpen();
        double[,] imageCopy = (double[,])image.Clone(), kernelCopy = (double[,])kernel.Clone();

        _ = Filters.Convolve(image, kernel, OutputMode.Same);

        Assert.Equal(imageCopy, image);
        Assert.Equal(kernelCopy, kernel);
    }

    [Fact]
    public void FloatAndDoubleGiveTheSameSmallIntegerResults()
    {
        float[,] result = Filters.Correlate(Conversions.ToFloat(ZeroToEight), Conversions.ToFloat(Arrays.FromRows<double>([0, 1], [2, 3])));

        Assert.Equal(new float[,] { { 19, 25 }, { 37, 43 } }, result);
    }

    [Fact]
    public void CorrelateToByteSaturatesNegativeEdgesToBlackAndOvershootsToWhite()
    {
        // One bright pixel under the edge kernel: 8 * 255 in the centre, -255 around it.
        byte[,] dot = { { 0, 0, 0 }, { 0, 255, 0 }, { 0, 0, 0 } };

        byte[,] result = Filters.CorrelateToByte(dot, Conversions.ToFloat(Kernels.Edge()), OutputMode.Same, BorderMode.Constant);

        Assert.Equal(dot, result);
    }

    [Fact]
    public void CorrelateToByteRoundsHalvesToEven()
    {
        // [0.5, 0.5] averages neighbours: (1 + 2) / 2 = 1.5 -> 2, (2 + 3) / 2 = 2.5 -> 2, (3 + 4) / 2 = 3.5 -> 4.
        byte[,] row = { { 1, 2, 3, 4 } };

        byte[,] result = Filters.CorrelateToByte(row, new float[,] { { 0.5f, 0.5f } }, OutputMode.Valid);

        Assert.Equal(new byte[,] { { 2, 2, 4 } }, result);
    }

    [Fact]
    public void NullOrEmptyImageOrKernelIsRejectedByName()
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
    public void KernelLargerThanTheImageInValidModeSaysToUseSameOrFull(string method)
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
    public void NonFiniteKernelEntriesAreRejectedWithTheirPosition(double bad, string what)
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
    public void UnknownOutputModeIsRejectedByName()
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
}
