namespace Convolution.Teaching.Tests.Edges;

/// <summary>Stages 4 and 5: the strict double threshold and 8-connected hysteresis that grows until nothing changes.</summary>
public class EdgesThresholdTests
{
    private const byte W = Teaching.Edges.Weak, S = Teaching.Edges.Strong;

    [Theory]
    [InlineData(100, 0)]       // equal to low: not above it
    [InlineData(100.5, W)]
    [InlineData(200, W)]       // equal to high: weak, not strong
    [InlineData(200.5, S)]
    public void BothThresholdsAreStrictAsInCv2Canny(double magnitude, byte expected)
    {
        Assert.Equal(expected, Teaching.Edges.DoubleThreshold(new[,] { { magnitude } }, 100, 200)[0, 0]);
    }

    [Fact]
    public void Thresholds_given_the_wrong_way_round_are_swapped_as_in_Cv2_Canny()
    {
        double[,] m = { { 50, 150, 250 } };

        Assert.Equal(Teaching.Edges.DoubleThreshold(m, 100, 200), Teaching.Edges.DoubleThreshold(m, 200, 100));
    }

    [Fact]
    public void Hysteresis_keeps_weak_chains_joined_to_a_strong_pixel_through_diagonals_and_drops_isolated_weak_pixels()
    {
        byte[,] classes =
        {
            { W, 0, 0, 0, 0 },
            { 0, W, 0, 0, W },
            { 0, 0, S, 0, 0 },
            { 0, 0, 0, 0, 0 },
        };

        byte[,] edges = Teaching.Edges.Hysteresis(classes);

        byte[,] expected =
        {
            { S, 0, 0, 0, 0 },
            { 0, S, 0, 0, 0 },
            { 0, 0, S, 0, 0 },
            { 0, 0, 0, 0, 0 },
        };
        Assert.Equal(expected, edges);
    }

    [Fact]
    public void Hysteresis_grows_along_a_chain_that_turns_back_until_nothing_changes()
    {
        // A U-shaped chain: from the strong pixel at the bottom right, up, left along the top, and back down.
        byte[,] classes =
        {
            { W, W, W },
            { W, 0, W },
            { W, 0, S },
        };

        byte[,] edges = Teaching.Edges.Hysteresis(classes);

        Assert.Equal(7, edges.Cast<byte>().Count(v => v == S));
        Assert.Equal(W, classes[2, 0]); // the input is unchanged
    }

    [Fact]
    public void Hysteresis_rejects_values_that_are_not_classes()
    {
        var e = Assert.Throws<ArgumentException>(() => Teaching.Edges.Hysteresis(new byte[,] { { 1 } }));

        Assert.Contains("Edges.Weak", e.Message);
    }

    [Fact]
    public void Canny_of_a_flat_image_has_no_edges_and_Canny_of_a_step_has_one_line()
    {
        var flat = Arrays.Full<byte>(5, 6, 90);
        byte[,] step = Arrays.Map(new byte[5, 6], (r, c, _, _) => c >= 3 ? (byte)100 : (byte)0);

        Assert.All(Teaching.Edges.Canny(flat, 100, 200).Cast<byte>(), v => Assert.Equal(0, v));
        byte[,] edges = Teaching.Edges.Canny(step, 100, 200);
        Assert.All(Enumerable.Range(0, 5), r => Assert.Equal(new byte[] { 0, 0, S, 0, 0, 0 }, Enumerable.Range(0, 6).Select(c => edges[r, c])));
    }

    [Fact]
    public void Edge_agreement_counts_the_pixels_both_mark_and_those_only_one_marks()
    {
        byte[,] ours = { { S, S, 0, 0 } }, reference = { { S, 0, S, 0 } };

        EdgeAgreement a = EdgeAgreement.Of(ours, reference);

        Assert.Equal((1, 1, 1), (a.Both, a.OnlyFirst, a.OnlySecond));
        Assert.Equal((1.0 / 3, 0.5, 0.5, 0.5), (a.Shared, a.Precision, a.Recall, a.F1));
        Assert.Equal(new byte[,] { { 0, S, 0, 0 } }, a.OnlyFirstMap);
        Assert.Equal(new byte[,] { { 0, 0, S, 0 } }, a.OnlySecondMap);
    }
}
