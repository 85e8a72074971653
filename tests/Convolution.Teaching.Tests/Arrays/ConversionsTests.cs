
namespace Convolution.Teaching.Tests;

public class ConversionsTests
{
    // saturate_cast<uchar>: round half to even, then clamp; 255.5 rounds to 256 (even) and saturates to 255.
    [Theory]
    [InlineData(2.5, 2)]
    [InlineData(3.5, 4)]
    [InlineData(1.5, 2)]
    [InlineData(-0.5, 0)]
    [InlineData(254.5, 254)]
    [InlineData(255.5, 255)]
    [InlineData(300, 255)]
    [InlineData(-7, 0)]
    [InlineData(0.4999, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 255)]
    [InlineData(double.NegativeInfinity, 0)]
    public void To_byte_rounds_half_to_even_then_saturates(double value, byte expected)
    {
        Assert.Equal(expected, Conversions.ToByte(value));
    }

    [Fact]
    public void Widening_conversions_are_exact_and_to_float_rounds_to_the_nearest_float()
    {
        byte[,] bytes = { { 0, 128, 255 } };

        Assert.Equal(new float[,] { { 0, 128, 255 } }, Conversions.ToFloat(bytes));
        Assert.Equal(new double[,] { { 0, 128, 255 } }, Conversions.ToDouble(bytes));
        Assert.Equal(new double[,] { { 0.1f } }, Conversions.ToDouble(new[,] { { 0.1f } }));
        Assert.Equal(new float[,] { { 0.1f } }, Conversions.ToFloat(new[,] { { 0.1 } }));
    }

    [Fact]
    public void Null_or_empty_arrays_are_rejected_by_name()
    {
        Assert.Equal("array", Assert.Throws<ArgumentNullException>(() => Conversions.ToByte<double>(null!)).ParamName);
        Assert.Equal("array", Assert.Throws<ArgumentException>(() => Conversions.ToFloat(new byte[2, 0])).ParamName);
    }
}
