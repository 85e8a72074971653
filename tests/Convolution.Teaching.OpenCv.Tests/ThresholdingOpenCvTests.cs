using Convolution.Teaching.Tests.Support;
using Convolution.Teaching.OpenCv;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// The core's Thresholding checked against OpenCV's own functions.
public class ThresholdingOpenCvTests
{
    [Theory]
    [InlineData(ThresholdType.Binary)]
    [InlineData(ThresholdType.BinaryInverted)]
    [InlineData(ThresholdType.Truncate)]
    [InlineData(ThresholdType.ToZero)]
    [InlineData(ThresholdType.ToZeroInverted)]
    public void Apply_equals_Cv2_threshold_on_float_images_including_values_at_the_threshold(ThresholdType type)
    {
        foreach (float threshold in new[] { 15f, 0.5f, -3f })
        {
            float[,] image = TestData.ImageWithThresholdValues(threshold);
            using Mat src = Cv.ToMat(image);
            using var dst = new Mat();
            Cv2.Threshold(src, dst, threshold, 200, Cv.ToThresholdType(type));

            Assert.Equal(Cv.ToFloatArray(dst), Thresholding.Apply(image, threshold, 200f, type));
        }
    }

    [Theory]
    [InlineData(ThresholdType.Binary)]
    [InlineData(ThresholdType.Truncate)]
    [InlineData(ThresholdType.ToZeroInverted)]
    public void Apply_equals_Cv2_threshold_on_bytes(ThresholdType type)
    {
        byte[,] image = TestData.ByteImage(6, 7, seed: 8);
        image[0, 0] = 15;
        using Mat src = Cv.ToMat(image);
        using var dst = new Mat();
        Cv2.Threshold(src, dst, 15, 200, Cv.ToThresholdType(type));

        Assert.Equal(Cv.ToByteArray(dst), Thresholding.Apply(image, (byte)15, (byte)200, type));
    }
}
