using Convolution.Teaching.OpenCv;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// The core's Conversions checked against OpenCV's own functions.
public class ConversionsOpenCvTests
{
    private static byte[,] OpenCvToByte(float[,] values)
    {
        using Mat src = Cv.ToMat(values);
        using var dst = new Mat();
        src.ConvertTo(dst, MatType.CV_8U);
        return Cv.ToByteArray(dst);
    }

    [Fact]
    public void To_byte_equals_OpenCvs_convert_to_on_the_same_values()
    {
        float[,] values = { { 2.5f, 3.5f, 1.5f, -0.5f, 254.5f, 255.5f, 300f, -7f, 0.4999f, float.NaN, 2e9f, -2e9f } };

        Assert.Equal(OpenCvToByte(values), Conversions.ToByte(values));
    }

    [Fact]
    public void Beyond_two_to_the31_OpenCvs_rounding_overflows_to_zero_where_to_byte_saturates()
    {
        // cvRound returns INT_MIN for values it cannot hold, which saturates to 0: bright becomes black.
        float[,] values = { { 3e9f, float.PositiveInfinity, float.NegativeInfinity } };

        Assert.Equal(new byte[,] { { 0, 0, 0 } }, OpenCvToByte(values));
        Assert.Equal(new byte[,] { { 255, 255, 0 } }, Conversions.ToByte(values));
    }
}
