using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.Tests;

public class SubimagesTests
{
    [Fact]
    public void Enumerate_slides_row_by_row_left_to_right()
    {
        var positions = Subimages.Enumerate(Arrays.Zeros(3, 4), 2, 2).Select(w => (w.Row, w.Col));

        Assert.Equal([(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)], positions);
    }

    [Fact]
    public void The_lessons_check_subimage_at30_and20_of_the_crop_is_crop30_to33_by20_to23()
    {
        byte[,] smallDubs = Arrays.Slice(Images.LoadGray(TestAssets.Path("chelsea.png")), 50..100, 300..350);

        Dictionary<(int Row, int Col), byte[,]> subimages = Subimages.Get(smallDubs, 3, 3);

        Assert.Equal((3, 3), Arrays.Shape(subimages[(30, 20)]));
        Assert.Equal(Arrays.Slice(smallDubs, 30..33, 20..23), subimages[(30, 20)]);
        Assert.True(Arrays.AllClose(subimages[(30, 20)], Arrays.Slice(smallDubs, 30..33, 20..23)));
    }

    [Theory]
    [InlineData(5, 6, 3, 3)]
    [InlineData(4, 4, 4, 4)]
    [InlineData(7, 3, 2, 3)]
    [InlineData(1, 1, 1, 1)]
    public void Get_has_one_window_per_valid_position_each_equal_to_its_slice(int rows, int cols, int kRows, int kCols)
    {
        double[,] image = Arrays.Random(rows, cols, seed: rows + cols);

        var subimages = Subimages.Get(image, kRows, kCols);

        Assert.Equal((rows - kRows + 1) * (cols - kCols + 1), subimages.Count);
        Assert.All(subimages, s => Assert.Equal(Arrays.Slice(image, s.Key.Row..(s.Key.Row + kRows), s.Key.Col..(s.Key.Col + kCols)), s.Value));
    }

    [Fact]
    public void Enumerate_copies_a_window_only_when_it_is_reached()
    {
        double[,] image = Arrays.Zeros(3, 3);
        using IEnumerator<Window<double>> windows = Subimages.Enumerate(image, 2, 2).GetEnumerator();

        image[1, 1] = 5; // changed after Enumerate was called, before the first window is reached
        Assert.True(windows.MoveNext());

        Assert.Equal(5, windows.Current.Pixels[1, 1]);
    }

    [Fact]
    public void Windows_are_copies_so_changing_one_leaves_the_image_alone()
    {
        double[,] image = Arrays.Zeros(3, 3);

        Subimages.Get(image, 2, 2)[(0, 0)][0, 0] = 9;

        Assert.Equal(0, image[0, 0]);
    }

    [Fact]
    public void Bad_arguments_throw_at_the_call_not_later_during_the_loop()
    {
        var tooBig = Assert.Throws<ArgumentException>(() => Subimages.Enumerate(Arrays.Zeros(3, 3), 5, 5));
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Subimages.Enumerate(Arrays.Zeros(3, 3), 0, 2));
        var nullImage = Assert.Throws<ArgumentNullException>(() => Subimages.Get<double>(null!, 2, 2));

        Assert.Contains("is 5 x 5 but the image is only 3 x 3", tooBig.Message);
        Assert.Equal("kernelRows", zero.ParamName);
        Assert.Equal("image", nullImage.ParamName);
    }
}
