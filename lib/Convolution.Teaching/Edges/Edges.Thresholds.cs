namespace Convolution.Teaching;

public static partial class Edges
{
    /// <summary>
    /// Stage 4: the double threshold. <see cref="Strong"/> (255) where the magnitude is &gt; <paramref name="high"/>,
    /// <see cref="Weak"/> (128) where it is &gt; <paramref name="low"/> but not &gt; high, 0 elsewhere. Both
    /// comparisons are strict, as in <c>cv2.Canny</c> (a magnitude equal to a threshold is not above it), and as
    /// there, thresholds given the wrong way round are swapped.
    /// </summary>
    /// <param name="magnitude">The thinned magnitude from <see cref="NonMaximumSuppression"/>.</param>
    /// <param name="low">The lower threshold (OpenCV's threshold1).</param>
    /// <param name="high">The upper threshold (OpenCV's threshold2).</param>
    /// <returns>0, <see cref="Weak"/> or <see cref="Strong"/> at every pixel.</returns>
    public static byte[,] DoubleThreshold(double[,] magnitude, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(magnitude);
        if (double.IsNaN(low) || double.IsNaN(high))
        {
            throw new ArgumentException($"the thresholds are {low} and {high}: give two numbers, e.g. 100 and 200.", double.IsNaN(low) ? nameof(low) : nameof(high));
        }

        (low, high) = low > high ? (high, low) : (low, high);
        return Arrays.Map(magnitude, (r, c, _, _) => magnitude[r, c] > high ? Strong : magnitude[r, c] > low ? Weak : (byte)0);
    }
}
