using BenchmarkDotNet.Reports;

namespace Convolution.Teaching.Benchmarks;

/// <summary>One benchmark's median.</summary>
/// <param name="Class">The benchmark class (FilterBenchmarks, ...).</param>
/// <param name="Method">The method's description, e.g. "FastFilters, 1 thread".</param>
/// <param name="Size">The image side, when the class has that parameter.</param>
/// <param name="Kernel">The kernel name, when the class has that parameter.</param>
/// <param name="MedianMs">The median time of one call, in milliseconds.</param>
/// <param name="MinMs">The fastest iteration's time of one call, in milliseconds.</param>
public sealed record Measurement(string Class, string Method, int? Size, string? Kernel, double MedianMs, double MinMs);

/// <summary>The medians of a run, looked up by what was measured.</summary>
public sealed class Results
{
    private readonly List<Measurement> measurements;

    private Results(List<Measurement> measurements) => this.measurements = measurements;

    /// <summary>How many benchmarks produced a median.</summary>
    public int Count => measurements.Count;

    /// <summary>Every measurement, in run order.</summary>
    public IReadOnlyList<Measurement> All => measurements;

    /// <summary>The medians from BenchmarkDotNet's summaries (benchmarks that failed have none and are left out).</summary>
    public static Results From(IReadOnlyList<Summary> summaries)
    {
        var list = new List<Measurement>();
        foreach (Summary summary in summaries)
        {
            foreach (BenchmarkReport report in summary.Reports)
            {
                if (report.ResultStatistics is not { } stats)
                {
                    continue;
                }

                var bc = report.BenchmarkCase;
                object? size = bc.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value;
                object? kernel = bc.Parameters.Items.FirstOrDefault(p => p.Name == "Kernel")?.Value;
                string method = bc.Descriptor.WorkloadMethodDisplayInfo.Trim('\'', '"');
                list.Add(new Measurement(bc.Descriptor.Type.Name, method, size as int?, kernel as string, stats.Median / 1e6, stats.Min / 1e6));
            }
        }

        return new Results(list);
    }

    /// <summary>The fastest iteration in ms of <paramref name="method"/>, or null when it was not run.</summary>
    public double? Min(string method) => measurements.FirstOrDefault(m => m.Method == method)?.MinMs;

    /// <summary>The median in ms of <paramref name="method"/>, or null when it was not run.</summary>
    public double? Get(string method, int? size = null, string? kernel = null) =>
        measurements.FirstOrDefault(m => m.Method == method && m.Size == size && (kernel is null || m.Kernel == kernel))?.MedianMs;
}
