namespace Convolution.Teaching.Tests;

/// <summary>Several channels in, one or several maps out: the sum over channels, the bias once, the parameter count.</summary>
public class ChannelsTests
{
    [Fact]
    public void A_two_channel_kernel_adds_the_two_channels_correlations_and_the_bias_once()
    {
        // Channel 0 is all 1, channel 1 all 2; a 2 x 2 kernel of ones on channel 0 gives 4, one of 0.5 on channel 1 gives 4: 4 + 4 + 1 = 9.
        double[][,] input = [Arrays.Ones(3, 3), Arrays.Full(3, 3, 2.0)];
        double[][,] kernel = [Arrays.Ones(2, 2), Arrays.Full(2, 2, 0.5)];

        double[,] map = Channels.Correlate(input, kernel, bias: 1);

        Assert.Equal(Arrays.Full(2, 2, 9.0), map);
    }

    [Fact]
    public void A_layer_makes_one_map_per_kernel()
    {
        double[][,] input = [Arrays.Random(5, 6, 1), Arrays.Random(5, 6, 2), Arrays.Random(5, 6, 3)];
        double[][][,] kernels = [[Arrays.Ones(3, 3), Arrays.Zeros(3, 3), Arrays.Zeros(3, 3)], [Arrays.Zeros(3, 3), Arrays.Zeros(3, 3), Arrays.Ones(3, 3)]];

        double[][,] maps = Channels.Layer(input, kernels, [0, 10]);

        Assert.Equal(2, maps.Length);
        Assert.True(Arrays.AllClose(Filters.CorrelateValid(input[0], Arrays.Ones(3, 3)), maps[0]));
        Assert.True(Arrays.AllClose(Arrays.Map(maps[1], (r, c, _, _) => maps[1][r, c] - 10), Filters.CorrelateValid(input[2], Arrays.Ones(3, 3))));
    }

    [Theory]
    [InlineData(3, 64, 3, 3, true, 1_792)]      // VGG's first layer: 64 * (3 * 9 + 1)
    [InlineData(3, 96, 11, 11, true, 34_944)]   // AlexNet's first layer: 96 * (3 * 121 + 1)
    [InlineData(1, 1, 1, 2, false, 2)]          // the learned [1, -1]
    public void Parameter_count_is_C_out_times_C_in_kH_kW_plus_one(int cIn, int cOut, int kH, int kW, bool bias, long expected)
    {
        Assert.Equal(expected, Channels.ParameterCount(cIn, cOut, kH, kW, bias));
    }

    [Fact]
    public void A_kernel_with_the_wrong_number_of_slices_is_refused_in_words()
    {
        var e = Assert.Throws<ArgumentException>(() => Channels.Correlate([Arrays.Ones(3, 3), Arrays.Ones(3, 3)], [Arrays.Ones(2, 2)]));

        Assert.Contains("1 slices but the input has 2 channels", e.Message, StringComparison.Ordinal);
    }
}
