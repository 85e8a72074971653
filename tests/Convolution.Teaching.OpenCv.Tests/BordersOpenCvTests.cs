using Convolution.Teaching.OpenCv;
using Convolution.Teaching.Tests.Support;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// The core's Borders checked against OpenCV's own functions.
public class BordersOpenCvTests
{
    private static readonly BorderMode[] AllModes = Enum.GetValues<BorderMode>();

    [Fact]
    public void Source_index_equals_OpenCvs_border_interpolate()
    {
        foreach (BorderMode mode in AllModes)
        {
            for (int length = 1; length <= 5; length++)
            {
                for (int p = -12; p <= 15; p++)
                {
                    Assert.True(
                        Cv2.BorderInterpolate(p, length, Cv.ToBorderType(mode)) == Borders.SourceIndex(p, length, mode),
                        $"{mode}, p {p}, length {length}");
                }
            }
        }
    }

    [Fact]
    public void Pad_equals_CopyMakeBorder_for_every_mode_including_pads_wider_than_the_image()
    {
        float[,] image = TestData.FloatImage(2, 3, seed: 5);

        foreach (BorderMode mode in AllModes)
        {
            float[,] ours = Borders.Pad(image, 5, 1, 7, 0, mode, 0.25f);

            ArrayAssert.Close(Cv.CopyMakeBorder(image, 5, 1, 7, 0, mode, 0.25), ours, 0, mode.ToString());
        }
    }
}
