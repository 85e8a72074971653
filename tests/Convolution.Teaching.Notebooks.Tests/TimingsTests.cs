using Convolution.Teaching.Notebooks;

namespace Convolution.Teaching.Notebooks.Tests;

public class TimingsTests
{
    [Fact]
    public void MeasureRunsOnceToWarmUpThenTheRequestedNumberOfTimes()
    {
        int calls = 0;

        Timing timing = Timings.Measure("count", () => calls++, runs: 5, budgetSeconds: 60);

        Assert.Equal(6, calls);
        Assert.Equal(5, timing.Runs);
        Assert.True(timing.FastestMilliseconds <= timing.MedianMilliseconds);
    }

    [Fact]
    public void MeasureStopsEarlyWhenTheBudgetIsSpentButAlwaysTimesOneRun()
    {
        Timing timing = Timings.Measure("slow", () => Thread.Sleep(30), runs: 50, budgetSeconds: 0.001);

        Assert.Equal(1, timing.Runs);
        Assert.True(timing.MedianMilliseconds >= 25, $"a 30 ms sleep measured {timing.MedianMilliseconds} ms");
    }

    [Fact]
    public void TimingsTableGivesEachMethodsRatioToTheBaseline()
    {
        var table = Tables.Timings("loop", new Timing("loop", 40, 39, 5), new Timing("fast", 2, 1.9, 5));

        Assert.Equal(1.0, (double)table["x loop"][0]!);
        Assert.Equal(0.05, (double)table["x loop"][1]!);
    }

    [Fact]
    public void TimingsTableNamesTheKnownMethodsWhenTheBaselineIsMissing()
    {
        var e = Assert.Throws<ArgumentException>(() => Tables.Timings("nope", new Timing("loop", 40, 39, 5)));

        Assert.Contains("\"loop\"", e.Message);
    }
}
