namespace Convolution.Teaching.Tests;

/// <summary>Filters.OutputSize, floor((n + 2p - d(k - 1) - 1) / s) + 1, on hand-worked sizes and on settings it refuses.</summary>
public class OutputSizeTests
{
    [Theory]
    [InlineData(5, 3, 0, 1, 1, 3)]      // valid mode: 5 - 3 + 1
    [InlineData(5, 3, 1, 1, 1, 5)]      // padding 1 keeps the size (same mode)
    [InlineData(7, 3, 0, 2, 1, 3)]      // (7 - 2 - 1) / 2 + 1 = 3: windows at 0, 2, 4
    [InlineData(8, 3, 0, 2, 1, 3)]      // (8 - 3) / 2 = 2.5, floor 2, + 1 = 3: the last pixel is left out
    [InlineData(7, 3, 0, 1, 2, 3)]      // dilation 2: the window spans 5, fits at 0, 1, 2
    [InlineData(227, 11, 0, 4, 1, 55)]  // AlexNet's first layer as it really ran
    [InlineData(224, 11, 0, 4, 1, 54)]  // its paper's 224: 54.25, rounded down
    [InlineData(224, 7, 3, 2, 1, 112)]  // ResNet's first layer: (224 + 6 - 6 - 1) / 2 + 1 = 112.5, floor 112
    [InlineData(1, 1, 0, 1, 1, 1)]
    public void The_formula_on_hand_worked_sizes(int n, int k, int p, int s, int d, int expected)
    {
        Assert.Equal(expected, Filters.OutputSize(n, k, p, s, d));
    }

    [Fact]
    public void The_AlexNet_paper_size_is_refused_when_exact_with_the_fraction_and_the_fix()
    {
        var e = Assert.Throws<ArgumentException>(() => Filters.OutputSize(224, 11, 0, 4, 1, exact: true));

        Assert.Contains("54.25", e.Message, StringComparison.Ordinal);
        Assert.Contains("last 1 pixel of the padded input is never covered", e.Message, StringComparison.Ordinal);
        Assert.Contains("3 pixels larger (227)", e.Message, StringComparison.Ordinal);
        Assert.Equal(55, Filters.OutputSize(227, 11, 0, 4, 1, exact: true));
        Assert.Equal(1, Filters.UncoveredPixels(224, 11, 0, 4));
        Assert.Equal(0, Filters.UncoveredPixels(227, 11, 0, 4));
    }

    [Fact]
    public void A_kernel_larger_than_the_padded_input_is_refused_with_its_span_and_the_padding_that_fixes_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Filters.OutputSize(5, 3, 0, 1, 3));

        Assert.Contains("spans d(k - 1) + 1 = 7 pixels", e.Message, StringComparison.Ordinal);
        Assert.Contains("n + 2p = 5 + 2 x 0 = 5", e.Message, StringComparison.Ordinal);
        Assert.Contains("pad by at least 1", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Filters.OutputSize(5, 3, 1, 1, 3));
    }

    [Theory]
    [InlineData(0, 3, 0, 1, 1, "inputSize")]
    [InlineData(5, 0, 0, 1, 1, "kernelSize")]
    [InlineData(5, 3, -1, 1, 1, "padding")]
    [InlineData(5, 3, 0, 0, 1, "stride")]
    [InlineData(5, 3, 0, 1, 0, "dilation")]
    public void A_setting_out_of_range_names_itself(int n, int k, int p, int s, int d, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Filters.OutputSize(n, k, p, s, d));

        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void OutputSize_agrees_with_OutputShape_for_valid_and_odd_same()
    {
        for (int n = 1; n <= 12; n++)
        {
            for (int k = 1; k <= n; k++)
            {
                Assert.Equal(Filters.OutputShape(n, n, k, k, OutputMode.Valid).Rows, Filters.OutputSize(n, k));
                if (k % 2 == 1)
                {
                    Assert.Equal(n, Filters.OutputSize(n, k, k / 2));
                }
            }
        }
    }
}
