using System.Globalization;
using System.Text;

namespace Convolution.Teaching.Benchmarks;

/// <summary>The markdown of a <c>--paired-only</c> run: the size sweep against both floors, then the targets met or not.</summary>
public static class PairedReport
{
    /// <summary>Bytes a 2048 x 2048 float32 filter must move at least: read the image, write the result.</summary>
    private const double Bytes = 2.0 * 2048 * 2048 * sizeof(float);

    /// <summary>The report.</summary>
    public static string Markdown(RunEnvironment env, double peakGflops, MemoryFloor floor, IReadOnlyList<SweepRow> sweep, IReadOnlyList<TargetCheck> checks,
        string loadAfterSweep)
    {
        var md = new StringBuilder();
        md.AppendLine($"Measured {env.Started:yyyy-MM-dd HH:mm} UTC on {env.Cpu} ({env.Cores} logical cores), {env.Runtime}, {env.OpenCv}.");
        md.AppendLine($"FastFilters here: {env.Fast}.");
        md.AppendLine($"1-minute load average: {env.LoadBefore} at the start, {loadAfterSweep} after the sweep, {env.LoadAfter} at the end (the run itself adds ~1).");
        md.AppendLine();
        md.AppendLine($"FMA peak of one core: {F(peakGflops, 1)} GFLOP/s. Memory floor (read + write 16 MiB): {F(floor.OneThreadMs, 2)} ms on one thread " +
            $"({F(Bytes / (floor.OneThreadMs * 1e6), 1)} GB/s), {F(floor.TwoThreadsMs, 2)} ms on two ({F(Bytes / (floor.TwoThreadsMs * 1e6), 1)} GB/s).");
        md.AppendLine();
        md.AppendLine("2048 x 2048, Same, Reflect101, random kernels; medians of round-robin rounds in ms (ratio to Cv2.Filter2D 1 thread).");
        md.AppendLine("GB/s is 32 MiB over the time (the floor's rate is the most any filter can show); GFLOP/s counts the direct loop's");
        md.AppendLine("2 kH kW flops a pixel whatever the method (so the FFT can exceed the peak: it does fewer flops).");
        md.AppendLine();
        md.AppendLine("| kernel | Auto 1 thread | Auto picks | direct 1 thread | FFT 1 thread | Auto all threads | Cv2.Filter2D 1 thread | Auto 1 thread GB/s (of floor) | Auto 1 thread GFLOP/s (of peak) | direct GFLOP/s (of peak) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (SweepRow r in sweep)
        {
            double flops = 2.0 * r.Kernel * r.Kernel * 2048 * 2048;
            md.AppendLine($"| {r.Kernel}x{r.Kernel} | {Ms(r.Auto1)} ({F(r.Auto1 / r.Cv1, 2)}x) | {r.Chosen} | {Ms(r.Direct1)} ({F(r.Direct1 / r.Cv1, 2)}x) | " +
                $"{Ms(r.Fft1)} ({F(r.Fft1 / r.Cv1, 2)}x) | {Ms(r.AutoAll)} ({F(r.AutoAll / r.Cv1, 2)}x) | {Ms(r.Cv1)} | " +
                $"{F(Bytes / (r.Auto1 * 1e6), 1)} ({F(100 * floor.OneThreadMs / r.Auto1, 0)}%) | {F(flops / (r.Auto1 * 1e6), 0)} ({F(100 * flops / (r.Auto1 * 1e6) / peakGflops, 0)}%) | " +
                $"{F(flops / (r.Direct1 * 1e6), 0)} ({F(100 * flops / (r.Direct1 * 1e6) / peakGflops, 0)}%) |");
        }

        md.AppendLine();
        md.AppendLine($"Targets: each a round-robin pair (the two methods alternated, median of the per-round ratios), repeated {TargetChecks.Repeats} times; judged on the median repeat.");
        md.AppendLine();
        md.AppendLine("| target | median repeat | the repeats (spread) | met |");
        md.AppendLine("|---|---|---|---|");
        foreach (TargetCheck c in checks)
        {
            bool fraction = !c.AtMost;
            string Show(double v) => fraction ? $"{F(100 * v, 0)}%" : $"{F(v, 3)}x";
            double spread = (c.Values.Max() - c.Values.Min()) / c.Value;
            double margin = c.AtMost ? (c.Limit - c.Value) / c.Limit : c.Value - c.Limit;
            string marginText = fraction ? $"{F(100 * margin, 1)} points" : $"{F(100 * margin, 0)}% margin";
            md.AppendLine($"| {c.Target} | {Show(c.Value)} ({c.Detail}) | {string.Join(", ", c.Values.Select(Show))} ({F(100 * spread, 0)}%) | " +
                $"{(c.Met ? "met" : "not met")}, {marginText} |");
        }

        md.AppendLine();
        md.AppendLine("```");
        foreach (TargetCheck c in checks)
        {
            md.AppendLine(c.Line);
        }

        md.AppendLine("```");
        return md.ToString();
    }

    private static string Ms(double ms) => ms >= 100 ? F(ms, 0) : ms >= 10 ? F(ms, 1) : ms >= 1 ? F(ms, 2) : F(ms, 3);

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
