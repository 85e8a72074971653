using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.Tests;

public sealed class ImagesTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("convolution-teaching-images-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Theory]
    [InlineData(255, 255, 255, 255)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(255, 0, 0, 76)] // 9797 * 255 / 32768 = 76.2
    [InlineData(0, 255, 0, 149)] // 19234 * 255 / 32768 = 149.7, truncated (cvtColor would round to 150)
    [InlineData(0, 0, 255, 29)] // 3737 * 255 / 32768 = 29.1
    public void ToGrayUsesLibpngsTruncatedFifteenBitWeights(byte r, byte g, byte b, byte gray)
    {
        Assert.Equal(gray, Images.ToGray(r, g, b));
    }

    [Fact]
    public void To_gray_gives_equal_channels_back_unchanged()
    {
        Assert.All(Enumerable.Range(0, 256), v => Assert.Equal(v, Images.ToGray((byte)v, (byte)v, (byte)v)));
    }

    [Fact]
    public void Gray_pngs_load_as_three_equal_channels()
    {
        ColorChannels camera = Images.LoadChannels(TestAssets.Path("camera.png"));

        Assert.Equal(camera.Red, camera.Green);
        Assert.Equal(camera.Red, camera.Blue);
    }

    [Fact]
    public void Stretch_to_byte_maps_the_smallest_value_to_black_and_the_largest_to_white()
    {
        double[,] image = Arrays.FromRows<double>([-10, 0], [10, double.NaN]);

        byte[,] stretched = Images.StretchToByte(image);

        // -10 -> 0, 0 -> 127.5 -> 128 (half to even), 10 -> 255; NaN is left out of the range and becomes 0.
        Assert.Equal(new byte[,] { { 0, 128 }, { 255, 0 } }, stretched);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(42, 42)]
    [InlineData(-5, 128)]
    [InlineData(1000, 128)]
    public void Stretch_to_byte_of_a_flat_image_keeps_an_in_range_value_else_shows_mid_gray(double value, byte expected)
    {
        Assert.All(Images.StretchToByte(Arrays.Full(2, 3, value)).Cast<byte>(), v => Assert.Equal(expected, v));
    }

    [Fact]
    public void LoadGray_of_a_missing_file_names_the_path()
    {
        string missing = Path.Combine(temp, "no-such-image.png");

        var e = Assert.Throws<FileNotFoundException>(() => Images.LoadGray(missing));

        Assert.Contains(missing, e.Message);
        Assert.Equal(missing, e.FileName);
    }

    [Fact]
    public void LoadGray_of_a_text_file_says_it_is_not_an_image()
    {
        string text = Path.Combine(temp, "notes.png");
        File.WriteAllText(text, "this is not a picture");

        var e = Assert.Throws<InvalidDataException>(() => Images.LoadGray(text));

        Assert.Contains(text, e.Message);
        Assert.Contains("not an image", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void LoadGray_of_no_path_names_the_parameter(string? path)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Images.LoadGray(path!));

        Assert.Equal("path", e.ParamName);
    }

    [Fact]
    public void Encode_png_of_null_or_empty_names_the_parameter_and_the_problem()
    {
        var nullError = Assert.Throws<ArgumentNullException>(() => Images.EncodePng(null!));
        var emptyError = Assert.Throws<ArgumentException>(() => Images.EncodePng(new byte[0, 4]));

        Assert.Equal("gray", nullError.ParamName);
        Assert.Equal("gray", emptyError.ParamName);
        Assert.Contains("empty", emptyError.Message);
    }

    // Issue 22: a folder got "No image file at ...", which reads as if nothing were there.
    [Fact]
    public void LoadGray_of_a_folder_says_it_is_a_folder_and_to_pass_a_file_in_it()
    {
        File.WriteAllBytes(Path.Combine(temp, "camera.png"), File.ReadAllBytes(TestAssets.Path("camera.png")));

        var e = Assert.Throws<FileNotFoundException>(() => Images.LoadGray(temp));

        Assert.Contains(temp, e.Message);
        Assert.Contains("is a folder", e.Message);
        Assert.Contains(Path.Combine(temp, "camera.png"), e.Message);
    }

    // Issue 22: the PNG decoder's reason for a cut-short file is a C buffer of NUL characters.
    [Fact]
    public void LoadGray_of_a_truncated_png_names_the_file_and_the_fix_without_control_characters()
    {
        byte[] png = File.ReadAllBytes(TestAssets.Path("camera.png"));
        string cut = Path.Combine(temp, "cut.png");
        File.WriteAllBytes(cut, png[..(png.Length / 2)]);

        var e = Assert.Throws<InvalidDataException>(() => Images.LoadGray(cut));

        Assert.Contains(cut, e.Message);
        Assert.DoesNotContain(e.Message, char.IsControl);
        Assert.Contains("cut short", e.Message);
        Assert.Contains("copy it again", e.Message);
    }
}
