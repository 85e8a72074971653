namespace Convolution.Teaching.Tests.Support;

/// <summary>Random inputs with fixed seeds, so every failure can be reproduced.</summary>
internal static class TestData
{
    /// <summary>A float32 image of uniform values in [0, 1), the range the lesson's float images have after scaling.</summary>
    public static float[,] FloatImage(int rows, int cols, int seed) => Conversions.ToFloat(Arrays.Random(rows, cols, seed));

    /// <summary>An 8-bit image of uniform values in 0..255.</summary>
    public static byte[,] ByteImage(int rows, int cols, int seed)
    {
        var random = new Random(seed);
        var image = new byte[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                image[r, c] = (byte)random.Next(256);
            }
        }

        return image;
    }

    /// <summary>A kernel of uniform values in [-1, 1): no symmetry, so a wrong flip or anchor shows.</summary>
    public static double[,] Kernel(int rows, int cols, int seed)
    {
        var random = new Random(seed);
        var kernel = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                kernel[r, c] = (random.NextDouble() * 2) - 1;
            }
        }

        return kernel;
    }

    /// <summary>Values from threshold - 10 to threshold + 10, with every fourth pixel exactly at the threshold.</summary>
    public static float[,] ImageWithThresholdValues(float threshold)
    {
        float[,] image = FloatImage(8, 9, seed: 11);
        for (int r = 0; r < image.GetLength(0); r++)
        {
            for (int c = 0; c < image.GetLength(1); c++)
            {
                image[r, c] = ((r * 9) + c) % 4 == 0 ? threshold : threshold + (20 * image[r, c]) - 10;
            }
        }

        return image;
    }
}
