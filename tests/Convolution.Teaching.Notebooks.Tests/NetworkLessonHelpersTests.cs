using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks.Tests;

/// <summary>Lesson 10's pictures: where the window lands, the sliding-window animation, the loss curve, a colour image.</summary>
public class NetworkLessonHelpersTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly double[,] Image = Arrays.FromRows<double>([1, 2, 0, 3], [0, 1, 2, 1], [3, 0, 1, 2], [1, 1, 0, 0]);

    private static readonly double[,] Kernel = Arrays.FromRows<double>([1, 0], [2, -1]);

    private static List<XElement> Rects(Figure figure)
    {
        string tag = Assert.Single(HtmlParts.ImgTags(figure.Html));
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(HtmlParts.DataUrlBytes(tag, "image/svg+xml")));
        return svg.Descendants(Svg + "rect").ToList();
    }

    [Fact]
    public void Window_positions_draws_one_row_per_output_with_k_taps_each_and_says_so()
    {
        // n = 7, k = 3, p = 1, s = 2, d = 2: 9 cells, 3 outputs starting at cells 0, 2, 4 of the padded row (-1, 1, 3 of the input).
        Figure figure = Diagrams.WindowPositions(7, 3, 1, 2, 2);

        // The canvas background, 9 input cells, then per output one span and 3 taps.
        Assert.Equal(1 + 9 + (3 * (1 + 3)), Rects(figure).Count);
        string alt = HtmlParts.AssertEveryImgHasAlt(figure.Html).Single();
        Assert.Contains("n = 7, k = 3, p = 1, s = 2, d = 2", alt);
        Assert.Contains("3 rows, one per output", alt);
        Assert.Contains("2 cells apart, spanning 5 cells", alt);
        Assert.Contains("starting at cell -1, 1, 3", alt);
        Assert.Contains("The last window ends on the last cell.", alt);
    }

    [Fact]
    public void Window_positions_marks_the_cells_no_window_reaches()
    {
        // n = 8, k = 3, s = 2: windows at 0, 2, 4 end at 6; cell 7 is never covered.
        string alt = HtmlParts.AssertEveryImgHasAlt(Diagrams.WindowPositions(8, 3, 0, 2, 1).Html).Single();

        Assert.Contains("The last 1 cell is never covered", alt);
    }

    [Fact]
    public void Window_positions_refuses_a_window_that_does_not_fit_with_the_librarys_message()
    {
        var e = Assert.Throws<ArgumentException>(() => Diagrams.WindowPositions(3, 5));

        Assert.Contains("does not fit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_animation_has_one_frame_per_output_pixel_each_filling_one_more()
    {
        JsonObject figure = Plots.SlidingWindowFigure(Image, Kernel, "Sliding");

        JsonArray frames = figure["frames"]!.AsArray();
        Assert.Equal(9, frames.Count);
        Assert.Equal(9, figure["layout"]!["sliders"]![0]!["steps"]!.AsArray().Count);
        for (int f = 0; f < 9; f++)
        {
            JsonArray z = frames[f]!["data"]![0]!["z"]!.AsArray();
            int filled = z.Sum(row => row!.AsArray().Count(v => v is not null));
            Assert.Equal(f + 1, filled);
        }

        Assert.Equal("animate", figure["layout"]!["updatemenus"]![0]!["buttons"]![0]!["method"]!.GetValue<string>());
    }

    [Fact]
    public void The_animations_last_frame_is_the_librarys_valid_correlation()
    {
        JsonObject figure = Plots.SlidingWindowFigure(Image, Kernel, "Sliding");

        JsonArray z = figure["frames"]![8]!["data"]![0]!["z"]!.AsArray();
        double[,] expected = Filters.CorrelateValid(Image, Kernel);
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                Assert.Equal(expected[r, c], z[r]![c]!.GetValue<double>());
            }
        }
    }

    [Fact]
    public void Each_frame_writes_out_its_products_and_their_sum()
    {
        // out[0, 0] = 1*1 + 2*0 + 0*2 + 1*(-1) = 0; out[0, 1] = 2*1 + 0*0 + 1*2 + 2*(-1) = 2.
        double[,] output = Filters.CorrelateValid(Image, Kernel);

        Assert.Equal("out[0, 0] = 1·1 + 2·0 + 0·2 + 1·-1 = 0", Plots.ProductSum(Image, Kernel, output, 0, 0));
        Assert.Equal("out[0, 1] = 2·1 + 0·0 + 1·2 + 2·-1 = 2", Plots.ProductSum(Image, Kernel, output, 0, 1));
        JsonObject figure = Plots.SlidingWindowFigure(Image, Kernel, "Sliding");
        Assert.Equal("out[0, 1] = 2·1 + 0·0 + 1·2 + 2·-1 = 2", figure["frames"]![1]!["layout"]!["annotations"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void The_animations_html_adds_the_frames_once_the_chart_is_drawn_and_has_alt_text()
    {
        Figure figure = Plots.SlidingWindowAnimation(Image, Kernel, "Sliding");

        Assert.Contains("P.addFrames(id, figure.frames)", figure.Html, StringComparison.Ordinal);
        Assert.Contains("\"frames\":[", figure.Html, StringComparison.Ordinal);
        Assert.Contains("slider of 9 steps", figure.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_animation_refuses_an_image_too_large_to_label()
    {
        var e = Assert.Throws<ArgumentException>(() => Plots.SlidingWindowFigure(Arrays.Zeros(13, 5), Kernel, "t"));

        Assert.Contains("at most 12 x 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loss_curve_plots_every_step_on_a_log_axis()
    {
        GenericChart chart = Plots.LossCurve([1, 0.1, 0.01], "Loss");

        JsonElement json = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;
        Assert.Equal([0, 1, 2], json.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal("log", json.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Throws<ArgumentException>(() => Plots.LossCurve([1, 0], "Loss"));
    }

    [Fact]
    public void A_colour_image_is_shown_as_an_rgb_png_with_its_alt_text()
    {
        var channels = new ColorChannels(Arrays.FromRows<byte>([255, 0]), Arrays.FromRows<byte>([0, 255]), Arrays.FromRows<byte>([0, 0]));

        Figure figure = Show.Color(channels, "Two pixels", "A red pixel beside a green one");

        Assert.Equal("A red pixel beside a green one", HtmlParts.AssertEveryImgHasAlt(figure.Html).Single());
        Assert.Contains("data:image/png;base64,", figure.Html, StringComparison.Ordinal);
    }
}
