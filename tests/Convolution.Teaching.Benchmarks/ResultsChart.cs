using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// The benchmark chart, built with Plotly.NET (through Plotly.NET.CSharp, whose chart functions C# can
/// call) like every other chart of the repository, so it draws
/// with the same plotly.js (2.28.0, the version Plotly.NET 6.0.0 references) instead of a second one.
/// </summary>
public static class ResultsChart
{
    /// <summary>One grouped column per main method, image size and kernel; the time axis is logarithmic.</summary>
    /// <param name="results">The run's medians.</param>
    public static GenericChart Build(Results results)
    {
        var categories = Report.Sizes.Reverse().SelectMany(s => BenchData.KernelNames.Select(k => (Size: s, Kernel: k))).ToList();
        var columns = new List<GenericChart>();
        foreach (string method in Report.MainRows)
        {
            var points = categories
                .Select(c => (Label: Label(c.Size, c.Kernel), Ms: Report.Value(results, method, c.Size, c.Kernel)))
                .Where(p => p.Ms is not null)
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            GenericChart column = CSharpChart.Column<double, string, string>(
                values: points.Select(p => p.Ms!.Value).ToArray(), Keys: points.Select(p => p.Label).ToArray(), Name: method);
            // Chart.Column takes no hover template; Plotly.NET traces are dynamic objects that take any plotly.js attribute.
            foreach (Trace trace in GenericChart.getTraces(column))
            {
                trace.SetProperty("hovertemplate", "%{y:.3f} ms<extra>" + method + "</extra>");
            }

            columns.Add(column);
        }

        var layout = new Layout();
        layout.SetProperty("title", new { text = "Same-mode float32 correlation: median time a call (log scale; lower is faster)" });
        layout.SetProperty("barmode", "group");
        layout.SetProperty("yaxis", new { type = "log", title = new { text = "ms" } });
        // Every image and kernel in the same order, also when the first method skipped some of them.
        layout.SetProperty("xaxis", new
        {
            title = new { text = "image and kernel" },
            categoryorder = "array",
            categoryarray = categories.Select(c => Label(c.Size, c.Kernel)).ToList(),
        });
        layout.SetProperty("legend", new { orientation = "h", y = -0.25 });
        // Plotly.NET's default 600 x 600 squeezes 9 methods x 10 columns; the old page was full width.
        layout.SetProperty("width", 1200);
        layout.SetProperty("height", 700);
        return GenericChart.addLayout(layout, CSharpChart.Combine(columns));
    }

    /// <summary>The chart as a plain plotly.js figure (data and layout), JSON.</summary>
    /// <param name="results">The run's medians.</param>
    public static string FigureJson(Results results) => GenericChart.toFigureJson(Build(results));

    /// <summary>A standalone page showing the chart (Plotly.NET's page, which loads its plotly.js from the CDN).</summary>
    /// <param name="results">The run's medians.</param>
    public static string Html(Results results) => GenericChart.toEmbeddedHTML(Build(results));

    private static string Label(int size, string kernel) => $"{size}² {kernel}";
}
