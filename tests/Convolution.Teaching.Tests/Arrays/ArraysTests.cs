using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.Tests;

public class ArraysTests
{
    // The lesson's example: symmetric about the diagonal, yet not unchanged by the 180-degree flip.
    private static readonly int[,] OneTwoThree = Arrays.FromRows<int>([1, 2, 3], [2, 2, 3], [3, 3, 3]);

    [Fact]
    public void One_two_three_equals_its_transpose_but_not_its_flip()
    {
        Assert.Equal(OneTwoThree, Arrays.Transpose(OneTwoThree));
        Assert.Equal(Arrays.FromRows<int>([3, 3, 3], [3, 2, 2], [3, 2, 1]), Arrays.Flip(OneTwoThree));
        Assert.NotEqual(OneTwoThree, Arrays.Flip(OneTwoThree));
    }

    [Fact]
    public void Flip_left_right_reverses_columns_and_flip_up_down_reverses_rows()
    {
        Assert.Equal(Arrays.FromRows<int>([3, 2, 1], [3, 2, 2], [3, 3, 3]), Arrays.FlipLeftRight(OneTwoThree));
        Assert.Equal(Arrays.FromRows<int>([3, 3, 3], [2, 2, 3], [1, 2, 3]), Arrays.FlipUpDown(OneTwoThree));
        Assert.Equal(Arrays.Flip(OneTwoThree), Arrays.FlipLeftRight(Arrays.FlipUpDown(OneTwoThree)));
    }

    [Fact]
    public void Blur_kernel_is_flip_invariant_but_a_random_matrix_is_not()
    {
        double[,] random = Arrays.Random(3, 3, seed: 4);

        Assert.Equal(Kernels.BoxBlur(3), Arrays.Flip(Kernels.BoxBlur(3)));
        Assert.NotEqual(random, Arrays.Flip(random));
        Assert.Equal(random, Arrays.Flip(Arrays.Flip(random)));
    }

    [Fact]
    public void Sum_adds_every_element()
    {
        Assert.Equal(22, Arrays.Sum(OneTwoThree));
        Assert.Equal(1.0, Arrays.Sum(Kernels.BoxBlur(3)), 12);
        Assert.Equal(255.0 * 6, Arrays.Sum(Arrays.Full(2, 3, (byte)255)));
    }

    [Fact]
    public void Zeros_ones_full_and_range_build_what_numpy_builds()
    {
        Assert.Equal(new double[2, 3], Arrays.Zeros(2, 3));
        Assert.Equal(new double[,] { { 1, 1 }, { 1, 1 }, { 1, 1 } }, Arrays.Ones(3, 2));
        Assert.Equal(new[] { 1, 2, 3 }, Arrays.Range(1, 4));
        Assert.Empty(Arrays.Range(4, 1));
    }

    [Fact]
    public void Random_with_the_same_seed_repeats_and_stays_in_zero_to_one()
    {
        Assert.Equal(Arrays.Random(4, 5, seed: 9), Arrays.Random(4, 5, seed: 9));
        Assert.NotEqual(Arrays.Random(4, 5, seed: 9), Arrays.Random(4, 5, seed: 10));
        Assert.All(Arrays.Random(2, 3, 4, seed: 1).Cast<double>(), v => Assert.True(v >= 0 && v < 1, $"{v} is outside [0, 1)"));
    }

    [Fact]
    public void Element_wise_arithmetic_works_on_hand_values()
    {
        Assert.Equal(Arrays.FromRows<int>([2, 4, 6], [4, 4, 6], [6, 6, 6]), Arrays.Add(OneTwoThree, OneTwoThree));
        Assert.Equal(new int[3, 3], Arrays.Subtract(OneTwoThree, OneTwoThree));
        Assert.Equal(Arrays.FromRows<int>([3, 6, 9], [6, 6, 9], [9, 9, 9]), Arrays.Scale(3, OneTwoThree));
    }

    [Theory]
    [InlineData(100_000 + 1.0, 100_000, true)] // |diff| 1 <= 1e-8 + 1e-5 * 100000
    [InlineData(100_000 + 1.01, 100_000, false)]
    [InlineData(1e-9, 0, true)] // inside the absolute tolerance 1e-8
    [InlineData(1e-7, 0, false)]
    [InlineData(double.NaN, double.NaN, false)] // like numpy, NaN is never close
    public void AllCloseUsesNumpysDefaultTolerances(double a, double b, bool close)
    {
        Assert.Equal(close, Arrays.AllClose(new[,] { { a } }, new[,] { { b } }));
    }

    [Fact]
    public void All_close_measures_the_relative_tolerance_against_the_second_array_and_compares_shapes()
    {
        // |1 - 1.1| = 0.1 <= 0.095 * 1.1, but not <= 0.095 * 1.
        Assert.True(Arrays.AllClose(new[,] { { 1.0 } }, new[,] { { 1.1 } }, relativeTolerance: 0.095, absoluteTolerance: 0));
        Assert.False(Arrays.AllClose(new[,] { { 1.1 } }, new[,] { { 1.0 } }, relativeTolerance: 0.095, absoluteTolerance: 0));
        Assert.False(Arrays.AllClose(Arrays.Zeros(2, 3), Arrays.Zeros(3, 2)));
        Assert.True(Arrays.AllClose(Arrays.Full(2, 2, (byte)7), Arrays.Full(2, 2, 7.0)));
    }

    [Fact]
    public void Slice_takes_python_style_ranges_and_copies()
    {
        byte[,] chelsea = Images.LoadGray(TestAssets.Path("chelsea.png"));

        byte[,] small = Arrays.Slice(chelsea, 50..100, 300..350);
        double[,] inner = Arrays.Slice(Arrays.Random(5, 6, seed: 2), 1..^1, 1..^1);

        Assert.Equal((50, 50), Arrays.Shape(small));
        Assert.Equal(chelsea[50 + 30, 300 + 20], small[30, 20]);
        Assert.Equal((3, 4), Arrays.Shape(inner));
        Assert.Equal(Arrays.Random(5, 6, seed: 2)[1, 1], inner[0, 0]);
    }

    [Fact]
    public void Describe_prints_shape_ndim_and_dtype_like_the_lesson()
    {
        byte[,] chelsea = Images.LoadGray(TestAssets.Path("chelsea.png"));

        Assert.Equal("shape (300, 451), ndim 2, dtype uint8", Arrays.Describe(chelsea));
        Assert.Equal("shape (2, 3, 4), ndim 3, dtype float64", Arrays.Describe(Arrays.Random(2, 3, 4, seed: 0)));
        Assert.Equal("float32", Arrays.DType(new float[1, 1]));
    }

    [Fact]
    public void Format_prints_rows_like_numpy()
    {
        Assert.Equal("[[1 2 3]\n [2 2 3]\n [3 3 3]]", Arrays.Format(OneTwoThree));
        Assert.Equal("[[  1  -1]\n [ 10 0.5]]", Arrays.Format(new[,] { { 1, -1 }, { 10, 0.5 } }));
    }

    [Fact]
    public void Flips_return_new_arrays_and_leave_the_input_alone()
    {
        int[,] input = (int[,])OneTwoThree.Clone();

        int[,] flipped = Arrays.Flip(input);
        flipped[0, 0] = 99;

        Assert.Equal(OneTwoThree, input);
    }

    [Fact]
    public void From_rows_rejects_ragged_and_empty_rows_saying_which_row()
    {
        var ragged = Assert.Throws<ArgumentException>(() => Arrays.FromRows<int>([1, 2, 3], [4, 5]));
        var empty = Assert.Throws<ArgumentException>(() => Arrays.FromRows<int>());

        Assert.Equal("rows", ragged.ParamName);
        Assert.Contains("Row 1 has 2 values but row 0 has 3", ragged.Message);
        Assert.Equal("rows", empty.ParamName);
        Assert.Contains("empty", empty.Message);
    }

    [Fact]
    public void Null_empty_and_mismatched_arrays_are_rejected_by_name()
    {
        Assert.Equal("array", Assert.Throws<ArgumentNullException>(() => Arrays.Sum<double>(null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => Arrays.Flip(new double[0, 3]));
        var mismatch = Assert.Throws<ArgumentException>(() => Arrays.Add(Arrays.Zeros(2, 3), Arrays.Zeros(3, 2)));
        var zeroRows = Assert.Throws<ArgumentOutOfRangeException>(() => Arrays.Zeros(0, 3));

        Assert.Equal("array", empty.ParamName);
        Assert.Contains("empty (0 x 3)", empty.Message);
        Assert.Equal("b", mismatch.ParamName);
        Assert.Contains("a is 2 x 3 but b is 3 x 2", mismatch.Message);
        Assert.Equal("rows", zeroRows.ParamName);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(3, 3)]
    [InlineData(4, 2)]
    public void Slice_outside_the_array_names_the_axis(int start, int end)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Arrays.Slice(Arrays.Zeros(5, 5), start..end, 0..1));

        Assert.Equal("rows", e.ParamName);
        Assert.Contains("axis with 5 elements", e.Message);
    }
}
