using Convolution.Teaching.OpenCv;
using Convolution.Teaching.Tests.Support;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// <summary>The OpenCV bridge: each wrapper equals the OpenCvSharp call it wraps, and its errors say what was wrong.</summary>
public sealed class CvTests : IDisposable
{
    private static readonly Lazy<byte[,]> Chelsea = new(() => Images.LoadGray(TestAssets.Path("chelsea.png")));
    private readonly string temp = Directory.CreateTempSubdirectory("convolution-teaching-cv-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Arrays_survive_the_round_trip_through_a_mat()
    {
        float[,] floats = TestData.FloatImage(3, 5, seed: 1);
        byte[,] bytes = TestData.ByteImage(4, 2, seed: 1);

        using Mat f = Cv.ToMat(floats), b = Cv.ToMat(bytes);

        Assert.Equal(floats, Cv.ToFloatArray(f));
        Assert.Equal(bytes, Cv.ToByteArray(b));
        Assert.Equal(Conversions.ToFloat(bytes), Cv.ToFloatArray(b));
    }

    [Theory]
    [InlineData(100, 200)]
    [InlineData(50, 150)]
    public void Canny_wrapper_equals_Cv2_Canny_called_directly(double low, double high)
    {
        using Mat src = Cv.ToMat(Chelsea.Value);
        using var dst = new Mat();
        Cv2.Canny(src, dst, low, high);

        ArrayAssert.Equal(Cv.ToByteArray(dst), Cv.Canny(Chelsea.Value, low, high), $"Canny {low} {high}");
    }

    [Theory]
    [InlineData(ThresholdType.Binary)]
    [InlineData(ThresholdType.BinaryInverted)]
    [InlineData(ThresholdType.Truncate)]
    [InlineData(ThresholdType.ToZero)]
    [InlineData(ThresholdType.ToZeroInverted)]
    public void Threshold_wrapper_equals_Cv2_threshold_and_thresholding_apply(ThresholdType type)
    {
        float[,] image = TestData.ImageWithThresholdValues(15f);
        using Mat src = Cv.ToMat(image);
        using var dst = new Mat();
        Cv2.Threshold(src, dst, 15, 200, Cv.ToThresholdType(type));

        Assert.Equal(Cv.ToFloatArray(dst), Cv.Threshold(image, 15, 200, type));
        Assert.Equal(Thresholding.Apply(image, 15f, 200f, type), Cv.Threshold(image, 15, 200, type));
    }

    [Fact]
    public void Filter2D_wrappers_equal_Cv2_Filter2D_called_directly()
    {
        byte[,] image = TestData.ByteImage(9, 11, seed: 2);
        double[,] kernel = TestData.Kernel(3, 4, seed: 2);
        using Mat src = Cv.ToMat(image), k = Cv.ToMat(Conversions.ToFloat(kernel)), dst = new Mat(), f = new Mat();
        Cv2.Filter2D(src, dst, (MatType)(-1), k, null, 0, BorderTypes.Replicate);
        using Mat srcF = Cv.ToMat(Conversions.ToFloat(image));
        Cv2.Filter2D(srcF, f, MatType.CV_32F, k, new Point(0, 2), 0, BorderTypes.Reflect);

        ArrayAssert.Equal(Cv.ToByteArray(dst), Cv.Filter2D(image, kernel, BorderMode.Replicate), "8-bit");
        Assert.Equal(Cv.ToFloatArray(f), Cv.Filter2D(Conversions.ToFloat(image), Conversions.ToFloat(kernel), BorderMode.Reflect, anchorRow: 2, anchorCol: 0));
    }

    [Theory]
    [InlineData(BorderMode.Constant, BorderTypes.Constant)]
    [InlineData(BorderMode.Replicate, BorderTypes.Replicate)]
    [InlineData(BorderMode.Reflect, BorderTypes.Reflect)]
    [InlineData(BorderMode.Reflect101, BorderTypes.Reflect101)]
    [InlineData(BorderMode.Wrap, BorderTypes.Wrap)]
    public void Each_BorderMode_maps_to_the_OpenCv_border_of_the_same_name(BorderMode mode, BorderTypes openCv)
    {
        Assert.Equal(openCv, Cv.ToBorderType(mode));
    }

    [Theory]
    [InlineData("chelsea.png")]
    [InlineData("camera.png")]
    [InlineData("coins.png")]
    public void ImRead_gray_equals_Cv2_ImRead_grayscale(string name)
    {
        using Mat mat = Cv2.ImRead(TestAssets.Path(name), ImreadModes.Grayscale);

        Assert.Equal(Cv.ToByteArray(mat), Cv.ImReadGray(TestAssets.Path(name)));
    }

    [Fact]
    public void ImRead_gray_of_a_missing_file_names_the_path()
    {
        string missing = Path.Combine(temp, "missing.png");

        var e = Assert.Throws<FileNotFoundException>(() => Cv.ImReadGray(missing));

        Assert.Contains(missing, e.Message);
    }

    [Fact]
    public void ImRead_gray_of_a_text_file_says_OpenCv_could_not_decode_it()
    {
        string text = Path.Combine(temp, "readme.png");
        File.WriteAllText(text, "plain text, not pixels");

        var e = Assert.Throws<InvalidDataException>(() => Cv.ImReadGray(text));

        Assert.Contains(text, e.Message);
        Assert.Contains("could not decode", e.Message);
    }

    [Fact]
    public void Bad_arguments_are_rejected_by_name_and_reason()
    {
        using var floatMat = new Mat(2, 2, MatType.CV_32FC1, Scalar.All(0));

        var wrongType = Assert.Throws<ArgumentException>(() => Cv.ToByteArray(floatMat));
        var evenSize = Assert.Throws<ArgumentException>(() => Cv.GaussianBlur(Chelsea.Value, 4));
        var nullImage = Assert.Throws<ArgumentNullException>(() => Cv.ToMat((byte[,])null!));

        Assert.Equal("mat", wrongType.ParamName);
        Assert.Contains("CV_8UC1", wrongType.Message);
        Assert.Equal("size", evenSize.ParamName);
        Assert.Contains("odd", evenSize.Message);
        Assert.Equal("array", nullImage.ParamName);
        Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => Cv.ImReadGray(" ")).ParamName);
    }
}
