namespace Convolution.Teaching.Tests.Edges;

/// <summary>Stage 1: smoothing with lesson 6's binomial 5 x 5 Gaussian, fractions kept.</summary>
public class EdgesSmoothTests
{
    [Fact]
    public void A_flat_image_stays_flat()
    {
        double[,] smooth = Teaching.Edges.Smooth(Arrays.Full<byte>(6, 7, 90));

        Assert.All(smooth.Cast<double>(), v => Assert.Equal(90, v, 1e-12));
    }

    [Fact]
    public void A_single_pixel_spreads_into_the_binomial_weights_with_their_fractions_kept()
    {
        // 256 in the middle of a 9 x 9 image: the output is 256 x [1 4 6 4 1]^T [1 4 6 4 1] / 256 = the integer weights.
        var image = new byte[9, 9];
        image[4, 4] = 255;

        double[,] smooth = Teaching.Edges.Smooth(image);

        Assert.Equal(255 * 36 / 256.0, smooth[4, 4], 1e-12);  // 35.859375: not rounded
        Assert.Equal(255 * 6 / 256.0, smooth[2, 4], 1e-12);
        Assert.Equal(0, smooth[4, 7]);
    }
}
