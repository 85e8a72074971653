using System.Text.Json;
using Convolution.Teaching.Notebooks;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks.Tests;

public class SpeedLessonHelpersTests
{
    [Fact]
    public void Compare_says_how_many_times_faster_when_the_gap_is_beyond_the_noise()
    {
        string sentence = Timings.Compare(new Timing("fast", 2, 1.9, 5), new Timing("loop", 40, 39, 5));

        Assert.Equal("fast is 20 times faster than loop (2.0 vs 40 ms).", sentence);
    }

    [Fact]
    public void Compare_reports_times_within_the_runs_spread_as_noise_not_a_speed_up()
    {
        // 8% apart, but the slower method's own runs spread by 25%: no speed-up can be claimed.
        string sentence = Timings.Compare(new Timing("all cores", 0.100, 0.080, 7), new Timing("1 thread", 0.108, 0.100, 7));

        Assert.Contains("within noise", sentence);
        Assert.DoesNotContain("faster", sentence);
    }

    [Fact]
    public void Faster_is_true_only_beyond_the_noise()
    {
        Assert.True(Timings.Faster(new Timing("a", 1, 1, 3), new Timing("b", 2, 2, 3)));
        Assert.False(Timings.Faster(new Timing("a", 1, 0.5, 3), new Timing("b", 1.5, 1.5, 3)));
    }

    [Fact]
    public void Compare_says_slower_when_the_first_is_slower()
    {
        Assert.StartsWith("a is 3.0 times slower than b", Timings.Compare(new Timing("a", 3, 3, 3), new Timing("b", 1, 1, 3)));
    }

    [Fact]
    public void Time_over_kernel_size_has_one_log_scaled_line_per_method()
    {
        GenericChart chart = SpeedCharts.TimeOverKernelSize("t", [3, 11, 31], ("direct", [1.0, 5, 30]), ("FFT", [9.0, 9, 10]));

        JsonElement figure = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;
        Assert.Equal(2, figure.GetProperty("data").GetArrayLength());
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Time_over_kernel_size_rejects_a_series_of_the_wrong_length()
    {
        Assert.Throws<ArgumentException>(() => SpeedCharts.TimeOverKernelSize("t", [3, 11], ("direct", [1.0])));
    }

    [Fact]
    public void The_convolution_theorem_picture_has_alt_text_naming_both_roads()
    {
        Figure figure = FourierDiagrams.ConvolutionTheorem();

        Assert.Contains("direct", figure.AltText);
        Assert.Contains("inverse FFT", figure.AltText);
        Assert.Contains("alt=\"", figure.Html);
    }
}
