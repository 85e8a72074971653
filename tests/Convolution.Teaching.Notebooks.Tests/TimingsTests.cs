using Convolution.Teaching.Notebooks;

namespace Convolution.Teaching.Notebooks.Tests;

public class TimingsTests
{
    [Fact]
    public void Measure_runs_once_to_warm_up_then_the_requested_number_of_times()
    {
        int calls = 0;

        Timing timing = Timings.Measure("count", () => calls++, runs: 5, budgetSeconds: 60);

        Assert.Equal(6, calls);
        Assert.Equal(5, timing.Runs);
        Assert.True(timing.FastestMilliseconds <= timing.MedianMilliseconds);
    }

    [Fact]
    public void Measure_stops_early_when_the_budget_is_spent_but_always_times_one_run()
    {
        Timing timing = Timings.Measure("slow", () => Thread.Sleep(30), runs: 50, budgetSeconds: 0.001);

        Assert.Equal(1, timing.Runs);
        Assert.True(timing.MedianMilliseconds >= 25, $"a 30 ms sleep measured {timing.MedianMilliseconds} ms");
    }

    [Fact]
    public void Timings_table_gives_each_methods_ratio_to_the_baseline()
    {
        var table = Tables.Timings("loop", new Timing("loop", 40, 39, 5), new Timing("fast", 2, 1.9, 5));

        Assert.Equal(1.0, (double)table["x loop"][0]!);
        Assert.Equal(0.05, (double)table["x loop"][1]!);
    }

    [Fact]
    public void Timings_table_names_the_known_methods_when_the_baseline_is_missing()
    {
        var e = Assert.Throws<ArgumentException>(() => Tables.Timings("nope", new Timing("loop", 40, 39, 5)));

        Assert.Contains("\"loop\"", e.Message);
    }
}
