using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// Interactive Plotly charts for the lesson, where looking beats reading. Each method returns a
/// Plotly.NET <see cref="GenericChart"/> made with Plotly.NET.CSharp; the attributes that library
/// does not take (hover text, gray colour map, row 0 at the top, sliders) are set on Plotly.NET's
/// trace and layout objects. A chart renders as Plotly HTML (see <see cref="PlotlyHtml"/>) when it
/// is a cell's value, once <see cref="Notebook.Setup"/> has run.
/// </summary>
public static partial class Plots
{
    /// <summary>Arrays up to this many rows and columns get their numbers written in the cells.</summary>
    public const int MaxAnnotatedSide = 15;

    /// <summary>The JSON budget for the image data of one slider chart; larger images are sampled to fit.</summary>
    public const long SliderDataBudgetBytes = 1_600_000;

    private const string CellHover = "row %{y}, col %{x}<br>value %{z}<extra></extra>";

    /// <summary>
    /// A heatmap of a small array in image orientation (row 0 at the top, square cells, gray: low
    /// black, high white). Hovering a cell shows its row, column and value; with
    /// <paramref name="annotate"/>, arrays up to <see cref="MaxAnnotatedSide"/> x
    /// <see cref="MaxAnnotatedSide"/> also show the numbers in the cells (the 3x3 window, the kernel).
    /// </summary>
    /// <param name="values">The array, indexed [row, col].</param>
    /// <param name="title">The chart title.</param>
    /// <param name="annotate">Write each value in its cell (small arrays only).</param>
    public static GenericChart Heatmap(double[,] values, string title, bool annotate = true)
    {
        CheckArray(values, nameof(values));
        int rows = values.GetLength(0), cols = values.GetLength(1);
        bool small = rows <= MaxAnnotatedSide && cols <= MaxAnnotatedSide;
        GenericChart chart = CSharpChart.Heatmap<double, int, int, string>(
            zData: PlotlyParts.Rows(values),
            X: Enumerable.Range(0, cols).ToArray(),
            Y: Enumerable.Range(0, rows).ToArray(),
            ShowScale: true);
        PlotlyParts.SetOnTraces(chart, ("colorscale", PlotlyParts.Gray), ("hovertemplate", CellHover));
        // Tiny arrays (a 3x3 window) get big cells so the numbers fit; up to 15x15 still fits the page.
        var (width, height) = PlotlyParts.ImageSize(rows, cols, small ? Math.Clamp(300 / Math.Max(rows, cols), 40, 80) : 0);
        var layout = new List<(string, object)>
        {
            ("title", PlotlyParts.Title(title)),
            ("xaxis", PlotlyParts.ColumnAxis(small)),
            ("yaxis", PlotlyParts.RowAxis(small)),
            ("width", width),
            ("height", height),
        };
        if (annotate && small)
        {
            layout.Add(("annotations", CellLabels(values)));
        }

        return PlotlyParts.AddLayout(chart, [.. layout]);
    }

    /// <summary>
    /// The valid-mode cross-correlation of a small image with a kernel (<see cref="Filters.CorrelateValid{T}"/>) as a
    /// heatmap whose cells show the output values; hovering an output pixel lists the products that make it, one line
    /// per kernel entry (<c>im[r + i, c + j] x k[i, j]</c>), and their sum: the window arithmetic for every pixel,
    /// without a cell per pixel. For small images only: the output must be at most <see cref="MaxAnnotatedSide"/> on each side.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel, no larger than the image.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">An empty array, a kernel larger than the image, or an output larger than 15 x 15.</exception>
    public static GenericChart ProductsHeatmap(double[,] image, double[,] kernel, string title)
    {
        CheckArray(image, nameof(image));
        CheckArray(kernel, nameof(kernel));
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        int outRows = image.GetLength(0) - kRows + 1, outCols = image.GetLength(1) - kCols + 1;
        if (outRows < 1 || outCols < 1)
        {
            throw new ArgumentException($"kernel ({kRows} x {kCols}) is larger than image ({image.GetLength(0)} x {image.GetLength(1)}): valid mode has no output.", nameof(kernel));
        }

        if (outRows > MaxAnnotatedSide || outCols > MaxAnnotatedSide)
        {
            throw new ArgumentException(
                $"the output would be {outRows} x {outCols}: ProductsHeatmap writes every value in its cell, so keep it at most {MaxAnnotatedSide} x {MaxAnnotatedSide} (slice a small patch first).", nameof(image));
        }

        double[,] result = Filters.CorrelateValid(image, kernel);
        var text = new string[outRows][];
        for (int r = 0; r < outRows; r++)
        {
            text[r] = new string[outCols];
            for (int c = 0; c < outCols; c++)
            {
                var lines = new List<string>(kRows * kCols + 1) { $"output [{r}, {c}]: the window's products" };
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        double pixel = image[r + i, c + j], weight = kernel[i, j];
                        lines.Add($"im[{r + i}, {c + j}] x k[{i}, {j}] = {Html.Number(pixel)} x {Html.Number(weight)} = {Html.Number(pixel * weight)}");
                    }
                }

                lines.Add($"sum = {Html.Number(result[r, c])}");
                text[r][c] = string.Join("<br>", lines);
            }
        }

        GenericChart chart = Heatmap(result, title);
        return PlotlyParts.SetOnTraces(chart, ("text", text), ("hovertemplate", "%{text}<extra></extra>"));
    }

    /// <summary>
    /// Overlaid intensity histograms, e.g. an image before and after a kernel. The values are binned
    /// here (shared bins for all series) and drawn as bars, so the chart stays small for large images:
    /// integer-valued data spanning at most 256 values gets one bin per value, anything else 64 bins.
    /// </summary>
    /// <param name="title">The chart title.</param>
    /// <param name="series">Named images, e.g. <c>("original", img), ("blurred", blurred)</c>.</param>
    public static GenericChart Histogram(string title, params (string Name, double[,] Values)[] series) =>
        Histogram(title, 0, series);

    /// <summary>Overlaid intensity histograms with a chosen number of equal-width bins.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="bins">The number of bins over the joint value range; 0 picks automatically (see the other overload).</param>
    /// <param name="series">Named images.</param>
    public static GenericChart Histogram(string title, int bins, params (string Name, double[,] Values)[] series)
    {
        if (series is null || series.Length == 0)
        {
            throw new ArgumentException("series is empty: pass at least one (name, image) pair, e.g. (\"original\", img).", nameof(series));
        }

        foreach (var (name, values) in series)
        {
            CheckArray(values, $"series \"{name}\"");
        }

        HistogramBins edges = HistogramBins.For(series.Select(s => s.Values).ToArray(), bins);
        var charts = series.Select(s =>
        {
            long[] counts = edges.Count(s.Values);
            GenericChart bar = CSharpChart.Column<long, double, string>(
                values: counts, Keys: edges.Centres, Name: s.Name, Opacity: 0.6);
            return PlotlyParts.SetOnTraces(bar,
                ("width", edges.Width),
                ("customdata", edges.Labels),
                ("hovertemplate", "%{fullData.name}<br>values %{customdata}: %{y} pixels<extra></extra>"));
        });
        GenericChart chart = CSharpChart.Combine(charts);
        return PlotlyParts.AddLayout(chart,
            ("title", PlotlyParts.Title(title)),
            ("barmode", "overlay"),
            ("bargap", 0),
            ("xaxis", new Dictionary<string, object> { ["title"] = PlotlyParts.Title("pixel value") }),
            ("yaxis", new Dictionary<string, object> { ["title"] = PlotlyParts.Title("number of pixels") }),
            ("width", 720),
            ("height", 420));
    }

    /// <summary>
    /// One chart with a slider: each step shows <c>cv2.threshold(image, t, maxValue, THRESH_BINARY)</c>
    /// (<see cref="Thresholding.Apply{T}"/>: maxValue where the value is above t, else 0) for one
    /// threshold t. Large images are sampled (every s-th row and column, said in the title) so the
    /// chart's HTML stays under about 2 MB.
    /// </summary>
    /// <param name="image">The image, e.g. the result of identity minus blur.</param>
    /// <param name="thresholds">The thresholds, one slider step each, e.g. <c>[5, 10, 15, 20, 30]</c>.</param>
    /// <param name="maxValue">The value of pixels above the threshold (the lesson uses 200); must be positive.</param>
    /// <param name="title">The chart title.</param>
    public static GenericChart ThresholdSlider(double[,] image, double[] thresholds, double maxValue, string title)
    {
        CheckArray(image, nameof(image));
        CheckSteps(thresholds, nameof(thresholds));
        if (thresholds.Any(t => !double.IsFinite(t)))
        {
            throw new ArgumentException("thresholds has a NaN or infinite value: give finite numbers such as [5, 10, 15].", nameof(thresholds));
        }

        if (!double.IsFinite(maxValue) || maxValue <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, "maxValue must be a positive number (the lesson uses 200).");
        }

        // JSON bytes per pixel: the longer of "0.0" and maxValue written in full, plus a comma.
        int bytesPerValue = Math.Max(3, Html.Exact(maxValue).Length) + 1;
        int stride = PlotlyParts.Stride(image.GetLength(0), image.GetLength(1), thresholds.Length, bytesPerValue, SliderDataBudgetBytes);
        string[] labels = thresholds.Select(Html.Number).ToArray();
        if (maxValue == Math.Round(maxValue) && maxValue <= int.MaxValue)
        {
            // Whole numbers print as "200" rather than "200.0": a third less JSON per pixel.
            var whole = thresholds
                .Select(t => PlotlyParts.Sample(Thresholding.Apply(image, t, maxValue, ThresholdType.Binary), stride, v => (int)v))
                .ToArray();
            return ImageSlider(whole, labels, image.GetLength(0), image.GetLength(1), stride, 0, maxValue,
                "threshold: ", title + PlotlyParts.SampledNote(stride));
        }

        var frames = thresholds
            .Select(t => PlotlyParts.Sample(Thresholding.Apply(image, t, maxValue, ThresholdType.Binary), stride, v => v))
            .ToArray();
        return ImageSlider(frames, labels, image.GetLength(0), image.GetLength(1), stride, 0, maxValue,
            "threshold: ", title + PlotlyParts.SampledNote(stride));
    }

    /// <summary>
    /// One chart with a slider over box-blur sizes: each step shows <c>cv2.filter2D(image, -1, box)</c>
    /// for a k x k box kernel (same size, Reflect101 borders, rounded to 8 bits; <see cref="Filters.CorrelateToByte"/>),
    /// on a fixed 0..255 gray scale so the steps compare fairly. Large images are sampled to keep the HTML under about 2 MB.
    /// </summary>
    /// <param name="image">An 8-bit grayscale image.</param>
    /// <param name="sizes">The kernel sizes k, one slider step each, e.g. <c>[1, 3, 5, 9, 15]</c> (1 is the image itself).</param>
    /// <param name="title">The chart title.</param>
    public static GenericChart KernelSizeSlider(byte[,] image, int[] sizes, string title)
    {
        CheckArray(image, nameof(image));
        CheckSteps(sizes, nameof(sizes));
        if (sizes.Any(k => k < 1 || k > Math.Min(image.GetLength(0), image.GetLength(1))))
        {
            throw new ArgumentOutOfRangeException(nameof(sizes), string.Join(", ", sizes),
                $"every size must be between 1 and the image's smaller side ({Math.Min(image.GetLength(0), image.GetLength(1))}).");
        }

        int stride = PlotlyParts.Stride(image.GetLength(0), image.GetLength(1), sizes.Length, 4, SliderDataBudgetBytes);
        var frames = sizes
            .Select(k => PlotlyParts.Sample(Filters.CorrelateToByte(image, Conversions.ToFloat(Kernels.BoxBlur(k))), stride, v => (int)v))
            .ToArray();
        string[] labels = sizes.Select(k => $"{k}x{k}").ToArray();
        return ImageSlider(frames, labels, image.GetLength(0), image.GetLength(1), stride, 0, 255,
            "box blur: ", title + PlotlyParts.SampledNote(stride));
    }

    /// <summary>A bar chart, e.g. timings of the four-loop im_conv against OpenCV.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="labels">One label per bar.</param>
    /// <param name="values">One value per bar; positive when <paramref name="logY"/>.</param>
    /// <param name="yTitle">The y axis title, with its unit, e.g. "milliseconds".</param>
    /// <param name="logY">A logarithmic y axis (for values that differ by orders of magnitude).</param>
    public static GenericChart Bar(string title, string[] labels, double[] values, string yTitle, bool logY)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Length == 0 || labels.Length != values.Length)
        {
            throw new ArgumentException($"labels has {labels.Length} entries and values {values.Length}: give one label per value (at least one).", nameof(values));
        }

        if (logY && values.Any(v => !(v > 0)))
        {
            throw new ArgumentException("values has a value that is not positive, which a logarithmic axis cannot show: pass logY: false.", nameof(values));
        }

        GenericChart chart = CSharpChart.Column<double, string, string>(
            values: values, Keys: labels, MultiText: values.Select(Html.Number).ToArray());
        PlotlyParts.SetOnTraces(chart, ("textposition", "outside"), ("cliponaxis", false), ("hovertemplate", "%{x}: %{y}<extra></extra>"));
        var yaxis = new Dictionary<string, object> { ["title"] = PlotlyParts.Title(yTitle) };
        if (logY)
        {
            yaxis["type"] = "log";
        }

        return PlotlyParts.AddLayout(chart,
            ("title", PlotlyParts.Title(title)),
            ("yaxis", yaxis),
            ("width", Math.Clamp(160 + (90 * labels.Length), 360, 900)),
            ("height", 420));
    }

    private static GenericChart ImageSlider<T>(T[][][] frames, string[] labels, int rows, int cols, int stride, double zMin, double zMax, string prefix, string title)
        where T : IConvertible
    {
        int[] x = PlotlyParts.Indices(cols, stride), y = PlotlyParts.Indices(rows, stride);
        var traces = frames.Select((z, i) =>
        {
            GenericChart frame = CSharpChart.Heatmap<T, int, int, string>(zData: z, X: x, Y: y, ShowScale: false, Name: labels[i]);
            return PlotlyParts.SetOnTraces(frame,
                ("colorscale", PlotlyParts.Gray),
                ("zmin", zMin),
                ("zmax", zMax),
                ("visible", i == 0),
                ("hovertemplate", "row %{y}, col %{x}<br>value %{z}<extra>" + prefix + labels[i] + "</extra>"));
        });
        var (width, height) = PlotlyParts.ImageSize(rows, cols);
        return PlotlyParts.AddLayout(CSharpChart.Combine(traces),
            ("title", PlotlyParts.Title(title)),
            ("xaxis", PlotlyParts.ColumnAxis(false)),
            ("yaxis", PlotlyParts.RowAxis(false)),
            ("showlegend", false),
            ("width", width),
            ("height", height + 80),
            ("sliders", new[] { PlotlyParts.VisibilitySlider(prefix, labels) }));
    }

    private static object[] CellLabels(double[,] values)
    {
        int rows = values.GetLength(0), cols = values.GetLength(1);
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        var labels = new List<object>(rows * cols);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                double v = values[r, c];
                // Dark text on light cells, light text on dark cells: readable on the whole gray scale.
                bool light = max > min ? (v - min) / (max - min) > 0.5 : v > 127;
                labels.Add(new Dictionary<string, object>
                {
                    ["x"] = c,
                    ["y"] = r,
                    ["text"] = Html.Number(v),
                    ["showarrow"] = false,
                    ["font"] = new Dictionary<string, object> { ["color"] = light ? "black" : "white", ["size"] = 12 },
                });
            }
        }

        return [.. labels];
    }

    private static void CheckArray<T>(T[,] values, string name)
    {
        if (values is null)
        {
            throw new ArgumentNullException(name, $"{name} is null: pass a 2D array indexed [row, col].");
        }

        if (values.GetLength(0) == 0 || values.GetLength(1) == 0)
        {
            throw new ArgumentException($"{name} is empty ({values.GetLength(0)} x {values.GetLength(1)}): pass an array with at least one row and one column.", name);
        }
    }

    private static void CheckSteps<T>(T[] steps, string name)
    {
        if (steps is null || steps.Length == 0)
        {
            throw new ArgumentException($"{name} is empty: give at least one slider step.", name);
        }

        if (steps.Length > 40)
        {
            throw new ArgumentException($"{name} has {steps.Length} steps: use at most 40, so the images stay large enough to see.", name);
        }
    }
}
