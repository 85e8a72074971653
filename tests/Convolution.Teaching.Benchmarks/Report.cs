using System.Globalization;
using System.Text;

namespace Convolution.Teaching.Benchmarks;

/// <summary>Turns a run's medians into the markdown table, the target check (<see cref="ResultsChart"/> draws the chart).</summary>
public static class Report
{
    /// <summary>The baseline every ratio is taken against.</summary>
    public const string Baseline = "Cv2.Filter2D, 1 thread";

    /// <summary>Fast path, one thread (separable kernels detected).</summary>
    public const string FastOne = "FastFilters, 1 thread";

    /// <summary>Fast path, all threads.</summary>
    public const string FastAll = "FastFilters, all threads";

    /// <summary>OpenCV's separable filter, one thread.</summary>
    public const string SepOne = "Cv2.SepFilter2D, 1 thread";

    /// <summary>Rows of the main tables (and columns of the chart): the FilterBenchmarks methods, then the separable ones (Gaussian column only).</summary>
    internal static readonly string[] MainRows =
    [
        "Filters.Correlate (reference loop)", FastOne, FastAll, Baseline, "Cv2.Filter2D, default threads",
        SepOne, "Cv2.SepFilter2D, default threads", "FastFilters.CorrelateSeparable, 1 thread", "FastFilters direct (separable off), 1 thread",
    ];

    /// <summary>The image sizes, largest first.</summary>
    internal static readonly int[] Sizes = [2048, 512];

    /// <summary>The whole report as markdown.</summary>
    public static string Markdown(Results results, IReadOnlyList<PairedRatio> pairs, MemoryFloor? floor, RunEnvironment env)
    {
        var md = new StringBuilder();
        md.AppendLine("# Convolution benchmarks (issue 6)");
        md.AppendLine();
        md.AppendLine($"Measured {env.Started:yyyy-MM-dd HH:mm} UTC on {env.Cpu} ({env.Cores} logical cores), {env.Runtime}, {env.OpenCv}.");
        md.AppendLine($"FastFilters here: {env.Fast}.");
        md.AppendLine($"BenchmarkDotNet 0.15.8 in process, 2 warm-ups + 7 iterations of >= 120 ms, medians; the run took {env.MinutesText} min.");
        md.AppendLine($"1-minute load average {env.LoadBefore} at the start and {env.LoadAfter} at the end (above ~0.5, other work shared the cores: expect noise).");
        md.AppendLine("Same-mode correlation with Reflect101 borders (what `cv2.filter2D` computes), float32, random image and kernel values");
        md.AppendLine("unless named. The fast path and OpenCV write into a preallocated output; the reference allocates its padded copy and result.");
        md.AppendLine();
        md.AppendLine("Regenerate: `dotnet run -c Release --project tests/Convolution.Teaching.Benchmarks -- --commit-table`");
        md.AppendLine("(writes artifacts/benchmarks/RESULTS.md, results.html and results.plotly.json, and this file).");
        md.AppendLine();

        double? peak = PeakGflops(results);
        md.AppendLine("## FMA peak of one core");
        md.AppendLine();
        md.AppendLine(peak is double p
            ? $"{F(p, 1)} GFLOP/s (fastest iteration): 12 independent fused-multiply-add chains of {FmaPeakBenchmarks.Lanes} floats, no memory traffic."
            : "Not measured in this run.");
        md.AppendLine();
        if (floor is not null)
        {
            md.AppendLine("## Memory floor");
            md.AppendLine();
            md.AppendLine($"Reading a 2048 x 2048 float32 image and writing another (16 MiB each, each pixel times 2): {F(floor.OneThreadMs, 2)} ms on one thread,");
            md.AppendLine($"{F(floor.TwoThreadsMs, 2)} ms on two. No 2048 x 2048 filter into a second image can be faster; where two threads are no faster than one,");
            md.AppendLine("the memory bus, not the cores, limits the small kernels.");
            md.AppendLine();
        }

        foreach (int size in Sizes)
        {
            md.AppendLine($"## {size} x {size}: median ms (ratio to {Baseline})");
            md.AppendLine();
            md.AppendLine("| method | " + string.Join(" | ", BenchData.KernelNames) + " |");
            md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", BenchData.KernelNames.Length)));
            foreach (string method in MainRows)
            {
                var cells = BenchData.KernelNames.Select(k => Cell(results, method, size, k)).ToList();
                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                md.AppendLine($"| {method} | " + string.Join(" | ", cells) + " |");
            }

            md.AppendLine();
        }

        if (peak is double gflops)
        {
            md.AppendLine("## Fraction of the FMA peak reached (FastFilters, 1 thread; 2 x kH x kW flops a pixel)");
            md.AppendLine();
            md.AppendLine("| image | 11x11 | 31x31 |");
            md.AppendLine("|---|---|---|");
            foreach (int size in Sizes)
            {
                md.AppendLine($"| {size} x {size} | {PeakCell(results, gflops, size, "11x11")} | {PeakCell(results, gflops, size, "31x31")} |");
            }

            md.AppendLine();
        }

        md.AppendLine("## The lesson's image: chelsea, 300 x 451, 3x3 box blur");
        md.AppendLine();
        md.AppendLine("| method | median ms | ratio to Cv2.Filter2D |");
        md.AppendLine("|---|---|---|");
        double? cvChelsea = results.Get("Cv2.Filter2D Same, 1 thread");
        foreach (var m in results.All.Where(m => m.Class == nameof(ChelseaBenchmarks)))
        {
            md.AppendLine($"| {m.Method} | {Ms(m.MedianMs)} | {(cvChelsea is double cv ? F(m.MedianMs / cv, 1) + "x" : "")} |");
        }

        md.AppendLine("| the source lesson's Python `im_conv` (numpy 1.24, from shared/notes/performance.md, not re-measured) | ~340 | |");
        md.AppendLine();
        md.AppendLine("## Targets (2048 x 2048, ratios to Cv2.Filter2D on 1 thread)");
        md.AppendLine();
        md.AppendLine("\"Round-robin\" alternates the two methods and takes the median of the per-round ratios (see PairedRatios.cs): load from");
        md.AppendLine("other processes then falls on both sides of a ratio. A target is judged on it when it was measured, else on the medians above.");
        md.AppendLine();
        md.AppendLine("| target | from the medians above | round-robin | met |");
        md.AppendLine("|---|---|---|---|");
        foreach (var (target, medians, roundRobin, met) in Targets(results, pairs, peak))
        {
            md.AppendLine($"| {target} | {medians} | {roundRobin} | {met} |");
        }

        return md.ToString();
    }

    /// <summary>Each target of issue 6: what it asks, the ratio from the medians, the round-robin ratio, and whether it was met.</summary>
    public static IEnumerable<(string Target, string Medians, string RoundRobin, string Met)> Targets(Results results, IReadOnlyList<PairedRatio> pairs, double? peak)
    {
        var ratioTargets = new (string Target, string Method, string Kernel, string Baseline, string? BaselineKernel, string Pair, double Limit)[]
        {
            ("fast 1 thread, 3x3: <= 0.80x", FastOne, "3x3", Baseline, "3x3", "fast 1 thread / Cv2.Filter2D 1 thread, 3x3", 0.8),
            ("fast 1 thread, 5x5: <= 0.80x", FastOne, "5x5", Baseline, "5x5", "fast 1 thread / Cv2.Filter2D 1 thread, 5x5", 0.8),
            ("fast 1 thread, 11x11: <= 0.80x", FastOne, "11x11", Baseline, "11x11", "fast 1 thread / Cv2.Filter2D 1 thread, 11x11", 0.8),
            ("fast 1 thread, 31x31: <= 0.25x", FastOne, "31x31", Baseline, "31x31", "fast 1 thread / Cv2.Filter2D 1 thread, 31x31", 0.25),
            ("fast all threads, 3x3: <= 0.55x", FastAll, "3x3", Baseline, "3x3", "fast all threads / Cv2.Filter2D 1 thread, 3x3", 0.55),
            ("fast all threads, 5x5: <= 0.55x", FastAll, "5x5", Baseline, "5x5", "fast all threads / Cv2.Filter2D 1 thread, 5x5", 0.55),
            ("fast all threads, 11x11: <= 0.55x", FastAll, "11x11", Baseline, "11x11", "fast all threads / Cv2.Filter2D 1 thread, 11x11", 0.55),
            ("separable 5x5 Gaussian, 1 thread: <= 1.0x Cv2.SepFilter2D 1 thread", FastOne, "5x5 Gaussian", SepOne, null,
                "fast 1 thread (separable detected) / Cv2.SepFilter2D 1 thread, 5x5 Gaussian", 1.0),
        };
        foreach (var t in ratioTargets)
        {
            double? ms = Value(results, t.Method, 2048, t.Kernel);
            double? baseline = t.BaselineKernel is null ? results.Get(t.Baseline, 2048) : results.Get(t.Baseline, 2048, t.BaselineKernel);
            double? fromMedians = ms is double a && baseline is double b ? a / b : null;
            PairedRatio? pair = pairs.FirstOrDefault(p => p.Name == t.Pair);
            string medians = fromMedians is double m ? $"{F(m, 2)}x ({Ms(ms!.Value)} vs {Ms(baseline!.Value)} ms)" : "not run";
            string roundRobin = pair is null ? "not run" : $"{F(pair.Ratio, 2)}x ({Ms(pair.FirstMs)} vs {Ms(pair.SecondMs)} ms, {pair.Rounds} rounds)";
            double? judged = pair?.Ratio ?? fromMedians;
            string met = judged is double j ? Met(j <= t.Limit, $"{F(100 * (t.Limit - j) / t.Limit, 0)}% margin") : "";
            yield return (t.Target, medians, roundRobin, met);
        }

        foreach (string kernel in new[] { "11x11", "31x31" })
        {
            double? ms = results.Get(FastOne, 2048, kernel);
            double? fromMedians = peak is double p && ms is double t ? Gflops(2048, kernel, t) / p : null;
            PairedRatio? pair = pairs.FirstOrDefault(q => q.Name == $"FMA peak loop / fast 1 thread, {kernel}");
            double? fromPair = pair is null ? null : pair.Ratio * ConvolutionFlops(2048, kernel) / FmaPeakBenchmarks.FlopsPerCall;
            double? judged = fromPair ?? fromMedians;
            yield return (
                $"{kernel} direct, 1 thread: >= 45% of FMA peak",
                fromMedians is double f ? $"{F(100 * f, 0)}%" : "not run",
                fromPair is double g ? $"{F(100 * g, 0)}% (peak {F(FmaPeakBenchmarks.FlopsPerCall / (pair!.FirstMs * 1e6), 1)} GFLOP/s beside it)" : "not run",
                judged is double j ? Met(j >= 0.45, $"{F(100 * (j - 0.45), 0)} points") : "");
        }
    }

    /// <summary>The median ms of a method on an image size and kernel (the separable methods ran the Gaussian only); null when not run.</summary>
    internal static double? Value(Results results, string method, int size, string kernel) =>
        results.Get(method, size, kernel) ?? (kernel == "5x5 Gaussian" ? results.Get(method, size) : null);

    private static string Cell(Results results, string method, int size, string kernel)
    {
        double? ms = Value(results, method, size, kernel);
        double? baseline = results.Get(Baseline, size, kernel);
        if (ms is not double t)
        {
            return "";
        }

        return baseline is double b ? $"{Ms(t)} ({F(t / b, 2)}x)" : Ms(t);
    }

    private static string PeakCell(Results results, double peak, int size, string kernel) =>
        results.Get(FastOne, size, kernel) is double t ? $"{F(100 * Gflops(size, kernel, t) / peak, 0)}% ({F(Gflops(size, kernel, t), 1)} GFLOP/s)" : "";

    private static string Met(bool met, string margin) => met ? $"yes, {margin}" : $"no ({margin})";

    // The peak is the best the core can do, so its fastest iteration, not its median, is the measure.
    private static double? PeakGflops(Results results) =>
        results.Min("FMA peak loop") is double ms ? FmaPeakBenchmarks.FlopsPerCall / (ms * 1e6) : null;

    private static double Gflops(int size, string kernel, double ms) => ConvolutionFlops(size, kernel) / (ms * 1e6);

    private static double ConvolutionFlops(int size, string kernel) => 2.0 * BenchData.Size(kernel) * BenchData.Size(kernel) * size * size;

    private static string Ms(double ms) => ms >= 100 ? F(ms, 0) : ms >= 10 ? F(ms, 1) : ms >= 1 ? F(ms, 2) : F(ms, 3);

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
