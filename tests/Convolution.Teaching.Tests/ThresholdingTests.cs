using OpenCvSharp;

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

    [Theory]
    [InlineData(ThresholdType.Binary)]
    [InlineData(ThresholdType.BinaryInverted)]
    [InlineData(ThresholdType.Truncate)]
    [InlineData(ThresholdType.ToZero)]
    [InlineData(ThresholdType.ToZeroInverted)]
    public void ApplyEqualsCv2ThresholdOnFloatImagesIncludingValuesAtTheThreshold(ThresholdType type)
    {
        foreach (float threshold in new[] { 15f, 0.5f, -3f })
        {
            float[,] image = ImageWithThresholdValues(threshold);
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
    public void ApplyEqualsCv2ThresholdOnBytes(ThresholdType type)
    {
        byte[,] image = Support.TestData.ByteImage(6, 7, seed: 8);
        image[0, 0] = 15;
        using Mat src = Cv.ToMat(image);
        using var dst = new Mat();
        Cv2.Threshold(src, dst, 15, 200, Cv.ToThresholdType(type));

        Assert.Equal(Cv.ToByteArray(dst), Thresholding.Apply(image, (byte)15, (byte)200, type));
    }

    [Fact]
    public void BadArgumentsAreRejectedByName()
    {
        Assert.Equal("array", Assert.Throws<ArgumentNullException>(() => Thresholding.Apply<float>(null!, 1, 2)).ParamName);
        var type = Assert.Throws<ArgumentOutOfRangeException>(() => Thresholding.Apply(new float[,] { { 1 } }, 1, 2, (ThresholdType)99));
        Assert.Equal("type", type.ParamName);
        Assert.Contains("Unknown ThresholdType", type.Message);
    }

    /// <summary>Values from threshold - 10 to threshold + 10, with every fourth pixel exactly at the threshold.</summary>
    internal static float[,] ImageWithThresholdValues(float threshold)
    {
        float[,] image = Support.TestData.FloatImage(8, 9, seed: 11);
        for (int r = 0; r < image.GetLength(0); r++)
        {
            for (int c = 0; c < image.GetLength(1); c++)
            {
                image[r, c] = ((r * 9) + c) % 4 == 0 ? threshold : threshold + (20 * image[r, c]) - 10;
            }
        }

        return image;
    }
}
