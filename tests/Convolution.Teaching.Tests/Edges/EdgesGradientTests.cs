namespace Convolution.Teaching.Tests.Edges;

/// <summary>Stage 2 on images small enough to work out by hand: Sobel gradients, magnitude, direction and its 4 bins.</summary>
public class EdgesGradientTests
{
    // 0 0 10 10 in every row: a step between columns 1 and 2.
    private static readonly double[,] Step = Arrays.FromRows<double>([0, 0, 10, 10], [0, 0, 10, 10], [0, 0, 10, 10]);

    [Fact]
    public void Gradient_x_of_a_step_is_four_times_the_step_on_both_columns_beside_it_and_zero_where_the_image_is_flat()
    {
        // Sobel x sums (1 + 2 + 1) x (right - left) = 4 x 10 beside the step; the replicated border makes the edge columns flat.
        double[,] gx = Teaching.Edges.GradientX(Step);

        Assert.Equal(new double[] { 0, 40, 40, 0 }, Enumerable.Range(0, 4).Select(c => gx[1, c]));
        Assert.All(Teaching.Edges.GradientY(Step).Cast<double>(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Gradient_y_is_positive_where_the_image_gets_brighter_downwards()
    {
        double[,] gy = Teaching.Edges.GradientY(Arrays.Transpose(Step));

        Assert.Equal(new double[] { 0, 40, 40, 0 }, Enumerable.Range(0, 4).Select(r => gy[r, 1]));
    }

    [Theory]
    [InlineData(false, 7)] // L1, cv2.Canny's default: |3| + |-4|
    [InlineData(true, 5)]  // L2: the length of (3, -4)
    public void MagnitudeIsL1ByDefaultAndL2WhenAsked(bool l2, double expected)
    {
        double[,] m = Teaching.Edges.Magnitude(new double[,] { { 3 } }, new double[,] { { -4 } }, l2);

        Assert.Equal(expected, m[0, 0]);
    }

    [Theory]
    [InlineData(1, 0, 0, 0)]
    [InlineData(-1, 0, 0, 0)]     // pointing left is the same line as pointing right
    [InlineData(1, 1, 45, 1)]     // down-right: rows grow down
    [InlineData(-1, -1, 45, 1)]
    [InlineData(0, 1, 90, 2)]
    [InlineData(0, -1, 90, 2)]
    [InlineData(-1, 1, 135, 3)]
    [InlineData(1, -1, 135, 3)]
    [InlineData(1, 0.41, 22.29, 0)] // just under 22.5 degrees: still horizontal
    [InlineData(1, 0.42, 22.78, 1)] // just over: diagonal
    [InlineData(0.41, 1, 67.71, 2)]
    [InlineData(0, 0, 0, 0)]      // no gradient: bin 0, and its magnitude 0 is never an edge
    public void DirectionIsFoldedInto0To180DegreesAndBinnedAt22Point5DegreesEitherSideOfEachOf4Lines(double gx, double gy, double degrees, byte bin)
    {
        double[,] x = { { gx } }, y = { { gy } };

        Assert.Equal(degrees, Teaching.Edges.Direction(x, y)[0, 0], 0.01);
        Assert.Equal(bin, Teaching.Edges.DirectionBins(x, y)[0, 0]);
    }

    [Fact]
    public void Gradients_of_different_shapes_are_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => Teaching.Edges.Magnitude(new double[2, 2], new double[2, 3]));

        Assert.Equal("gy", e.ParamName);
    }
}
