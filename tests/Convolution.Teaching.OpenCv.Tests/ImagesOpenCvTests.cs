using Convolution.Teaching.OpenCv;
using Convolution.Teaching.Tests.Support;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// The core's Images checked against OpenCV's own functions.
public sealed class ImagesOpenCvTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("convolution-teaching-images-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Theory]
    [InlineData("chelsea.png")]
    [InlineData("camera.png")]
    [InlineData("coins.png")]
    public void LoadGray_equals_OpenCv_ImRead_grayscale_exactly(string name)
    {
        string path = TestAssets.Path(name);

        ArrayAssert.Equal(Cv.ImReadGray(path), Images.LoadGray(path), name);
    }

    [Fact]
    public void LoadGray_equals_OpenCv_on_a_random_colour_png_that_OpenCv_wrote()
    {
        string path = Path.Combine(temp, "random-colour.png");
        using (Mat bgr = new(40, 50, MatType.CV_8UC3))
        {
            Cv2.Randu(bgr, Scalar.All(0), Scalar.All(256));
            Assert.True(Cv2.ImWrite(path, bgr));
        }

        ArrayAssert.Equal(Cv.ImReadGray(path), Images.LoadGray(path), "random colour PNG");
    }

    [Fact]
    public void Save_png_then_LoadGray_gives_the_same_pixels()
    {
        byte[,] image = TestData.ByteImage(7, 9, seed: 3);

        string written = Images.SavePng(Path.Combine(temp, "sub", "random.png"), image);

        Assert.Equal(image, Images.LoadGray(written));
        Assert.Equal(image, Cv.ImReadGray(written));
    }
}
