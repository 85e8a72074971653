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

    [Fact]
    public void Round_robin_warms_every_method_once_then_gives_each_one_run_a_round()
    {
        var order = new List<string>();

        Timing[] timings = Timings.RoundRobin(3, 60, ("a", () => order.Add("a")), ("b", () => order.Add("b")), ("c", () => order.Add("c")));

        // The warm-up in the given order, then three rounds whose order rotates.
        Assert.Equal(["a", "b", "c", "a", "b", "c", "b", "c", "a", "c", "a", "b"], order);
        Assert.Equal(["a", "b", "c"], timings.Select(t => t.Name));
        Assert.All(timings, t => Assert.Equal(3, t.Runs));
    }

    [Fact]
    public void Round_robin_stops_starting_rounds_when_the_budget_is_spent_but_always_runs_one()
    {
        Timing[] timings = Timings.RoundRobin(50, 0.001, ("slow", () => Thread.Sleep(20)), ("fast", () => { }));

        Assert.All(timings, t => Assert.Equal(1, t.Runs));
    }

    [Fact]
    public void Rank_lists_fastest_first_and_names_neighbours_within_noise()
    {
        string text = Timings.Rank(new Timing("loop", 40, 39, 5), new Timing("fast", 2, 1.9, 5), new Timing("opencv", 2.1, 2.0, 5));

        Assert.StartsWith("By median, fastest first: fast (2.0 ms), opencv (2.1 ms), loop (40 ms).", text);
        Assert.Contains("Within noise of each other, so their order can swap from run to run: fast and opencv.", text);
        Assert.DoesNotContain("unsteady", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rank_says_which_method_spread_too_much_to_be_ranked()
    {
        string text = Timings.Rank(new Timing("busy", 10, 4, 5), new Timing("calm", 20, 19, 5));

        Assert.Contains("Too unsteady to rank", text);
        Assert.Contains("busy (fastest 4.0, median 10 ms)", text);
        Assert.DoesNotContain("calm (fastest", text);
    }

    [Theory]
    [InlineData(10, 14, 1.4, "in step with the work")]
    [InlineData(10, 30, 1.4, "more than the work grew")]
    [InlineData(10, 10.5, 1.4, "less than the work grew")]
    public void Growth_says_whether_the_time_grew_with_the_work(double smallMs, double largeMs, double work, string expected)
    {
        string text = Timings.Growth(new Timing("11 x 11", smallMs, smallMs, 3), new Timing("13 x 13", largeMs, largeMs, 3), work, "the taps");

        Assert.Contains(expected, text);
        Assert.StartsWith($"13 x 13 took {largeMs / smallMs:0.0} times as long as 11 x 11 for {work:0.0} times the taps", text);
    }
}
