using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.Tests;

public class ThresholdingTests
{
    [Theory]
    [InlineData(ThresholdType.Binary, new float[] { 0, 0, 200 })]
    [InlineData(ThresholdType.BinaryInverted, new float[] { 200, 200, 0 })]
    [InlineData(ThresholdType.Truncate, new float[] { 10, 15, 15 })]
    [InlineData(ThresholdType.ToZero, new float[] { 0, 0, 16 })]
    [InlineData(ThresholdType.ToZeroInverted, new float[] { 10, 15, 0 })]
    public void AboveMeansStrictlyGreaterSoAValueEqualToTheThresholdIsNotAbove(ThresholdType type, float[] expected)
    {
        float[,] result = Thresholding.Apply(new float[,] { { 10, 15, 16 } }, 15f, 200f, type);

        Assert.Equal(expected, result.Cast<float>());
    }

    [Fact]
    public void Bad_arguments_are_rejected_by_name()
    {
        Assert.Equal("array", Assert.Throws<ArgumentNullException>(() => Thresholding.Apply<float>(null!, 1, 2)).ParamName);
        var type = Assert.Throws<ArgumentOutOfRangeException>(() => Thresholding.Apply(new float[,] { { 1 } }, 1, 2, (ThresholdType)99));
        Assert.Equal("type", type.ParamName);
        Assert.Contains("Unknown ThresholdType", type.Message);
    }
}
