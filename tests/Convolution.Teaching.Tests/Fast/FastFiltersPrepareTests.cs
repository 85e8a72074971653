namespace Convolution.Teaching.Tests.Fast;

public class FastFiltersPrepareTests
{
    [Fact]
    public async Task Prepare_returns_one_shared_task_that_completes()
    {
        Task first = FastFilters.Prepare();
        Assert.Same(first, FastFilters.Prepare());
        await first.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(first.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_warm_up_is_not_seen_by_an_exercise_watch_that_was_open_when_it_started()
    {
        var calls = new List<string>();
        using (LibraryCalls.Watch(calls))
        {
            await FastFilters.Prepare().WaitAsync(TimeSpan.FromMinutes(2));
        }

        Assert.Empty(calls);
    }

    [Theory]
    [InlineData(3, OutputMode.Same, BorderMode.Reflect101)]
    [InlineData(5, OutputMode.Valid, BorderMode.Reflect101)]
    [InlineData(4, OutputMode.Full, BorderMode.Constant)]
    public async Task After_prepare_a_first_call_of_the_default_options_compiles_next_to_nothing_on_the_calling_thread(int k, OutputMode mode, BorderMode border)
    {
        await FastFilters.Prepare().WaitAsync(TimeSpan.FromMinutes(2));
        float[,] image = Conversions.ToFloat(Arrays.Random(203, 301, seed: 19));
        float[,] kernel = Conversions.ToFloat(Arrays.Random(k, k, seed: k));

        long before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        FastFilters.Correlate(image, kernel, mode, border, options: FastOptions.SingleThread);
        long compiled = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - before;

        // Without the warm-up this call compiles the loops' generic copies here (dozens of methods, tens of ms).
        Assert.True(compiled <= 3, $"{compiled} methods were compiled on the calling thread");
    }
}
