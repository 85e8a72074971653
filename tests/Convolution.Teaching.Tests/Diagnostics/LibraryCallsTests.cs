namespace Convolution.Teaching.Tests.Diagnostics;

public class LibraryCallsTests
{
    [Fact]
    public void Calls_are_recorded_once_each_in_order_only_while_a_watch_is_open()
    {
        double[,] image = new double[3, 3], kernel = new double[2, 2];
        var calls = new List<string>();
        Filters.CorrelateValid(image, kernel);

        using (LibraryCalls.Watch(calls))
        {
            Filters.Correlate(image, kernel, OutputMode.Same);
            Filters.CorrelateValid(image, kernel);
            Filters.CorrelateValid(image, kernel);
        }

        Filters.Convolve(image, kernel);
        Assert.Equal(["Filters.Correlate", "Filters.CorrelateValid"], calls);
    }

    [Fact]
    public void A_thread_started_inside_a_watch_is_watched_too()
    {
        var calls = new List<string>();
        using (LibraryCalls.Watch(calls))
        {
            var worker = new Thread(() => Subimages.Get(new double[3, 3], 2, 2));
            worker.Start();
            worker.Join();
        }

        Assert.Contains("Subimages.Get", calls);
    }
}
