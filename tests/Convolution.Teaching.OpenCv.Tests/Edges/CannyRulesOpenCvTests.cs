using Convolution.Teaching.OpenCv;

namespace Convolution.Teaching.OpenCv.Tests.Edges;

/// <summary>
/// The rules that Edges states about cv2.Canny, checked by experiment against Cv2.Canny on images small enough to
/// work out by hand: no smoothing, strict thresholds, L1 by default, and which of two equal neighbours thinning keeps.
/// </summary>
public class CannyRulesOpenCvTests
{
    /// <summary>A 7 x 8 image, 0 in columns 0..3 and <paramref name="height"/> from column 4: a vertical step.</summary>
    private static byte[,] Step(byte height) => Arrays.Map(new byte[7, 8], (r, c, _, _) => c >= 4 ? height : (byte)0);

    [Theory]
    [InlineData(99.5, true)]  // both columns beside the step have |gx| = 4 x 25 = 100 > 99.5: strong
    [InlineData(100, false)]  // 100 is not above 100: weak at most, and with no strong pixel nothing is kept
    public void AMagnitudeEqualToTheHighThresholdIsNotStrong(double high, bool edgeExpected)
    {
        byte[,] opencv = Cv.Canny(Step(25), 50, high);

        Assert.Equal(edgeExpected, opencv.Cast<byte>().Any(v => v != 0));
        Assert.Equal(opencv, Teaching.Edges.Canny(Step(25), 50, high));
    }

    [Fact]
    public void Of_two_equal_magnitudes_side_by_side_thinning_keeps_the_left_one_only()
    {
        // Columns 3 and 4 both have magnitude 100; only column 3 is strictly greater than its left neighbour.
        byte[,] opencv = Cv.Canny(Step(25), 50, 99);

        int[] columns = Enumerable.Range(0, 8).Where(c => opencv[3, c] != 0).ToArray();
        Assert.Equal([3], columns);
        Assert.Equal(opencv, Teaching.Edges.Canny(Step(25), 50, 99));
    }

    [Fact]
    public void A_single_pixel_step_is_found_at_full_strength_so_Canny_does_not_smooth_first()
    {
        // Smoothing would spread the step and lower the peak |gx| = 4 x 25 = 100 below the 99 threshold.
        Assert.Contains(Cv.Canny(Step(25), 98, 99).Cast<byte>(), v => v != 0);
    }

    [Theory]
    [InlineData(false, 100, true)]  // L1: on the diagonal gx = -60 and gy = 60, so |gx| + |gy| = 120 > 100
    [InlineData(true, 100, false)]  // L2: sqrt(gx^2 + gy^2) = 60 x sqrt(2) = 84.9, and nowhere more: below 100
    public void TheDefaultMagnitudeIsL1AndL2IsTheTrueLength(bool l2, double high, bool edgeExpected)
    {
        // 0 above the diagonal, 20 on and below it.
        byte[,] diagonal = Arrays.Map(new byte[9, 9], (r, c, _, _) => r >= c ? (byte)20 : (byte)0);

        byte[,] opencv = Cv.Canny(diagonal, high - 1, high, l2);

        Assert.Equal(edgeExpected, opencv.Cast<byte>().Any(v => v != 0));
        Assert.Equal(opencv, Teaching.Edges.Canny(diagonal, high - 1, high, l2));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Small_random_images_give_exactly_OpenCvs_edges(int seed, bool l2)
    {
        // Few gray levels, so ties between neighbours and magnitudes equal to a threshold are common.
        double[,] noise = Arrays.Random(13, 17, seed);
        byte[,] image = Arrays.Map(noise, (r, c, _, _) => (byte)(25 * (int)(noise[r, c] * 6)));

        Assert.Equal(Cv.Canny(image, 100, 200, l2), Teaching.Edges.Canny(image, 100, 200, l2));
    }
}
