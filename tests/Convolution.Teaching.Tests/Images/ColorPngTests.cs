namespace Convolution.Teaching.Tests;

/// <summary>An RGB PNG written by Images.EncodePng decodes to the same three channels.</summary>
public class ColorPngTests
{
    [Fact]
    public void A_colour_image_survives_encoding_and_decoding()
    {
        var red = Arrays.FromRows<byte>([255, 0], [10, 20]);
        var green = Arrays.FromRows<byte>([0, 255], [30, 40]);
        var blue = Arrays.FromRows<byte>([0, 0], [50, 255]);
        string path = Path.Combine(Path.GetTempPath(), "ct-colour-" + Guid.NewGuid().ToString("N") + ".png");
        try
        {
            File.WriteAllBytes(path, Images.EncodeColorPng(new ColorChannels(red, green, blue)));
            ColorChannels back = Images.LoadChannels(path);

            Assert.Equal(red, back.Red);
            Assert.Equal(green, back.Green);
            Assert.Equal(blue, back.Blue);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
