using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Convolution.Teaching.Notebooks;

/// <summary>Charts of the speed lesson: time against kernel size, one line per method.</summary>
public static class SpeedCharts
{
    /// <summary>
    /// Milliseconds against the kernel's side, one line with markers per method, on a logarithmic time
    /// axis (a direct loop grows with k^2, an FFT hardly at all, so the two cross).
    /// </summary>
    /// <param name="title">The chart title (also the chart's accessible name).</param>
    /// <param name="sizes">The kernel sides k, one per point.</param>
    /// <param name="series">Each method's name and its times in ms, one per size, all positive.</param>
    /// <exception cref="ArgumentException">No series, a series of the wrong length, or a time that is not positive.</exception>
    public static GenericChart TimeOverKernelSize(string title, int[] sizes, params (string Name, double[] Milliseconds)[] series)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (series is null || series.Length == 0)
        {
            throw new ArgumentException("series is empty: pass at least one (name, times) pair.", nameof(series));
        }

        foreach (var (name, ms) in series)
        {
            if (ms is null || ms.Length != sizes.Length || ms.Any(v => !(v > 0)))
            {
                throw new ArgumentException($"series \"{name}\" needs one positive time per size ({sizes.Length}).", nameof(series));
            }
        }

        var traces = series.Select(s =>
        {
            GenericChart line = CSharpChart.Line<int, double, string>(x: sizes, y: s.Milliseconds, Name: s.Name, ShowMarkers: true);
            return PlotlyParts.SetOnTraces(line, ("hovertemplate", "%{fullData.name}<br>" + "%{x} x %{x}: %{y:.3g} ms<extra></extra>"));
        });
        return PlotlyParts.AddLayout(CSharpChart.Combine(traces),
            ("title", PlotlyParts.Title(title)),
            ("xaxis", new Dictionary<string, object> { ["title"] = PlotlyParts.Title("kernel side k (a k x k kernel)") }),
            ("yaxis", new Dictionary<string, object> { ["title"] = PlotlyParts.Title("milliseconds (log scale)"), ["type"] = "log" }),
            ("width", 720),
            ("height", 420));
    }
}
