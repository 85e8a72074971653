using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.Tests;

/// <summary>
/// Stride, dilation and padding (<see cref="WindowOptions"/>): hand-checkable cases first, then the two identities that
/// define them, over every border and odd, even and non-square kernels. Exact equality where the same products are added
/// in the same order; otherwise the tolerance is stated at the test.
/// </summary>
public class FiltersWindowTests
{
    private static readonly double[,] ZeroToFifteen = Arrays.FromRows<double>([0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]);

    private static readonly (int Rows, int Cols)[] KernelShapes = [(1, 1), (3, 3), (2, 2), (4, 4), (2, 3), (3, 5), (1, 4)];

    public static TheoryData<BorderMode, int, int, int> BordersKernelsAndSteps()
    {
        var data = new TheoryData<BorderMode, int, int, int>();
        foreach (BorderMode border in Enum.GetValues<BorderMode>())
        {
            foreach (var k in KernelShapes)
            {
                foreach (int step in new[] { 2, 3 })
                {
                    data.Add(border, k.Rows, k.Cols, step);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Stride_two_on_zero_to_fifteen_gives_the_hand_worked_sums()
    {
        // Kernel [[1, 0], [0, 1]] adds a pixel and the one diagonally below it. Stride 2: windows at (0, 0), (0, 2), (2, 0), (2, 2).
        // (0, 0): 0 + 5 = 5; (0, 2): 2 + 7 = 9; (2, 0): 8 + 13 = 21; (2, 2): 10 + 15 = 25.
        var kernel = Arrays.FromRows<double>([1, 0], [0, 1]);

        double[,] result = Filters.Correlate(ZeroToFifteen, kernel, new WindowOptions(Stride: 2));

        Assert.Equal(Arrays.FromRows<double>([5, 9], [21, 25]), result);
    }

    [Fact]
    public void Dilation_two_on_zero_to_fifteen_gives_the_hand_worked_sums()
    {
        // The same kernel with dilation 2: its taps land 2 apart, a pixel plus the one 2 down and 2 right.
        // The window spans 3 x 3, so it fits at (0, 0), (0, 1), (1, 0), (1, 1): 0 + 10 = 10, 1 + 11 = 12, 4 + 14 = 18, 5 + 15 = 20.
        var kernel = Arrays.FromRows<double>([1, 0], [0, 1]);

        double[,] result = Filters.Correlate(ZeroToFifteen, kernel, new WindowOptions(Dilation: 2));

        Assert.Equal(Arrays.FromRows<double>([10, 12], [18, 20]), result);
    }

    [Fact]
    public void Padding_one_with_zeros_and_stride_two_gives_the_hand_worked_sums()
    {
        // 3 x 3 ones on the zero-padded 6 x 6: windows start at padded rows and columns 0 and 2. At (0, 0) the window covers
        // image rows and columns 0..1 only: 0 + 1 + 4 + 5 = 10. At (0, 1) image rows 0..1, columns 1..3: 1+2+3+5+6+7 = 24.
        // At (1, 0) rows 1..3, columns 0..1: 4+5+8+9+12+13 = 51. At (1, 1) rows 1..3, columns 1..3: 5+6+7+9+10+11+13+14+15 = 90.
        double[,] result = Filters.Correlate(ZeroToFifteen, Arrays.Ones(3, 3), new WindowOptions(Stride: 2, Padding: 1));

        Assert.Equal(Arrays.FromRows<double>([10, 24], [51, 90]), result);
    }

    [Fact]
    public void The_default_window_is_valid_mode()
    {
        double[,] image = Arrays.Random(6, 7, 1), kernel = TestData.Kernel(3, 2, 2);

        Assert.Equal(Filters.CorrelateValid(image, kernel), Filters.Correlate(image, kernel, new WindowOptions()));
    }

    [Theory]
    [MemberData(nameof(BordersKernelsAndSteps))]
    public void Stride_s_is_the_stride_one_result_kept_at_every_s_th_row_and_column(BorderMode border, int kRows, int kCols, int s)
    {
        double[,] image = Arrays.Random(11, 14, 22), kernel = TestData.Kernel(kRows, kCols, 23);
        int padding = 1;

        double[,] dense = Filters.Correlate(image, kernel, new WindowOptions(Padding: padding, Border: border));
        double[,] strided = Filters.Correlate(image, kernel, new WindowOptions(Stride: s, Padding: padding, Border: border));

        // Every s-th row and column of the dense result, from 0: the same products in the same order, so exactly equal.
        double[,] subsampled = new double[(dense.GetLength(0) + s - 1) / s, (dense.GetLength(1) + s - 1) / s];
        subsampled = Arrays.Map(subsampled, (r, c, _, _) => dense[r * s, c * s]);
        Assert.Equal(subsampled, strided);
    }

    [Theory]
    [MemberData(nameof(BordersKernelsAndSteps))]
    public void Dilation_d_is_correlating_with_the_kernel_with_zeros_inserted(BorderMode border, int kRows, int kCols, int d)
    {
        double[,] image = Arrays.Random(13, 15, 24), kernel = TestData.Kernel(kRows, kCols, 25);
        var window = new WindowOptions(Dilation: d, Padding: 2, Border: border);

        double[,] dilated = Filters.Correlate(image, kernel, window);
        double[,] zerosInserted = Filters.Correlate(image, Kernels.Dilate(kernel, d), window with { Dilation = 1 });

        // The zero taps add exact zeros, but in between the other products: the sums may round differently.
        // Values: |image| < 1 and |kernel entries| <= 1 (TestData.Kernel), at most 20 taps, so 1e-12 is far above double's rounding.
        Assert.True(Arrays.AllClose(zerosInserted, dilated, 0, 1e-12), "dilation vs zeros inserted");
        Assert.Equal(Arrays.Shape(zerosInserted), Arrays.Shape(dilated));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Padding_half_an_odd_kernel_with_stride_one_is_same_mode(int k)
    {
        double[,] image = Arrays.Random(8, 9, 26), kernel = TestData.Kernel(k, k, 27);
        foreach (BorderMode border in Enum.GetValues<BorderMode>())
        {
            Assert.Equal(Filters.Correlate(image, kernel, OutputMode.Same, border),
                Filters.Correlate(image, kernel, new WindowOptions(Padding: k / 2, Border: border)));
        }
    }

    [Fact]
    public void Kernels_Dilate_inserts_d_minus_one_zeros_between_taps()
    {
        double[,] dilated = Kernels.Dilate(Arrays.FromRows<double>([1, 2], [3, 4]), 3);

        Assert.Equal(Arrays.FromRows<double>([1, 0, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 4]), dilated);
        Assert.Equal(Arrays.FromRows<double>([5]), Kernels.Dilate(Arrays.FromRows<double>([5]), 4));
    }

    [Fact]
    public void A_window_that_does_not_fit_along_the_columns_is_refused_naming_the_axis_and_the_fix()
    {
        var e = Assert.Throws<ArgumentException>(() => Filters.Correlate(Arrays.Zeros(9, 4), Arrays.Ones(3, 3), new WindowOptions(Dilation: 2)));

        Assert.Contains("along the columns", e.Message, StringComparison.Ordinal);
        Assert.Contains("spans d(k - 1) + 1 = 5 pixels", e.Message, StringComparison.Ordinal);
        Assert.Contains("pad by at least 1", e.Message, StringComparison.Ordinal);
    }
}
