using System.Text.RegularExpressions;
using StbImageSharp;

namespace Convolution.Teaching.Notebooks.Tests;

/// <summary>Pictures on one fixed gray scale, and a grid that keeps each picture wide enough to see.</summary>
public class FixedScaleTests
{
    private static byte[] Gray(Panel panel) => ImageResult.FromMemory(panel.Png, ColorComponents.Grey).Data;

    [Fact]
    public void A_fixed_scale_shows_each_value_as_that_gray_level_instead_of_stretching_it()
    {
        // 0..100 stretched would make 100 white; on the fixed 0..255 scale it stays gray 100.
        double[,] dim = Arrays.FromRows<double>([0, 50, 100]);

        Assert.Equal(new byte[] { 0, 50, 100 }, Gray(Panel.OnFixedScale(dim, "dim")));
        Assert.Equal(new byte[] { 0, 128, 255 }, Gray(Panel.Of(dim, "dim")));
    }

    [Fact]
    public void A_fixed_scale_clips_values_outside_it_to_black_and_white()
    {
        double[,] wide = Arrays.FromRows<double>([-40, 10, 300]);

        Assert.Equal(new byte[] { 0, 0, 255 }, Gray(Panel.OnFixedScale(wide, "wide", black: 10, white: 20)));
        Assert.Equal(new byte[] { 0, 10, 255 }, Gray(Panel.OnFixedScale(wide, "wide")));
    }

    [Fact]
    public void A_fixed_scale_is_named_in_the_alt_text_and_the_caption()
    {
        Panel panel = Panel.OnFixedScale(Arrays.FromRows<double>([0, 100]), "dim");

        Assert.Equal("dim: grayscale image, 1 x 2 pixels, values 0 to 100, shown on the fixed scale 0 (black) to 255 (white)", panel.AltText);
        Assert.Contains("shown on the fixed scale 0 (black) to 255 (white)", Show.Row(panel).Html, StringComparison.Ordinal);
        Assert.Equal((0.0, 255.0), panel.FixedScale);
        Assert.Null(Panel.Of(Arrays.FromRows<double>([0, 100]), "dim").FixedScale);
    }

    [Fact]
    public void An_empty_scale_is_refused_with_the_fix()
    {
        var e = Assert.Throws<ArgumentException>(() => Panel.OnFixedScale(Arrays.FromRows<double>([1]), "x", black: 5, white: 5));

        Assert.Contains("white must be a finite value above black", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_wraps_and_gives_every_picture_at_least_the_minimum_width()
    {
        var panels = Enumerable.Range(1, 5).Select(i => Panel.OnFixedScale(new double[200, 447], $"Picture {i}")).ToArray();

        Figure grid = Show.Grid(300, panels);

        Assert.Contains("flex-wrap:wrap", grid.Html, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Matches(grid.Html, "min-width:min\\(300px,100%\\);max-width:447px").Count);
        Assert.All(HtmlParts.ImgTags(grid.Html), tag => Assert.Contains("width:100%;max-width:100%", HtmlParts.Attribute(tag, "style"), StringComparison.Ordinal));
        HtmlParts.AssertEveryImgHasAlt(grid.Html);
        Assert.StartsWith("5 images side by side", grid.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_needs_a_positive_width_and_at_least_one_picture()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Show.Grid(0, Panel.Of(new double[2, 2], "x")));
        Assert.Throws<ArgumentException>(() => Show.Grid(300));
    }
}
