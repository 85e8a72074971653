using Convolution.Teaching.OpenCv;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>One issue-13 target: its three round-robin measurements, the median of them, and whether it was met.</summary>
/// <param name="Target">What is asked, e.g. "31x31, 1 thread: <= 0.15x Cv2.Filter2D 1 thread".</param>
/// <param name="Values">The judged value of each repeat (a ratio, or a fraction of the FMA peak).</param>
/// <param name="Limit">The bound.</param>
/// <param name="AtMost">True when the value must be at most <paramref name="Limit"/>, false when at least.</param>
/// <param name="Detail">The times behind the median repeat.</param>
public sealed record TargetCheck(string Target, double[] Values, double Limit, bool AtMost, string Detail)
{
    /// <summary>The median of the repeats.</summary>
    public double Value => Values.Order().ElementAt(Values.Length / 2);

    /// <summary>True when the median repeat meets the bound.</summary>
    public bool Met => AtMost ? Value <= Limit : Value >= Limit;

    /// <summary>
    /// The target on one line in a stable form a script can read:
    /// <c>target &lt;name&gt;: &lt;value&gt; (repeats ...; limit) met|not met</c>, the value a ratio ("0.62x") or a share of the peak ("74%").
    /// </summary>
    public string Line
    {
        get
        {
            string Show(double v) => AtMost
                ? v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "x"
                : (100 * v).ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + "%";
            return $"target {Target}: {Show(Value)} (repeats {string.Join(", ", Values.Select(Show))}; {(AtMost ? "<=" : ">=")} {Show(Limit)}) {(Met ? "met" : "not met")}";
        }
    }
}

/// <summary>
/// The targets of issue 13 on 2048 x 2048, each a round-robin pair (<see cref="PairedRatios.Pair"/>)
/// repeated 3 times, so the spread between repeats shows how much the shared machine moved the number.
/// </summary>
public static class TargetChecks
{
    /// <summary>Repeats of each target's round-robin.</summary>
    public const int Repeats = 3;

    /// <summary>Measures every target.</summary>
    public static List<TargetCheck> Measure()
    {
        const int Size = 2048;
        Cv.EnsureLoaded();
        float[,] image = BenchData.Image(Size);
        var destination = new float[Size, Size];
        using Mat src = Mat.FromArray(image);
        using var dst = new Mat(Size, Size, MatType.CV_32FC1);
        var floorSource = new float[Size * Size];
        var floorTarget = new float[Size * Size];
        var checks = new List<TargetCheck>();
        var peak = new FmaPeakBenchmarks();
        var direct = FastOptions.SingleThread with { Method = FastMethod.Direct };
        try
        {
            Cv2.SetNumThreads(1);
            foreach (var (k, limit) in new[] { (3, 0.70), (31, 0.15), (63, 0.10) })
            {
                float[,] kernel = BenchData.Kernel($"{k}x{k}");
                using Mat km = Mat.FromArray(kernel);
                checks.Add(Check($"{k}x{k}, 1 thread: <= {limit:F2}x Cv2.Filter2D 1 thread", limit, atMost: true,
                    () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread),
                    () => Cv2.Filter2D(src, dst, MatType.CV_32F, km, null, 0, BorderTypes.Reflect101)));
            }

            float[,] k11 = BenchData.Kernel("11x11");
            double flops11 = 2.0 * 11 * 11 * Size * Size;
            var pairs11 = Enumerable.Range(0, Repeats).Select(_ => PairedRatios.Pair("peak / direct 11x11", () => peak.FmaPeak(),
                () => FastFilters.Correlate(image, k11, destination, OutputMode.Same, BorderMode.Reflect101, 0, direct))).ToList();
            // Peak time over direct time, times direct flops over peak flops: the direct loop's fraction of the peak.
            double[] fractions = pairs11.Select(p => p.Ratio * flops11 / FmaPeakBenchmarks.FlopsPerCall).ToArray();
            PairedRatio mid11 = pairs11.OrderBy(p => p.Ratio).ElementAt(Repeats / 2);
            checks.Add(new TargetCheck("11x11 direct, 1 thread: >= 80% of the FMA peak", fractions, 0.80, AtMost: false,
                $"direct {mid11.SecondMs:F2} ms, peak loop {FmaPeakBenchmarks.FlopsPerCall / (mid11.FirstMs * 1e6):F0} GFLOP/s beside it"));

            foreach (int k in new[] { 3, 5 })
            {
                float[,] kernel = BenchData.Kernel($"{k}x{k}");
                checks.Add(Check($"{k}x{k}, all threads: <= 1.50x the two-thread memory floor", 1.50, atMost: true,
                    () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.Default),
                    () => MemoryFloor.TwoThreads(floorSource, floorTarget)));
            }

            float[,] gaussian = BenchData.Kernel("5x5 Gaussian");
            using Mat factor = Mat.FromArray(new float[,] { { 1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f } });
            checks.Add(Check("separable 5x5 Gaussian, 1 thread: <= 0.60x Cv2.SepFilter2D 1 thread", 0.60, atMost: true,
                () => FastFilters.Correlate(image, gaussian, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread),
                () => Cv2.SepFilter2D(src, dst, MatType.CV_32F, factor, factor, null, 0, BorderTypes.Reflect101)));
        }
        finally
        {
            Cv2.SetNumThreads(OpenCvThreads.Default);
        }

        return checks;
    }

    private static TargetCheck Check(string target, double limit, bool atMost, Action first, Action second)
    {
        var pairs = Enumerable.Range(0, Repeats).Select(_ => PairedRatios.Pair(target, first, second)).ToList();
        PairedRatio mid = pairs.OrderBy(p => p.Ratio).ElementAt(Repeats / 2);
        return new TargetCheck(target, pairs.Select(p => p.Ratio).ToArray(), limit, atMost,
            $"{mid.FirstMs:F2} vs {mid.SecondMs:F2} ms, {mid.Rounds} rounds");
    }
}
