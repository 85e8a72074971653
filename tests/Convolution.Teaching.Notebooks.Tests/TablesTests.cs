using Microsoft.Data.Analysis;

namespace Convolution.Teaching.Notebooks.Tests;

public class TablesTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Output_sizes_of_the_lesson_image_and_a_3x3_kernel()
    {
        DataFrame table = Tables.OutputSizes(300, 451, 3, 3);

        Assert.Equal(new[] { "mode", "rows formula", "cols formula", "rows", "cols" }, table.Columns.Select(c => c.Name));
        Assert.Equal(new object[] { "full", "same", "valid" }, table.Columns["mode"].Cast<object>());
        Assert.Equal(new object[] { 302, 300, 298 }, table.Columns["rows"].Cast<object>());
        Assert.Equal(new object[] { 453, 451, 449 }, table.Columns["cols"].Cast<object>());
        Assert.Equal("H + kH - 1", table.Columns["rows formula"][0]);
        Assert.Equal("W - kW + 1", table.Columns["cols formula"][2]);
    }

    [Fact]
    public void Output_sizes_rejects_zero_sizes()
    {
        Assert.Equal("kernelCols", Assert.Throws<ArgumentOutOfRangeException>(() => Tables.OutputSizes(5, 5, 3, 0)).ParamName);
    }

    [Fact]
    public void Kernel_stats_of_a_hand_checkable_image()
    {
        // 2x2 mean kernel over 0..8 (valid): [[2, 3], [5, 6]], mean 4, population std sqrt(10 / 4).
        var image = Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]);
        var mean2x2 = Arrays.Full(2, 2, 0.25);
        var edge = Arrays.FromRows<double>([1, -1]);

        DataFrame table = Tables.KernelStats(image, ("mean 2x2", mean2x2), ("difference", edge));

        Assert.Equal("mean 2x2", table.Columns["kernel"][0]);
        Assert.Equal(1.0, (double)table.Columns["kernel sum"][0]!, Tolerance);
        Assert.Equal(4.0, (double)table.Columns["result mean"][0]!, Tolerance);
        Assert.Equal(Math.Sqrt(2.5), (double)table.Columns["result std"][0]!, Tolerance);
        Assert.Equal(2.0, (double)table.Columns["min"][0]!, Tolerance);
        Assert.Equal(6.0, (double)table.Columns["max"][0]!, Tolerance);
        // [1, -1] across each row: every result is -1, so mean -1 and std 0; the kernel sums to 0.
        Assert.Equal(0.0, (double)table.Columns["kernel sum"][1]!, Tolerance);
        Assert.Equal(-1.0, (double)table.Columns["result mean"][1]!, Tolerance);
        Assert.Equal(0.0, (double)table.Columns["result std"][1]!, Tolerance);
    }

    [Fact]
    public void Describe_gives_shape_mean_std_min_max()
    {
        DataFrame table = Tables.Describe(("tiny", Arrays.FromRows<double>([1, 2], [3, 4])));

        Assert.Equal(new[] { "image", "rows", "cols", "mean", "std", "min", "max" }, table.Columns.Select(c => c.Name));
        Assert.Equal(2.5, (double)table.Columns["mean"][0]!, Tolerance);
        Assert.Equal(Math.Sqrt(1.25), (double)table.Columns["std"][0]!, Tolerance);
        Assert.Equal(1.0, (double)table.Columns["min"][0]!, Tolerance);
        Assert.Equal(4.0, (double)table.Columns["max"][0]!, Tolerance);
    }

    [Fact]
    public void Blur_keeps_the_mean_and_lowers_the_spread()
    {
        double[,] image = Arrays.Scale(255.0, Arrays.Random(60, 60, seed: 3));

        DataFrame table = Tables.KernelStats(image, ("identity", Kernels.Identity(3)), ("blur", Kernels.BoxBlur(3)));

        Assert.Equal((double)table.Columns["result mean"][0]!, (double)table.Columns["result mean"][1]!, 1.0);
        Assert.True((double)table.Columns["result std"][1]! < (double)table.Columns["result std"][0]! / 2);
    }
}
