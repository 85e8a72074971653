using Convolution.Teaching.Tests.Fast.Support;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>The fast path allocates per call, never per row or per pixel.</summary>
public class FastFiltersAllocationTests
{
    public static TheoryData<string> Modes() => ["Valid", "Same", "Full", "Separable"];

    [Theory]
    [MemberData(nameof(Modes))]
    public void Into_an_existing_array_on_one_thread_allocates_only_a_few_small_objects(string mode)
    {
        // 512 rows: one allocation a row would be 512 objects, at least 12 KiB. A call may allocate
        // its plan and a copy of the kernel (well under 4 KiB); the band buffer comes from ArrayPool.
        float[,] image = Cases.Random(512, 300, seed: 3);
        float[,] kernel = mode == "Separable" ? Conversions.ToFloat(Kernels.Binomial5x5()) : Cases.Kernel((5, 5));
        OutputMode outputMode = mode == "Separable" ? OutputMode.Same : Enum.Parse<OutputMode>(mode);
        var (rows, cols) = Filters.OutputShape(512, 300, 5, 5, outputMode);
        var destination = new float[rows, cols];
        FastFilters.Correlate(image, kernel, destination, outputMode, options: FastOptions.SingleThread);

        // Averaged over 20 calls, as below: one-time pool bookkeeping in a fresh process (~8 KB, seen once)
        // must not fail it, while anything allocated on every call still shows.
        const int calls = 20;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            FastFilters.Correlate(image, kernel, destination, outputMode, options: FastOptions.SingleThread);
        }

        long allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / calls;

        Assert.True(allocated < 4096, $"{mode}: one call allocated {allocated} bytes on average");
    }

    [Fact]
    public void A_new_result_costs_the_output_array_and_little_else()
    {
        float[,] image = Cases.Random(512, 300, seed: 3), kernel = Cases.Kernel((5, 5));
        _ = FastFilters.Correlate(image, kernel, OutputMode.Same, options: FastOptions.SingleThread);

        // Averaged over 20 calls: one-time bookkeeping (e.g. ArrayPool's per-core buckets, seen adding ~8 KB
        // once in a fresh process) must not fail the test, while a per-row allocation (512 rows x at least
        // 24 bytes each, 12 KB a call) still would.
        const int calls = 20;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            _ = FastFilters.Correlate(image, kernel, OutputMode.Same, options: FastOptions.SingleThread);
        }

        long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / calls;

        long output = 512L * 300 * sizeof(float);
        Assert.InRange(perCall, output, output + 2048);
    }
}
