using System.Text.Json;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks.Tests;

public class PlotsTests
{
    private static JsonElement Json(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    private static double[][] Matrix(JsonElement z) =>
        z.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    [Fact]
    public void Heatmap_carries_the_values_row_by_row_with_row_zero_at_the_top()
    {
        var values = Arrays.FromRows<double>([1, 2, 3], [4, 5, 6]);

        JsonElement figure = Json(Plots.Heatmap(values, "window"));

        JsonElement trace = figure.GetProperty("data")[0];
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal(new[] { new double[] { 1, 2, 3 }, new double[] { 4, 5, 6 } }, Matrix(trace.GetProperty("z")));
        Assert.Equal("reversed", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("window", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Heatmap_hover_shows_row_column_and_value()
    {
        JsonElement trace = Json(Plots.Heatmap(new double[2, 2], "t")).GetProperty("data")[0];

        string hover = trace.GetProperty("hovertemplate").GetString()!;
        Assert.Contains("row %{y}", hover);
        Assert.Contains("col %{x}", hover);
        Assert.Contains("%{z}", hover);
    }

    [Fact]
    public void Heatmap_of_a_small_array_writes_each_number_in_its_cell()
    {
        JsonElement layout = Json(Plots.Heatmap(Kernels.BoxBlur(3), "kernel")).GetProperty("layout");

        var labels = layout.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(9, labels.Count);
        Assert.All(labels, a => Assert.Equal("0.1111", a.GetProperty("text").GetString()));
        Assert.Contains(labels, a => a.GetProperty("x").GetInt32() == 2 && a.GetProperty("y").GetInt32() == 1);
    }

    [Fact]
    public void Heatmap_without_annotate_or_of_a_large_array_has_no_cell_labels()
    {
        Assert.False(Json(Plots.Heatmap(new double[3, 3], "t", annotate: false)).GetProperty("layout").TryGetProperty("annotations", out _));
        Assert.False(Json(Plots.Heatmap(new double[20, 20], "t")).GetProperty("layout").TryGetProperty("annotations", out _));
    }

    [Fact]
    public void Histogram_of_small_integers_has_one_bar_per_value_with_hand_counted_heights()
    {
        var image = Arrays.FromRows<double>([0, 1], [1, 2]);

        JsonElement trace = Json(Plots.Histogram("h", ("image", image))).GetProperty("data")[0];

        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal("image", trace.GetProperty("name").GetString());
        Assert.Equal(new double[] { 0, 1, 2 }, trace.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(new long[] { 1, 2, 1 }, trace.GetProperty("y").EnumerateArray().Select(v => v.GetInt64()));
    }

    [Fact]
    public void Histogram_overlays_series_on_shared_bins_and_counts_every_pixel()
    {
        double[,] original = Arrays.Scale(255.0, Arrays.Random(40, 50, seed: 1));
        double[,] blurred = Filters.Correlate(original, Kernels.BoxBlur(5));

        JsonElement figure = Json(Plots.Histogram("before and after", ("original", original), ("blurred", blurred)));

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, traces.Count);
        Assert.Equal("overlay", figure.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Equal(traces[0].GetProperty("x").GetRawText(), traces[1].GetProperty("x").GetRawText());
        Assert.Equal(64, traces[0].GetProperty("y").GetArrayLength());
        Assert.Equal(40 * 50, traces[0].GetProperty("y").EnumerateArray().Sum(v => v.GetInt64()));
        Assert.Equal(36 * 46, traces[1].GetProperty("y").EnumerateArray().Sum(v => v.GetInt64()));
    }

    [Fact]
    public void Threshold_slider_has_one_frame_and_one_slider_step_per_threshold()
    {
        var image = Arrays.FromRows<double>([1, 20], [15, 16]);

        JsonElement figure = Json(Plots.ThresholdSlider(image, [10, 15], 200, "threshold"));

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, traces.Count);
        // cv2.threshold(img, 10, 200, BINARY): 1 -> 0, others -> 200; at 15, 15 is not above 15.
        Assert.Equal(new[] { new double[] { 0, 200 }, new double[] { 200, 200 } }, Matrix(traces[0].GetProperty("z")));
        Assert.Equal(new[] { new double[] { 0, 200 }, new double[] { 0, 200 } }, Matrix(traces[1].GetProperty("z")));
        Assert.True(traces[0].GetProperty("visible").GetBoolean());
        Assert.False(traces[1].GetProperty("visible").GetBoolean());
        JsonElement steps = figure.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps");
        Assert.Equal(2, steps.GetArrayLength());
        Assert.Equal("15", steps[1].GetProperty("label").GetString());
        Assert.Equal("[false,true]", steps[1].GetProperty("args")[0].GetProperty("visible").GetRawText());
    }

    [Fact]
    public void Threshold_slider_on_a_lesson_sized_image_stays_under_two_megabytes_of_html()
    {
        double[,] image = Arrays.Scale(100.0, Arrays.Random(300, 451, seed: 7));
        double[] thresholds = [5, 10, 15, 20, 25, 30, 40, 50, 60, 70];

        GenericChart chart = Plots.ThresholdSlider(image, thresholds, 200, "threshold");
        string html = PlotlyHtml.Render(chart);

        Assert.True(html.Length < 2_000_000, $"threshold slider HTML is {html.Length:N0} characters");
        JsonElement figure = Json(chart);
        Assert.Equal(10, figure.GetProperty("data").GetArrayLength());
        // Sampled: every s-th row and column, with s read from the x coordinates and said in the title.
        JsonElement first = figure.GetProperty("data")[0];
        int stride = first.GetProperty("x")[1].GetInt32() - first.GetProperty("x")[0].GetInt32();
        Assert.True(stride > 1);
        Assert.Equal((300 + stride - 1) / stride, first.GetProperty("z").GetArrayLength());
        Assert.Contains($"every {stride}", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Threshold_slider_with_a_fractional_max_value_still_stays_under_two_megabytes()
    {
        double[,] image = Arrays.Random(300, 451, seed: 11);

        string html = PlotlyHtml.Render(Plots.ThresholdSlider(image, [0.1, 0.3, 0.5, 0.7, 0.9], 1.0 / 3, "threshold"));

        Assert.True(html.Length < 2_000_000, $"threshold slider HTML is {html.Length:N0} characters");
    }

    [Fact]
    public void Threshold_slider_keeps_small_images_whole()
    {
        JsonElement trace = Json(Plots.ThresholdSlider(new double[50, 50], [1], 255, "t")).GetProperty("data")[0];

        Assert.Equal(50, trace.GetProperty("z").GetArrayLength());
        Assert.Equal(49, trace.GetProperty("x")[49].GetInt32());
    }

    [Fact]
    public void Canny_threshold_slider_shows_the_edges_of_each_threshold_pair_as_zeros_and_ones()
    {
        // A vertical step of 25: |gx| = 100 on the two columns beside it, thinned to the left one (column 3).
        double[,] step = Arrays.Map(new double[6, 8], (r, c, _, _) => c >= 4 ? 25.0 : 0);

        JsonElement figure = Json(Plots.CannyThresholdSlider(step, [(50, 99), (50, 100)], "canny"));

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(new double[] { 0, 0, 0, 1, 0, 0, 0, 0 }, Matrix(traces[0].GetProperty("z"))[2]);
        Assert.All(Matrix(traces[1].GetProperty("z")).SelectMany(row => row), v => Assert.Equal(0, v)); // 100 is not above 100
        Assert.Equal("50 / 100", figure.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps")[1].GetProperty("label").GetString());
    }

    [Fact]
    public void Canny_threshold_slider_keeps_five_steps_of_the_lesson_sized_image_whole_under_two_megabytes()
    {
        double[,] image = Arrays.Scale(255.0, Arrays.Random(300, 451, seed: 5));

        GenericChart chart = Plots.CannyThresholdSlider(image, [(25, 50), (50, 100), (100, 200), (150, 300), (200, 400)], "canny");

        Assert.True(PlotlyHtml.Render(chart).Length < 2_000_000);
        Assert.Equal(300, Json(chart).GetProperty("data")[0].GetProperty("z").GetArrayLength());
    }

    [Fact]
    public void Kernel_size_slider_frames_are_numbers_of_the_blurred_image()
    {
        var image = new byte[9, 9];
        image[4, 4] = 90;

        JsonElement figure = Json(Plots.KernelSizeSlider(image, [1, 3], "blur"));

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Number, traces[0].GetProperty("z")[4][4].ValueKind);
        Assert.Equal(90, traces[0].GetProperty("z")[4][4].GetDouble());
        Assert.Equal(10, traces[1].GetProperty("z")[4][4].GetDouble());
        Assert.Equal("3x3", figure.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps")[1].GetProperty("label").GetString());
    }

    [Fact]
    public void Bar_with_log_axis_and_its_values_as_text()
    {
        JsonElement figure = Json(Plots.Bar("timings", ["im_conv", "OpenCV"], [120, 1.5], "milliseconds", logY: true));

        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        JsonElement trace = figure.GetProperty("data")[0];
        Assert.Equal(new[] { "im_conv", "OpenCV" }, trace.GetProperty("x").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(new[] { "120", "1.5" }, trace.GetProperty("text").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Bar_rejects_non_positive_values_on_a_log_axis()
    {
        var e = Assert.Throws<ArgumentException>(() => Plots.Bar("t", ["a"], [0], "ms", logY: true));

        Assert.Equal("values", e.ParamName);
        Assert.Contains("logY: false", e.Message);
    }
    [Fact]
    public void Products_heatmap_shows_the_valid_correlation_and_hover_lists_each_product_and_the_sum()
    {
        double[,] image = Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]);
        double[,] kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        JsonElement figure = Json(Plots.ProductsHeatmap(image, kernel, "products"));

        JsonElement trace = figure.GetProperty("data")[0];
        Assert.Equal(new[] { new double[] { 19, 25 }, new double[] { 37, 43 } }, Matrix(trace.GetProperty("z")));
        Assert.Equal("%{text}<extra></extra>", trace.GetProperty("hovertemplate").GetString());
        string topLeft = trace.GetProperty("text")[0][0].GetString()!;
        Assert.Contains("im[0, 0] x k[0, 0] = 0 x 0 = 0", topLeft);
        Assert.Contains("im[1, 1] x k[1, 1] = 4 x 3 = 12", topLeft);
        Assert.EndsWith("sum = 19", topLeft);
        Assert.Equal(4, figure.GetProperty("layout").GetProperty("annotations").GetArrayLength());
    }

    [Fact]
    public void Products_heatmap_refuses_an_output_too_large_to_label_and_a_kernel_larger_than_the_image()
    {
        Assert.Throws<ArgumentException>(() => Plots.ProductsHeatmap(new double[20, 20], new double[3, 3], "t"));
        Assert.Throws<ArgumentException>(() => Plots.ProductsHeatmap(new double[2, 2], new double[3, 3], "t"));
    }
}
