using System.Globalization;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// The few Plotly attributes that Plotly.NET.CSharp's chart functions do not take (hover templates,
/// fixed colour ranges, sliders, square image pixels), set on Plotly.NET's own trace and layout
/// objects, so every chart stays a <see cref="GenericChart"/>.
/// </summary>
internal static class PlotlyParts
{
    /// <summary>plt.imshow's gray colour map: the lowest value black, the highest white.</summary>
    public static readonly object[][] Gray = [[0.0, "rgb(0,0,0)"], [1.0, "rgb(255,255,255)"]];

    /// <summary>Sets attributes on every trace of the chart (Plotly.NET traces are dynamic objects).</summary>
    public static GenericChart SetOnTraces(GenericChart chart, params (string Key, object Value)[] properties)
    {
        foreach (Trace trace in GenericChart.getTraces(chart))
        {
            foreach (var (key, value) in properties)
            {
                trace.SetProperty(key, value);
            }
        }

        return chart;
    }

    /// <summary>Adds layout attributes (plain dictionaries and arrays serialize as Plotly JSON).</summary>
    public static GenericChart AddLayout(GenericChart chart, params (string Key, object Value)[] properties)
    {
        var layout = new Layout();
        foreach (var (key, value) in properties)
        {
            layout.SetProperty(key, value);
        }

        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>A layout title object.</summary>
    public static Dictionary<string, object> Title(string text) => new() { ["text"] = text };

    /// <summary>An x axis for image columns.</summary>
    public static Dictionary<string, object> ColumnAxis(bool everyIndex) => Axis("col", everyIndex, reversed: false);

    /// <summary>A y axis for image rows: row 0 at the top, pixels square.</summary>
    public static Dictionary<string, object> RowAxis(bool everyIndex) => Axis("row", everyIndex, reversed: true);

    /// <summary>Values rounded to 6 significant digits: what the hover shows, at a third of the JSON size.</summary>
    public static double[][] Rows(double[,] values)
    {
        int rows = values.GetLength(0), cols = values.GetLength(1);
        var result = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            result[r] = new double[cols];
            for (int c = 0; c < cols; c++)
            {
                result[r][c] = Round6(values[r, c]);
            }
        }

        return result;
    }

    /// <summary>A value rounded to 6 significant digits (NaN and infinities unchanged).</summary>
    public static double Round6(double v) =>
        double.IsFinite(v) ? double.Parse(v.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : v;

    /// <summary>
    /// The smallest step s such that keeping every s-th row and column of a rows x cols image, for
    /// <paramref name="frames"/> frames of about <paramref name="bytesPerValue"/> JSON bytes a value,
    /// stays within <paramref name="budgetBytes"/>.
    /// </summary>
    public static int Stride(int rows, int cols, int frames, int bytesPerValue, long budgetBytes)
    {
        int stride = 1;
        while ((long)Ceil(rows, stride) * Ceil(cols, stride) * frames * bytesPerValue > budgetBytes && stride < Math.Max(rows, cols))
        {
            stride++;
        }

        return stride;
    }

    /// <summary>
    /// Every <paramref name="stride"/>-th row and column (starting at 0) as jagged rows, converted
    /// (never byte[]: the JSON writer would turn a byte[] into a base64 string, not numbers).
    /// </summary>
    public static TOut[][] Sample<TIn, TOut>(TIn[,] values, int stride, Func<TIn, TOut> convert)
    {
        int rows = Ceil(values.GetLength(0), stride), cols = Ceil(values.GetLength(1), stride);
        var result = new TOut[rows][];
        for (int r = 0; r < rows; r++)
        {
            result[r] = new TOut[cols];
            for (int c = 0; c < cols; c++)
            {
                result[r][c] = convert(values[r * stride, c * stride]);
            }
        }

        return result;
    }

    /// <summary>The original indices 0, s, 2s, ... below <paramref name="length"/>.</summary>
    public static int[] Indices(int length, int stride) => Enumerable.Range(0, Ceil(length, stride)).Select(i => i * stride).ToArray();

    /// <summary>A caption note for a sampled image, or empty when nothing was left out.</summary>
    public static string SampledNote(int stride) => stride == 1 ? string.Empty
        : $" (every {Ordinal(stride)} row and column shown)";

    /// <summary>A slider whose steps make one trace visible at a time.</summary>
    public static Dictionary<string, object> VisibilitySlider(string prefix, IReadOnlyList<string> labels)
    {
        var steps = labels.Select((label, i) => new Dictionary<string, object>
        {
            ["label"] = label,
            ["method"] = "restyle",
            ["args"] = new object[] { new Dictionary<string, object> { ["visible"] = labels.Select((_, j) => j == i).ToArray() } },
        }).ToArray();
        return new Dictionary<string, object>
        {
            ["active"] = 0,
            ["currentvalue"] = new Dictionary<string, object> { ["prefix"] = prefix },
            ["pad"] = new Dictionary<string, object> { ["t"] = 40 },
            ["steps"] = steps,
        };
    }

    /// <summary>A plot size that fits an image of rows x cols with square pixels.</summary>
    public static (int Width, int Height) ImageSize(int rows, int cols, int cellPixels = 0)
    {
        const int marginX = 140, marginY = 140;
        double plotWidth = cellPixels > 0 ? Math.Clamp(cols * cellPixels, 120, 620) : 560;
        double plotHeight = Math.Clamp(plotWidth * rows / cols, 120, 640);
        return ((int)plotWidth + marginX, (int)plotHeight + marginY);
    }

    private static Dictionary<string, object> Axis(string title, bool everyIndex, bool reversed)
    {
        var axis = new Dictionary<string, object>
        {
            ["title"] = Title(title),
            ["constrain"] = "domain",
            ["showgrid"] = false,
            ["zeroline"] = false,
        };
        if (everyIndex)
        {
            axis["dtick"] = 1;
        }

        if (reversed)
        {
            axis["autorange"] = "reversed";
            axis["scaleanchor"] = "x";
        }

        return axis;
    }

    private static int Ceil(int length, int stride) => (length + stride - 1) / stride;

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
