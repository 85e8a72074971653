using System.Xml.Linq;

namespace Convolution.Teaching.Notebooks.Tests;

public class DiagramsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument SvgOf(Figure figure)
    {
        string tag = Assert.Single(HtmlParts.ImgTags(figure.Html));
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(HtmlParts.DataUrlBytes(tag, "image/svg+xml")));
    }

    private static List<string> Texts(XDocument svg) => svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public void Output_modes_draws_three_panels_with_the_output_sizes()
    {
        Figure figure = Diagrams.OutputModes(5, 3);

        var texts = Texts(SvgOf(figure));
        Assert.Contains("full", texts);
        Assert.Contains("same", texts);
        Assert.Contains("valid", texts);
        Assert.Contains("output 7 x 7", texts);
        Assert.Contains("output 5 x 5", texts);
        Assert.Contains("output 3 x 3", texts);
    }

    [Fact]
    public void Output_modes_alt_text_gives_each_modes_size_and_reach()
    {
        string alt = HtmlParts.AssertEveryImgHasAlt(Diagrams.OutputModes(5, 3).Html).Single();

        Assert.Contains("full: the kernel reaches 2 pixels outside the image on every side, so the output is 7 x 7 (N + k - 1)", alt);
        Assert.Contains("same: the kernel reaches 1 pixel outside the image on every side, so the output is 5 x 5 (N)", alt);
        Assert.Contains("valid: the kernel stays inside the image, so the output is 3 x 3 (N - k + 1)", alt);
    }

    [Fact]
    public void Output_modes_draws_one_dot_per_output_pixel()
    {
        // 7x7 + 5x5 + 3x3 output pixels, plus the one dot in the legend.
        int dots = SvgOf(Diagrams.OutputModes(5, 3)).Descendants(Svg + "circle").Count();

        Assert.Equal(49 + 25 + 9 + 1, dots);
    }

    [Fact]
    public void Output_modes_rejects_a_kernel_larger_than_the_image()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Diagrams.OutputModes(3, 4));

        Assert.Equal("kernelSize", e.ParamName);
    }

    [Fact]
    public void Flip_shows_the_kernel_its_up_down_flip_and_its_rotation_in_numbers()
    {
        var kernel = Arrays.FromRows<double>([1, 2, 3], [2, 2, 3], [3, 3, 3]);

        Figure figure = Diagrams.Flip(kernel);

        var texts = Texts(SvgOf(figure));
        Assert.Equal(3 * 9, texts.Count(t => t.Length == 1 && char.IsDigit(t[0])));
        Assert.Contains("flip up-down", texts);
        Assert.Contains("flip left-right", texts);
        Assert.Contains("[[1, 2, 3], [2, 2, 3], [3, 3, 3]], flipped up-down gives [[3, 3, 3], [2, 2, 3], [1, 2, 3]], then flipped left-right gives [[3, 3, 3], [3, 2, 2], [3, 2, 1]]", figure.AltText);
        Assert.Contains("convolution and correlation give different results", figure.AltText);
    }

    [Fact]
    public void Flip_of_the_blur_kernel_says_it_is_the_same_after_rotation()
    {
        Figure figure = Diagrams.Flip(Kernels.BoxBlur(3));

        Assert.Contains("0.111", Texts(SvgOf(figure)));
        Assert.Contains("looks the same after the rotation", figure.AltText);
    }

    [Fact]
    public void Sliding_window_highlights_the_window_and_its_output_pixel()
    {
        Figure figure = Diagrams.SlidingWindow(10, 10, 3, 3, 4, 2);

        var texts = Texts(SvgOf(figure));
        Assert.Contains("image 10 x 10", texts);
        Assert.Contains("valid output 8 x 8", texts);
        Assert.Contains("output[4, 2] = sum of image[4:7, 2:5] * kernel (element-wise)", texts);
        Assert.Contains("rows 4 to 6, cols 2 to 4", figure.AltText);
    }

    [Fact]
    public void Sliding_window_rejects_a_window_that_leaves_the_image()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Diagrams.SlidingWindow(10, 10, 3, 3, 8, 0));

        Assert.Equal("row", e.ParamName);
        Assert.Contains("0 to 7", e.Message);
    }
}
