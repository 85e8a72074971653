using System.Diagnostics;

namespace Convolution.Teaching.Notebooks;

/// <summary>How long one method took: the median and the fastest of several runs.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="MedianMilliseconds">The median run, in milliseconds (robust to one slow run).</param>
/// <param name="FastestMilliseconds">The fastest run, in milliseconds.</param>
/// <param name="Runs">How many timed runs (after one untimed warm-up run).</param>
public sealed record Timing(string Name, double MedianMilliseconds, double FastestMilliseconds, int Runs);

/// <summary>
/// Live timings for the speed lesson: a quick, honest stopwatch (warm-up run first, median of several),
/// not a benchmark harness. The benchmark project under tests/ is where numbers are reported from.
/// </summary>
public static class Timings
{
    /// <summary>
    /// Runs <paramref name="action"/> once untimed (so the JIT and caches are warm), then
    /// <paramref name="runs"/> times with a stopwatch, stopping early once <paramref name="budgetSeconds"/> have passed.
    /// </summary>
    /// <param name="name">What is measured, for the table and the chart.</param>
    /// <param name="action">The work to time.</param>
    /// <param name="runs">Timed runs (at least 1).</param>
    /// <param name="budgetSeconds">Stop after this much timed work (at least one run always happens), so a slow method cannot stall a lesson.</param>
    public static Timing Measure(string name, Action action, int runs = 7, double budgetSeconds = 3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        action();
        var times = new List<double>(runs);
        var total = Stopwatch.StartNew();
        for (int i = 0; i < runs && (i == 0 || total.Elapsed.TotalSeconds < budgetSeconds); i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        return new Timing(name, median, times[0], times.Count);
    }

    /// <summary>
    /// A sentence comparing two timings that says only what the numbers show: "a is N times faster than
    /// b" when the gap is larger than the noise of the runs, else that the two are within noise. The
    /// noise is the larger spread of the two (median over fastest, less 1), at least 10%: a gap smaller
    /// than that can come and go between runs.
    /// </summary>
    /// <param name="a">One timing.</param>
    /// <param name="b">The other.</param>
    public static string Compare(Timing a, Timing b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double noise = Noise(a, b);
        double ratio = b.MedianMilliseconds / a.MedianMilliseconds;
        string times = $"({Ms(a.MedianMilliseconds)} vs {Ms(b.MedianMilliseconds)} ms)";
        if (ratio <= 1 + noise && ratio >= 1 / (1 + noise))
        {
            return $"{a.Name} and {b.Name} are within noise of each other {times}: the runs themselves vary by {noise:P0}.";
        }

        return ratio > 1
            ? $"{a.Name} is {Times(ratio)} faster than {b.Name} {times}."
            : $"{a.Name} is {Times(1 / ratio)} slower than {b.Name} {times}.";
    }

    /// <summary>True when <paramref name="a"/> is faster than <paramref name="b"/> by more than the noise <see cref="Compare"/> allows.</summary>
    /// <param name="a">One timing.</param>
    /// <param name="b">The other.</param>
    public static bool Faster(Timing a, Timing b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return b.MedianMilliseconds / a.MedianMilliseconds > 1 + Noise(a, b);
    }

    /// <summary>"13 times", "2.4 times": whole numbers from 10 up.</summary>
    public static string Times(double ratio) =>
        (ratio >= 10 ? ratio.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : ratio.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)) + " times";

    private static double Noise(Timing a, Timing b) => Math.Max(0.10, Math.Max(Spread(a), Spread(b)));

    private static double Spread(Timing t) => t.FastestMilliseconds > 0 ? (t.MedianMilliseconds / t.FastestMilliseconds) - 1 : 0;

    private static string Ms(double ms) => ms.ToString(ms >= 10 ? "0" : ms >= 1 ? "0.0" : "0.000", System.Globalization.CultureInfo.InvariantCulture);
}
