using System.Globalization;
using System.Text.Json.Nodes;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Convolution.Teaching.Notebooks;

public static partial class Plots
{
    /// <summary>The most output positions <see cref="SlidingWindowAnimation"/> animates (one frame each).</summary>
    internal const int MaxAnimationFrames = 64;

    /// <summary>A loss per step of gradient descent, on a logarithmic axis (it falls by orders of magnitude).</summary>
    /// <param name="loss">The loss before each step and after the last; every value positive.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">No values, or one that is not positive and finite.</exception>
    public static GenericChart LossCurve(double[] loss, string title)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (loss.Length == 0 || loss.Any(v => !(v > 0) || !double.IsFinite(v)))
        {
            throw new ArgumentException("loss needs at least one value, each positive and finite (a logarithmic axis cannot show 0).", nameof(loss));
        }

        GenericChart line = CSharpChart.Line<int, double, string>(x: Enumerable.Range(0, loss.Length).ToArray(), y: loss, Name: "loss", ShowMarkers: loss.Length <= 60);
        PlotlyParts.SetOnTraces(line, ("hovertemplate", "step %{x}: loss %{y:.3g}<extra></extra>"));
        return PlotlyParts.AddLayout(line,
            ("title", PlotlyParts.Title(title)),
            ("xaxis", new Dictionary<string, object> { ["title"] = PlotlyParts.Title("step") }),
            ("yaxis", new Dictionary<string, object> { ["title"] = PlotlyParts.Title("mean squared error (log scale)"), ["type"] = "log", ["exponentformat"] = "power" }),
            ("width", 720),
            ("height", 400));
    }

    /// <summary>
    /// The sliding window as an animation that plays in the notebook and on the static site: the image on the left with
    /// its numbers, the window outlined over it; the valid-mode output on the right, filled in one pixel per frame; above,
    /// the frame's sum of products written out (<c>out[r, c] = a x w + ... = total</c>). A Play button and a slider step
    /// through the frames. The numbers are the library's <see cref="Filters.CorrelateValid{T}"/>.
    /// </summary>
    /// <param name="image">A small image (at most 12 x 12), indexed [row, col].</param>
    /// <param name="kernel">The kernel, no larger than the image; at most 64 output positions.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">The image is larger than 12 x 12, the kernel does not fit, or there are more than 64 positions.</exception>
    public static Figure SlidingWindowAnimation(double[,] image, double[,] kernel, string title)
    {
        JsonObject figure = SlidingWindowFigure(image, kernel, title);
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var (outRows, outCols) = Filters.OutputShape(image.GetLength(0), image.GetLength(1), kRows, kCols, OutputMode.Valid);
        string alt = $"{title}. An animation with a Play button and a slider of {outRows * outCols} steps: on the left the " +
            $"{image.GetLength(0)} x {image.GetLength(1)} image with its numbers and a {kRows} x {kCols} window outlined over it, moving " +
            $"one pixel right at a time and then to the next row; on the right the {outRows} x {outCols} output filling in, one pixel per step; " +
            "above, the window's products and their sum.";
        return new Figure(PlotlyHtml.Render(figure.ToJsonString()), alt);
    }

    /// <summary>The figure <see cref="SlidingWindowAnimation"/> shows, as Plotly JSON with <c>frames</c>.</summary>
    internal static JsonObject SlidingWindowFigure(double[,] image, double[,] kernel, string title)
    {
        CheckArray(image, nameof(image));
        CheckArray(kernel, nameof(kernel));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        int rows = image.GetLength(0), cols = image.GetLength(1), kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        if (rows > 12 || cols > 12)
        {
            throw new ArgumentException($"image is {rows} x {cols}: the animation writes every number in its cell, so give at most 12 x 12.", nameof(image));
        }

        if (kRows > rows || kCols > cols)
        {
            throw new ArgumentException($"kernel is {kRows} x {kCols} but image is {rows} x {cols}: in valid mode the kernel must fit inside the image.", nameof(kernel));
        }

        double[,] output = Filters.CorrelateValid(image, kernel);
        int outRows = output.GetLength(0), outCols = output.GetLength(1);
        if (outRows * outCols > MaxAnimationFrames)
        {
            throw new ArgumentException($"{outRows * outCols} window positions: give a smaller image or a larger kernel (at most {MaxAnimationFrames} frames).", nameof(image));
        }

        var frames = new JsonArray();
        var steps = new JsonArray();
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                int index = (r * outCols) + c;
                string name = $"{r},{c}";
                frames.Add(new JsonObject
                {
                    ["name"] = name,
                    ["traces"] = new JsonArray(1),
                    ["data"] = new JsonArray(OutputTrace(output, index)),
                    ["layout"] = FrameLayout(image, kernel, output, r, c),
                });
                steps.Add(new JsonObject
                {
                    ["label"] = $"({r}, {c})",
                    ["method"] = "animate",
                    ["args"] = new JsonArray(new JsonArray(name), Immediate(0)),
                });
            }
        }

        JsonObject layout = FrameLayout(image, kernel, output, 0, 0);
        layout["title"] = new JsonObject { ["text"] = title };
        layout["grid"] = new JsonObject { ["rows"] = 1, ["columns"] = 2, ["pattern"] = "independent" };
        layout["xaxis"] = CellAxis("image: col", cols, null);
        layout["yaxis"] = CellAxis("row", rows, "x");
        layout["xaxis2"] = CellAxis("output: col", outCols, null);
        layout["yaxis2"] = CellAxis("row", outRows, "x2");
        layout["width"] = 760;
        layout["height"] = 500;
        layout["margin"] = new JsonObject { ["t"] = 110 };
        layout["showlegend"] = false;
        layout["sliders"] = new JsonArray(new JsonObject
        {
            ["active"] = 0,
            ["currentvalue"] = new JsonObject { ["prefix"] = "output pixel " },
            ["pad"] = new JsonObject { ["t"] = 50 },
            ["steps"] = steps,
        });
        layout["updatemenus"] = new JsonArray(new JsonObject
        {
            ["type"] = "buttons",
            ["showactive"] = false,
            ["x"] = 0,
            ["y"] = -0.12,
            ["xanchor"] = "right",
            ["buttons"] = new JsonArray(
                new JsonObject { ["label"] = "Play", ["method"] = "animate", ["args"] = new JsonArray(null, Playing()) },
                new JsonObject { ["label"] = "Pause", ["method"] = "animate", ["args"] = new JsonArray(new JsonArray((JsonNode?)null), Immediate(0)) }),
        });

        var imageTrace = new JsonObject
        {
            ["type"] = "heatmap",
            ["z"] = Rows(image),
            ["text"] = Labels(image, _ => true),
            ["texttemplate"] = "%{text}",
            ["colorscale"] = Gray(),
            ["showscale"] = false,
            ["xaxis"] = "x",
            ["yaxis"] = "y",
            ["hovertemplate"] = "image[%{y}, %{x}] = %{z}<extra></extra>",
        };
        return new JsonObject
        {
            ["data"] = new JsonArray(imageTrace, OutputTrace(output, 0)),
            ["layout"] = layout,
            ["frames"] = frames,
        };
    }

    /// <summary>The output heatmap with the first <paramref name="upTo"/> + 1 pixels (row by row) filled and the rest empty.</summary>
    private static JsonObject OutputTrace(double[,] output, int upTo)
    {
        int cols = output.GetLength(1);
        var z = new JsonArray();
        var text = new JsonArray();
        for (int r = 0; r < output.GetLength(0); r++)
        {
            var zRow = new JsonArray();
            var tRow = new JsonArray();
            for (int c = 0; c < cols; c++)
            {
                bool done = (r * cols) + c <= upTo;
                zRow.Add(done ? (JsonNode)JsonValue.Create(PlotlyParts.Round6(output[r, c])) : null);
                // JsonValue.Create, not Add(string): file-based apps turn reflection-based JSON off.
                tRow.Add((JsonNode)JsonValue.Create(done ? Html.Number(output[r, c]) : string.Empty));
            }

            z.Add(zRow);
            text.Add(tRow);
        }

        double min = output.Cast<double>().Min(), max = output.Cast<double>().Max();
        return new JsonObject
        {
            ["type"] = "heatmap",
            ["z"] = z,
            ["text"] = text,
            ["texttemplate"] = "%{text}",
            ["colorscale"] = Gray(),
            ["zmin"] = min,
            ["zmax"] = max > min ? max : min + 1,
            ["showscale"] = false,
            ["xaxis"] = "x2",
            ["yaxis"] = "y2",
            ["hoverongaps"] = false,
            ["hovertemplate"] = "out[%{y}, %{x}] = %{z}<extra></extra>",
        };
    }

    /// <summary>What changes from frame to frame in the layout: the two outlines and the written-out sum.</summary>
    private static JsonObject FrameLayout(double[,] image, double[,] kernel, double[,] output, int r, int c)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        return new JsonObject
        {
            ["shapes"] = new JsonArray(
                Outline("x", "y", c - 0.5, r - 0.5, c + kCols - 0.5, r + kRows - 0.5, SvgCanvas.Blue),
                Outline("x2", "y2", c - 0.5, r - 0.5, c + 0.5, r + 0.5, SvgCanvas.Orange)),
            ["annotations"] = new JsonArray(new JsonObject
            {
                ["text"] = ProductSum(image, kernel, output, r, c),
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["x"] = 0.5,
                ["y"] = 1.13,
                ["showarrow"] = false,
                ["font"] = new JsonObject { ["size"] = 12 },
            }),
        };
    }

    /// <summary>"out[0, 1] = 1 x 2 + 0 x 3 + ... = 17", with every product in the window's row-major order.</summary>
    internal static string ProductSum(double[,] image, double[,] kernel, double[,] output, int r, int c)
    {
        var terms = new List<string>();
        for (int i = 0; i < kernel.GetLength(0); i++)
        {
            for (int j = 0; j < kernel.GetLength(1); j++)
            {
                terms.Add($"{Html.Number(image[r + i, c + j])}·{Html.Number(kernel[i, j])}");
            }
        }

        string sum = string.Join(" + ", terms).Replace("+ -", "- ", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"out[{r}, {c}] = {sum} = {Html.Number(output[r, c])}");
    }

    private static JsonObject Outline(string xref, string yref, double x0, double y0, double x1, double y1, string color) => new()
    {
        ["type"] = "rect",
        ["xref"] = xref,
        ["yref"] = yref,
        ["x0"] = x0,
        ["y0"] = y0,
        ["x1"] = x1,
        ["y1"] = y1,
        ["line"] = new JsonObject { ["color"] = color, ["width"] = 4 },
    };

    private static JsonObject CellAxis(string title, int cells, string? scaleAnchor)
    {
        var axis = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = title },
            ["tickmode"] = "linear",
            ["dtick"] = 1,
            ["range"] = new JsonArray(-0.5, cells - 0.5),
            ["showgrid"] = false,
            ["zeroline"] = false,
        };
        if (scaleAnchor is not null)
        {
            axis["range"] = new JsonArray(cells - 0.5, -0.5);
            axis["scaleanchor"] = scaleAnchor;
        }

        return axis;
    }

    private static JsonObject Immediate(int milliseconds) => new()
    {
        ["mode"] = "immediate",
        ["frame"] = new JsonObject { ["duration"] = milliseconds, ["redraw"] = true },
        ["transition"] = new JsonObject { ["duration"] = 0 },
    };

    private static JsonObject Playing() => new()
    {
        ["fromcurrent"] = true,
        ["frame"] = new JsonObject { ["duration"] = 900, ["redraw"] = true },
        ["transition"] = new JsonObject { ["duration"] = 0 },
    };

    private static JsonArray Gray() => new(new JsonArray(0.0, "rgb(40,40,40)"), new JsonArray(1.0, "rgb(235,235,235)"));

    private static JsonArray Rows(double[,] values) =>
        new([.. Enumerable.Range(0, values.GetLength(0)).Select(r =>
            (JsonNode)new JsonArray([.. Enumerable.Range(0, values.GetLength(1)).Select(c => (JsonNode?)JsonValue.Create(PlotlyParts.Round6(values[r, c])))]))]);

    private static JsonArray Labels(double[,] values, Func<double, bool> show) =>
        new([.. Enumerable.Range(0, values.GetLength(0)).Select(r =>
            (JsonNode)new JsonArray([.. Enumerable.Range(0, values.GetLength(1)).Select(c => (JsonNode?)(show(values[r, c]) ? Html.Number(values[r, c]) : string.Empty))]))]);
}
