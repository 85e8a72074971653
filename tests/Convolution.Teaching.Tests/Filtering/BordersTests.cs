using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.Tests;

public class BordersTests
{
    private static readonly BorderMode[] AllModes = Enum.GetValues<BorderMode>();

    // The pictograms of the BorderMode docs: a row abcd with three invented pixels on each side, i for the constant.
    [Theory]
    [InlineData(BorderMode.Constant, "iii|abcd|iii")]
    [InlineData(BorderMode.Replicate, "aaa|abcd|ddd")]
    [InlineData(BorderMode.Reflect, "cba|abcd|dcb")]
    [InlineData(BorderMode.Reflect101, "dcb|abcd|cba")]
    [InlineData(BorderMode.Wrap, "bcd|abcd|abc")]
    public void Padding_abcd_by_three_gives_the_documented_pictogram(BorderMode mode, string pictogram)
    {
        Assert.Equal(pictogram, PadRow("abcd", 3, mode));
    }

    // Wider than the image: Reflect repeats with period 2n (abcddcba), Reflect101 with period 2n - 2 (abcdcb), Wrap with n.
    [Theory]
    [InlineData(BorderMode.Constant, "iiiiii|abcd|iiiiii")]
    [InlineData(BorderMode.Replicate, "aaaaaa|abcd|dddddd")]
    [InlineData(BorderMode.Reflect, "cddcba|abcd|dcbaab")]
    [InlineData(BorderMode.Reflect101, "abcdcb|abcd|cbabcd")]
    [InlineData(BorderMode.Wrap, "cdabcd|abcd|abcdab")]
    public void Pads_wider_than_the_image_keep_repeating_the_pattern(BorderMode mode, string pictogram)
    {
        Assert.Equal(pictogram, PadRow("abcd", 6, mode));
    }

    [Theory]
    [InlineData(BorderMode.Constant, "iii|a|iii")]
    [InlineData(BorderMode.Replicate, "aaa|a|aaa")]
    [InlineData(BorderMode.Reflect, "aaa|a|aaa")]
    [InlineData(BorderMode.Reflect101, "aaa|a|aaa")]
    [InlineData(BorderMode.Wrap, "aaa|a|aaa")]
    public void A_length_one_row_can_only_repeat_its_pixel_or_the_constant(BorderMode mode, string pictogram)
    {
        Assert.Equal(pictogram, PadRow("a", 3, mode));
    }

    [Fact]
    public void Pad_leaves_the_image_unchanged_in_the_middle()
    {
        double[,] image = Arrays.Random(3, 4, seed: 6);

        double[,] padded = Borders.Pad(image, 1, 2, 3, 4, BorderMode.Reflect101);

        Assert.Equal((6, 11), Arrays.Shape(padded));
        Assert.Equal(image, Arrays.Slice(padded, 1..4, 3..7));
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, "top")]
    [InlineData(0, -1, 0, 0, "bottom")]
    [InlineData(0, 0, -2, 0, "left")]
    [InlineData(0, 0, 0, -3, "right")]
    public void Negative_padding_names_the_negative_side(int top, int bottom, int left, int right, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Borders.Pad(Arrays.Zeros(2, 2), top, bottom, left, right, BorderMode.Constant));

        Assert.Equal(name, e.ParamName);
        Assert.Contains("must not be negative", e.Message);
    }

    [Fact]
    public void Bad_image_length_or_mode_is_rejected_by_name()
    {
        Assert.Equal("image", Assert.Throws<ArgumentNullException>(() => Borders.Pad<double>(null!, 1, 1, 1, 1, BorderMode.Wrap)).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => Borders.SourceIndex(0, 0, BorderMode.Wrap)).ParamName);
        var mode = Assert.Throws<ArgumentOutOfRangeException>(() => Borders.SourceIndex(-1, 3, (BorderMode)99));
        Assert.Equal("mode", mode.ParamName);
        Assert.Contains("Unknown BorderMode", mode.Message);
    }

    // Issue 22: the reflection loop stepped one image length at a time, so int.MinValue took about 2^31 / 5 steps and
    // then overflowed (-p of int.MinValue is int.MinValue) and never returned. Any coordinate must map in O(1).
    [Theory]
    [InlineData(int.MinValue, 5, BorderMode.Reflect101)]
    [InlineData(int.MinValue, 5, BorderMode.Reflect)]
    [InlineData(int.MaxValue, 5, BorderMode.Reflect101)]
    [InlineData(int.MaxValue, 5, BorderMode.Reflect)]
    [InlineData(int.MinValue, int.MaxValue, BorderMode.Reflect101)]
    [InlineData(int.MinValue, 5, BorderMode.Wrap)]
    public void Source_index_of_an_int_extreme_returns_at_once_and_inside_the_image(int p, int length, BorderMode mode)
    {
        int source = TimeBound.Run($"SourceIndex({p}, {length}, {mode})", 1, () => Borders.SourceIndex(p, length, mode));

        Assert.InRange(source, 0, length - 1);
    }

    private static string PadRow(string row, int pad, BorderMode mode)
    {
        char[,] padded = Borders.Pad(Arrays.FromRows(row.ToCharArray()), 0, 0, pad, pad, mode, 'i');
        string all = new(Enumerable.Range(0, padded.GetLength(1)).Select(c => padded[0, c]).ToArray());
        return $"{all[..pad]}|{all[pad..^pad]}|{all[^pad..]}";
    }
}
