using Convolution.Teaching.FastTests.Support;

namespace Convolution.Teaching.FastTests;

/// <summary>The fast path allocates per call, never per row or per pixel.</summary>
public class FastFiltersAllocationTests
{
    public static TheoryData<string> Modes() => ["Valid", "Same", "Full", "Separable"];

    [Theory]
    [MemberData(nameof(Modes))]
    public void IntoAnExistingArrayOnOneThreadAllocatesOnlyAFewSmallObjects(string mode)
    {
        // 512 rows: one allocation a row would be 512 objects, at least 12 KiB. A call may allocate
        // its plan and a copy of the kernel (well under 4 KiB); the band buffer comes from ArrayPool.
        float[,] image = Cases.Random(512, 300, seed: 3);
        float[,] kernel = mode == "Separable" ? Conversions.ToFloat(Kernels.Binomial5x5()) : Cases.Kernel((5, 5));
        OutputMode outputMode = mode == "Separable" ? OutputMode.Same : Enum.Parse<OutputMode>(mode);
        var (rows, cols) = Filters.OutputShape(512, 300, 5, 5, outputMode);
        var destination = new float[rows, cols];
        FastFilters.Correlate(image, kernel, destination, outputMode, options: FastOptions.SingleThread);

        long before = GC.GetAllocatedBytesForCurrentThread();
        FastFilters.Correlate(image, kernel, destination, outputMode, options: FastOptions.SingleThread);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 4096, $"{mode}: one call allocated {allocated} bytes");
    }

    [Fact]
    public void ANewResultCostsTheOutputArrayAndLittleElse()
    {
        float[,] image = Cases.Random(512, 300, seed: 3), kernel = Cases.Kernel((5, 5));
        _ = FastFilters.Correlate(image, kernel, OutputMode.Same, options: FastOptions.SingleThread);

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = FastFilters.Correlate(image, kernel, OutputMode.Same, options: FastOptions.SingleThread);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        long output = 512L * 300 * sizeof(float);
        Assert.InRange(allocated, output, output + 4096);
    }
}
