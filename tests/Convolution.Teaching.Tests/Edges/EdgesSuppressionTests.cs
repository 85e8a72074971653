namespace Convolution.Teaching.Tests.Edges;

/// <summary>Stage 3, non-maximum suppression, with cv2.Canny's rules for ties and for the border.</summary>
public class EdgesSuppressionTests
{
    private static byte[,] Bins(int rows, int cols, byte bin) => Arrays.Full(rows, cols, bin);

    [Fact]
    public void A_horizontal_ridge_is_thinned_to_its_maximum()
    {
        double[,] m = { { 1, 5, 9, 5, 1 } };

        double[,] thin = Teaching.Edges.NonMaximumSuppression(m, Bins(1, 5, 0));

        Assert.Equal(new double[] { 0, 0, 9, 0, 0 }, thin.Cast<double>());
    }

    [Theory]
    [InlineData(0)] // left-right: the left of two equal pixels is greater than its left neighbour and equal to its right one
    [InlineData(2)] // up-down: the same with the upper of the two
    public void OfTwoEqualPixelsAlongTheGradientTheFirstIsKeptAndTheSecondDropped(byte bin)
    {
        double[,] m = { { 1, 7, 7, 1 } };
        double[,] along = bin == 0 ? m : Arrays.Transpose(m);

        double[,] thin = Teaching.Edges.NonMaximumSuppression(along, Bins(along.GetLength(0), along.GetLength(1), bin));

        Assert.Equal(new double[] { 0, 7, 0, 0 }, thin.Cast<double>());
    }

    [Fact]
    public void On_a_diagonal_both_neighbours_must_be_strictly_smaller_so_two_equal_pixels_are_both_dropped()
    {
        double[,] m = { { 7, 0 }, { 0, 7 } };

        double[,] thin = Teaching.Edges.NonMaximumSuppression(m, Bins(2, 2, 1));

        Assert.All(thin.Cast<double>(), v => Assert.Equal(0, v));
    }

    [Theory]
    [InlineData(1, 0, 0, 0, 2)] // 45 degrees compares (r - 1, c - 1) and (r + 1, c + 1), not (r - 1, c + 1)
    [InlineData(3, 0, 2, 0, 0)] // 135 degrees compares (r - 1, c + 1) and (r + 1, c - 1), not (r - 1, c - 1)
    public void EachDiagonalBinComparesTheTwoNeighboursOnItsOwnDiagonal(byte bin, int ownRow, int ownCol, int otherRow, int otherCol)
    {
        // The centre is 5: a 6 on the other diagonal leaves it, a 6 on the bin's own diagonal suppresses it.
        var m = new double[3, 3];
        m[1, 1] = 5;
        m[otherRow, otherCol] = 6;
        Assert.Equal(5, Teaching.Edges.NonMaximumSuppression(m, Bins(3, 3, bin))[1, 1]);

        m[ownRow, ownCol] = 6;
        Assert.Equal(0, Teaching.Edges.NonMaximumSuppression(m, Bins(3, 3, bin))[1, 1]);
    }

    [Fact]
    public void Neighbours_outside_the_image_count_as_zero()
    {
        double[,] thin = Teaching.Edges.NonMaximumSuppression(new double[,] { { 3 } }, Bins(1, 1, 0));

        Assert.Equal(3, thin[0, 0]);
    }

    [Fact]
    public void A_bin_outside0_to3_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Teaching.Edges.NonMaximumSuppression(new double[,] { { 3 } }, Bins(1, 1, 4)));
    }
}
