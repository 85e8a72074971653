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
}
