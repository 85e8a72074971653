using System.Numerics;

namespace Convolution.Teaching;

/// <summary>Element type conversions with OpenCV's rules.</summary>
public static class Conversions
{
    /// <summary>
    /// To 8 bits as OpenCV's <c>saturate_cast&lt;uchar&gt;</c> does: round half to even
    /// (2.5 becomes 2, 3.5 becomes 4), then clamp to 0..255. NaN becomes 0.
    /// </summary>
    /// <param name="array">The array.</param>
    public static byte[,] ToByte<T>(T[,] array)
        where T : IFloatingPointIeee754<T> =>
        Arrays.Map(array, (r, c, _, _) => ToByte(double.CreateChecked(array[r, c])));

    /// <summary>
    /// One value to 8 bits: round half to even, then clamp to 0..255; NaN is 0. Equals OpenCV's
    /// <c>convertTo(CV_8U)</c> for every value below 2^31 in size; beyond that (and for infinities)
    /// OpenCV's rounding overflows to 0, while this saturates (+infinity is 255, as any large value).
    /// </summary>
    /// <param name="value">The value.</param>
    public static byte ToByte(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        double rounded = Math.Round(value, MidpointRounding.ToEven);
        return rounded <= 0 ? (byte)0 : rounded >= 255 ? (byte)255 : (byte)rounded;
    }

    /// <summary>To float32, exactly (every 8-bit value is a float).</summary>
    /// <param name="array">The array.</param>
    public static float[,] ToFloat(byte[,] array) => Arrays.Map(array, (r, c, _, _) => (float)array[r, c]);

    /// <summary>To float32 (rounded to the nearest float).</summary>
    /// <param name="array">The array.</param>
    public static float[,] ToFloat(double[,] array) => Arrays.Map(array, (r, c, _, _) => (float)array[r, c]);

    /// <summary>To float64, exactly.</summary>
    /// <param name="array">The array.</param>
    public static double[,] ToDouble(byte[,] array) => Arrays.Map(array, (r, c, _, _) => (double)array[r, c]);

    /// <summary>To float64, exactly.</summary>
    /// <param name="array">The array.</param>
    public static double[,] ToDouble(float[,] array) => Arrays.Map(array, (r, c, _, _) => (double)array[r, c]);
}
