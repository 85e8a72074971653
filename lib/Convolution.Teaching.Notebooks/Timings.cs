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

        // One method's round-robin is exactly this: a warm-up run, then one timed run a round within the budget.
        return RoundRobin(runs, budgetSeconds, (name, action))[0];
    }

    private static Timing Summarize(string name, List<double> times)
    {
        times.Sort();
        double median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        return new Timing(name, median, times[0], times.Count);
    }

    /// <summary>
    /// Times several methods the way a benchmark would, within a lesson cell's few seconds: each runs once untimed
    /// (so the JIT and caches are warm for all of them), then they take turns, one run each a round, the order
    /// rotating from round to round, so load from other programs that comes and goes falls on all of them alike.
    /// Stops after <paramref name="rounds"/> rounds or once <paramref name="budgetSeconds"/> have passed (at least
    /// one round always runs).
    /// </summary>
    /// <param name="rounds">Rounds (at least 1).</param>
    /// <param name="budgetSeconds">Stop starting new rounds after this much timed work.</param>
    /// <param name="methods">Each method's name (for the table and the sentences) and its work.</param>
    /// <returns>One timing a method, in the order given.</returns>
    public static Timing[] RoundRobin(int rounds, double budgetSeconds, params (string Name, Action Action)[] methods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        if (methods is null || methods.Length == 0)
        {
            throw new ArgumentException("methods is empty: pass at least one (name, action) pair.", nameof(methods));
        }

        foreach (var (name, action) in methods)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(methods));
            ArgumentNullException.ThrowIfNull(action, nameof(methods));
            action();
        }

        var times = methods.Select(_ => new List<double>(rounds)).ToArray();
        var total = Stopwatch.StartNew();
        for (int round = 0; round < rounds && (round == 0 || total.Elapsed.TotalSeconds < budgetSeconds); round++)
        {
            for (int turn = 0; turn < methods.Length; turn++)
            {
                int m = (round + turn) % methods.Length;
                var watch = Stopwatch.StartNew();
                methods[m].Action();
                times[m].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return methods.Select((method, m) => Summarize(method.Name, times[m])).ToArray();
    }

    /// <summary><see cref="RoundRobin(int, double, ValueTuple{string, Action}[])"/> with 7 rounds in at most 3 seconds.</summary>
    /// <param name="methods">Each method's name and its work.</param>
    public static Timing[] RoundRobin(params (string Name, Action Action)[] methods) => RoundRobin(7, 3, methods);

    /// <summary>
    /// The timings ranked by median in one or two sentences that say only what the runs show: fastest first, with
    /// each neighbour pair that is within noise of each other said to be so, and a warning for any method whose
    /// runs spread so much (median more than 1.5 times its fastest) that its place cannot be trusted.
    /// </summary>
    /// <param name="timings">At least two timings.</param>
    public static string Rank(params Timing[] timings)
    {
        if (timings is null || timings.Length < 2)
        {
            throw new ArgumentException("Rank needs at least two timings.", nameof(timings));
        }

        Timing[] order = timings.OrderBy(t => t.MedianMilliseconds).ToArray();
        var text = new System.Text.StringBuilder("By median, fastest first: ");
        text.Append(string.Join(", ", order.Select(t => $"{t.Name} ({Ms(t.MedianMilliseconds)} ms)"))).Append('.');
        var ties = new List<string>();
        for (int i = 0; i + 1 < order.Length; i++)
        {
            if (!Faster(order[i], order[i + 1]))
            {
                ties.Add($"{order[i].Name} and {order[i + 1].Name}");
            }
        }

        if (ties.Count > 0)
        {
            text.Append($" Within noise of each other, so their order can swap from run to run: {string.Join("; ", ties)}.");
        }

        Timing[] unsteady = order.Where(t => Spread(t) > UnsteadySpread).ToArray();
        if (unsteady.Length > 0)
        {
            text.Append(" Too unsteady to rank (the median run more than 1.5 times the fastest, so the machine was busy): ")
                .Append(string.Join(", ", unsteady.Select(t => $"{t.Name} (fastest {Ms(t.FastestMilliseconds)}, median {Ms(t.MedianMilliseconds)} ms)")))
                .Append("; run the cell again when the machine is quieter.");
        }

        return text.ToString();
    }

    /// <summary>
    /// A sentence on how a method's time grew against how its work grew, e.g. "took 1.6 times as long for 1.4 times the
    /// taps", saying whether the two agree within the runs' noise.
    /// </summary>
    /// <param name="small">The timing with less work.</param>
    /// <param name="large">The timing with more work.</param>
    /// <param name="workRatio">How many times as much work <paramref name="large"/> does.</param>
    /// <param name="work">What the work is counted in, e.g. "the taps".</param>
    public static string Growth(Timing small, Timing large, double workRatio, string work)
    {
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        double grew = large.MedianMilliseconds / small.MedianMilliseconds;
        double noise = Noise(small, large);
        string how = grew > workRatio * (1 + noise) ? "more than the work grew"
            : grew < workRatio / (1 + noise) ? "less than the work grew"
            : "in step with the work, within the runs' noise";
        return $"{large.Name} took {grew.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} times as long as {small.Name} " +
               $"for {workRatio.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} times {work}: {how} (noise {noise:P0}).";
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

    /// <summary>A median this far above the fastest run (as a fraction) says the machine was too busy to rank that method.</summary>
    private const double UnsteadySpread = 0.5;

    private static double Noise(Timing a, Timing b) => Math.Max(0.10, Math.Max(Spread(a), Spread(b)));

    private static double Spread(Timing t) => t.FastestMilliseconds > 0 ? (t.MedianMilliseconds / t.FastestMilliseconds) - 1 : 0;

    private static string Ms(double ms) => ms.ToString(ms >= 10 ? "0" : ms >= 1 ? "0.0" : "0.000", System.Globalization.CultureInfo.InvariantCulture);
}
