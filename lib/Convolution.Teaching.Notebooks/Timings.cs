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
}
