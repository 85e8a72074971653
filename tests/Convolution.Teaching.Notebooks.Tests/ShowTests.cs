using StbImageSharp;

namespace Convolution.Teaching.Notebooks.Tests;

public class ShowTests
{
    private static readonly byte[,] Ramp = RampImage(5, 7);

    private static byte[,] RampImage(int rows, int cols)
    {
        var image = new byte[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                image[r, c] = (byte)(10 + r * cols + c);
            }
        }

        return image;
    }

    private static ImageResult DecodeOnlyImage(Figure figure)
    {
        string tag = Assert.Single(HtmlParts.ImgTags(figure.Html));
        return ImageResult.FromMemory(HtmlParts.DataUrlBytes(tag, "image/png"), ColorComponents.Grey);
    }

    [Fact]
    public void Image_png_decodes_back_to_the_images_rows_and_columns()
    {
        ImageResult png = DecodeOnlyImage(Show.Image(Ramp, "ramp"));

        Assert.Equal(7, png.Width);
        Assert.Equal(5, png.Height);
    }

    [Fact]
    public void Image_is_stretched_min_to_black_and_max_to_white_like_imshow_gray()
    {
        // Ramp runs 10..44: 10 becomes 0 and 44 becomes 255, as plt.imshow(img, cmap="gray") shows it.
        ImageResult png = DecodeOnlyImage(Show.Image(Ramp, "ramp"));

        Assert.Equal(0, png.Data[0]);
        Assert.Equal(255, png.Data[^1]);
    }

    [Fact]
    public void Image_without_alt_gets_title_shape_and_value_range()
    {
        Figure figure = Show.Image(Ramp, "ramp");

        Assert.Equal("ramp: grayscale image, 5 x 7 pixels, values 10 to 44", figure.AltText);
        Assert.Equal(figure.AltText, HtmlParts.Attribute(HtmlParts.ImgTags(figure.Html)[0], "alt"));
    }

    [Fact]
    public void Given_alt_text_is_used_and_escaped()
    {
        Figure figure = Show.Image(Conversions.ToDouble(Ramp), "ramp", alt: "a \"ramp\" <left to right>");

        Assert.Equal("a \"ramp\" <left to right>", HtmlParts.Attribute(HtmlParts.ImgTags(figure.Html)[0], "alt"));
        Assert.DoesNotContain("<left", figure.Html);
    }

    [Fact]
    public void Float_images_with_negative_values_are_shown_and_described()
    {
        var image = new float[,] { { -1.5f, 0f }, { 2f, 0.25f } };

        Figure figure = Show.Image(image, "edges");

        Assert.Contains("values -1.5 to 2", figure.AltText);
        Assert.Equal(2, DecodeOnlyImage(figure).Width);
    }

    [Fact]
    public void Tiny_patch_is_enlarged_with_crisp_pixels()
    {
        var patch = new byte[3, 3];
        patch[1, 1] = 255;

        string tag = HtmlParts.ImgTags(Show.Image(patch, "patch").Html)[0];

        Assert.Equal("240", HtmlParts.Attribute(tag, "width"));
        Assert.Equal("240", HtmlParts.Attribute(tag, "height"));
        Assert.Contains("image-rendering:pixelated", tag);
    }

    [Fact]
    public void Large_image_keeps_natural_size_but_cannot_overflow_the_cell()
    {
        string tag = HtmlParts.ImgTags(Show.Image(new byte[300, 451], "big").Html)[0];

        Assert.Equal("451", HtmlParts.Attribute(tag, "width"));
        Assert.Contains("max-width:100%", tag);
        Assert.DoesNotContain("pixelated", tag);
    }

    [Fact]
    public void Pair_shows_two_titled_images_side_by_side_each_with_alt()
    {
        Figure figure = Show.Pair(Ramp, "original", new double[3, 3], "patch");

        var alts = HtmlParts.AssertEveryImgHasAlt(figure.Html);
        Assert.Equal(2, alts.Count);
        Assert.StartsWith("original:", alts[0]);
        Assert.StartsWith("patch:", alts[1]);
        Assert.Contains("display:flex", figure.Html);
        Assert.Contains("<figcaption", figure.Html);
        Assert.StartsWith("Two images side by side.", figure.AltText);
    }

    [Fact]
    public void Row_shows_every_panel_in_order()
    {
        Figure figure = Show.Row(Panel.Of(Ramp, "a"), Panel.Of(Ramp, "b"), Panel.Of(Ramp, "c", alt: "third"));

        var alts = HtmlParts.AssertEveryImgHasAlt(figure.Html);
        Assert.Equal(3, alts.Count);
        Assert.Equal("third", alts[2]);
        Assert.Contains("3) third", figure.AltText);
    }

    [Fact]
    public void Row_without_panels_says_what_to_pass()
    {
        var e = Assert.Throws<ArgumentException>(() => Show.Row());

        Assert.Equal("panels", e.ParamName);
        Assert.Contains("Panel.Of", e.Message);
    }

    [Fact]
    public void Empty_image_is_rejected_naming_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => Show.Image(new byte[0, 4], "empty"));

        Assert.Equal("image", e.ParamName);
    }

    [Fact]
    public void Svg_is_embedded_as_an_image_with_alt()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>";

        Figure figure = Show.Svg(svg, "a black square");

        string tag = Assert.Single(HtmlParts.ImgTags(figure.Html));
        Assert.Equal("a black square", HtmlParts.Attribute(tag, "alt"));
        Assert.Equal(svg, System.Text.Encoding.UTF8.GetString(HtmlParts.DataUrlBytes(tag, "image/svg+xml")));
    }

    [Fact]
    public void Svg_that_is_not_svg_or_has_no_alt_is_rejected()
    {
        Assert.Equal("svg", Assert.Throws<ArgumentException>(() => Show.Svg("<div/>", "x")).ParamName);
        Assert.Equal("alt", Assert.Throws<ArgumentException>(() => Show.Svg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", " ")).ParamName);
    }

    [Fact]
    public void Figure_requires_alt_text()
    {
        Assert.Equal("altText", Assert.Throws<ArgumentException>(() => new Figure("<b>x</b>", "")).ParamName);
        Assert.Equal("words", new Figure("<b>x</b>", "words").ToString());
    }

    [Fact]
    public void Zoom_cuts_the_same_part_of_each_picture_shifting_a_valid_result_by_its_border()
    {
        double[,] original = Conversions.ToDouble(RampImage(12, 14));
        double[,] valid3 = Arrays.Slice(original, 1..^1, 1..^1); // what a 3 x 3 valid result lines up with
        Figure figure = Show.Zoom(4..7, 5..9, 3, ("original", original, 0), ("valid 3x3", valid3, 1));

        var tags = HtmlParts.ImgTags(figure.Html);
        Assert.Equal(2, tags.Count);
        var first = ImageResult.FromMemory(HtmlParts.DataUrlBytes(tags[0], "image/png"), ColorComponents.Grey);
        var second = ImageResult.FromMemory(HtmlParts.DataUrlBytes(tags[1], "image/png"), ColorComponents.Grey);
        Assert.Equal((4, 3), (first.Width, first.Height)); // full resolution: the crop's own pixels, enlarged by the browser
        Assert.Equal(first.Data, second.Data);             // the same pixels of the picture in both
        Assert.Equal("12", HtmlParts.Attribute(tags[0], "width"));
        Assert.Contains("image-rendering:pixelated", tags[0]);
    }

    [Fact]
    public void Zoom_crops_share_one_gray_scale_and_say_so_in_their_alt_text()
    {
        double[,] dark = Arrays.Map(new double[10, 10], (_, _, _, _) => 10.0);
        double[,] bright = Arrays.Map(new double[10, 10], (_, _, _, _) => 20.0);
        Figure figure = Show.Zoom(2..5, 2..5, 4, ("dark", dark, 0), ("bright", bright, 0));

        var tags = HtmlParts.ImgTags(figure.Html);
        byte darkGray = ImageResult.FromMemory(HtmlParts.DataUrlBytes(tags[0], "image/png"), ColorComponents.Grey).Data[0];
        byte brightGray = ImageResult.FromMemory(HtmlParts.DataUrlBytes(tags[1], "image/png"), ColorComponents.Grey).Data[0];
        Assert.Equal((0, 255), (darkGray, brightGray)); // stretched one by one, both would be drawn the same
        string alt = HtmlParts.Attribute(tags[0], "alt")!;
        Assert.Contains("rows 2 to 4, columns 2 to 4", alt);
        Assert.Contains("enlarged 4 times", alt);
        Assert.Contains("shared by all 2 crops (10 black, 20 white)", alt);
    }

    [Fact]
    public void Zoom_names_the_picture_that_does_not_hold_the_region()
    {
        double[,] small = new double[5, 5];
        var e = Assert.Throws<ArgumentException>(() => Show.Zoom(3..6, 3..6, 2, ("tiny", small, 1), ("too far", small, 0), ("fine", small, 2)));

        Assert.Contains("\"too far\" (5 x 5, border 0) does not hold rows 3 to 5", e.Message);
    }
}
