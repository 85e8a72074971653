using System.Numerics;

namespace Convolution.Teaching;

/// <summary>The kinds of <c>cv2.threshold</c>. "Above" always means strictly greater than the threshold.</summary>
public enum ThresholdType
{
    /// <summary><c>THRESH_BINARY</c>: maxValue where v &gt; threshold, else 0.</summary>
    Binary,

    /// <summary><c>THRESH_BINARY_INV</c>: 0 where v &gt; threshold, else maxValue.</summary>
    BinaryInverted,

    /// <summary><c>THRESH_TRUNC</c>: threshold where v &gt; threshold, else v.</summary>
    Truncate,

    /// <summary><c>THRESH_TOZERO</c>: v where v &gt; threshold, else 0.</summary>
    ToZero,

    /// <summary><c>THRESH_TOZERO_INV</c>: 0 where v &gt; threshold, else v.</summary>
    ToZeroInverted,
}

/// <summary><c>cv2.threshold</c> in managed code.</summary>
public static class Thresholding
{
    /// <summary>
    /// Applies a fixed threshold to every element, as <c>cv2.threshold(src, thresh, maxval, type)[1]</c>.
    /// The lesson's <c>cv2.threshold(img, 15, 200, cv2.THRESH_BINARY)</c> is
    /// <c>Thresholding.Apply(img, 15, 200, ThresholdType.Binary)</c>: pixels above 15 become 200, the rest 0.
    /// </summary>
    /// <param name="array">The image.</param>
    /// <param name="threshold">The threshold; "above" is strictly greater.</param>
    /// <param name="maxValue">The value for Binary and BinaryInverted.</param>
    /// <param name="type">Which rule.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentException">An unknown type, a NaN threshold (nothing is above it), or a NaN maxValue for Binary and BinaryInverted.</exception>
    public static T[,] Apply<T>(T[,] array, T threshold, T maxValue, ThresholdType type = ThresholdType.Binary)
        where T : INumber<T>
    {
        ArgumentNullException.ThrowIfNull(array);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ThresholdType: use Binary, BinaryInverted, Truncate, ToZero or ToZeroInverted.");
        }

        // NaN compares false with everything, so a NaN threshold would silently make every pixel "not above": refuse it.
        if (T.IsNaN(threshold))
        {
            throw new ArgumentException("threshold is NaN: nothing is above it, so every pixel would get the same rule. Give a number, e.g. 127.", nameof(threshold));
        }

        if (T.IsNaN(maxValue) && type is ThresholdType.Binary or ThresholdType.BinaryInverted)
        {
            throw new ArgumentException($"maxValue is NaN: {type} would write NaN into the image. Give the value for pixels above the threshold, e.g. 255.", nameof(maxValue));
        }

        return Arrays.Map(array, (r, c, _, _) => Apply(array[r, c], threshold, maxValue, type));
    }

    private static T Apply<T>(T v, T threshold, T maxValue, ThresholdType type)
        where T : INumber<T>
    {
        bool above = v > threshold;
        return type switch
        {
            ThresholdType.Binary => above ? maxValue : T.Zero,
            ThresholdType.BinaryInverted => above ? T.Zero : maxValue,
            ThresholdType.Truncate => above ? threshold : v,
            ThresholdType.ToZero => above ? v : T.Zero,
            ThresholdType.ToZeroInverted => above ? T.Zero : v,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ThresholdType: use Binary, BinaryInverted, Truncate, ToZero or ToZeroInverted."),
        };
    }
}
