namespace Convolution.Teaching;

public static partial class Edges
{
    /// <summary>
    /// <c>cv2.Canny(image, low, high)</c> from the stages: Sobel gradients (no smoothing, as OpenCV), magnitude,
    /// 4 direction bins, non-maximum suppression, strict double threshold, 8-connected hysteresis.
    /// </summary>
    /// <param name="image">An 8-bit grayscale image.</param>
    /// <param name="low">The lower threshold (OpenCV's threshold1).</param>
    /// <param name="high">The upper threshold (OpenCV's threshold2).</param>
    /// <param name="l2Gradient">False (OpenCV's default) for the L1 magnitude |gx| + |gy|.</param>
    /// <returns>The edge map: 255 on edges, 0 elsewhere.</returns>
    public static byte[,] Canny(byte[,] image, double low, double high, bool l2Gradient = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Canny(Conversions.ToDouble(image), low, high, l2Gradient);
    }

    /// <summary>
    /// The same chain on an image with fractions, such as the output of <see cref="Smooth"/> (OpenCV only takes
    /// 8-bit images, so it would see that image rounded).
    /// </summary>
    /// <param name="image">The image.</param>
    /// <param name="low">The lower threshold.</param>
    /// <param name="high">The upper threshold.</param>
    /// <param name="l2Gradient">False for the L1 magnitude, true for L2.</param>
    /// <returns>The edge map: 255 on edges, 0 elsewhere.</returns>
    public static byte[,] Canny(double[,] image, double low, double high, bool l2Gradient = false)
    {
        // Thresholds first: a NaN one is refused before the work of the gradients, with the same message as DoubleThreshold's.
        if (double.IsNaN(low) || double.IsNaN(high))
        {
            DoubleThreshold(new double[1, 1], low, high);
        }

        double[,] gx = GradientX(image), gy = GradientY(image);
        double[,] thin = NonMaximumSuppression(Magnitude(gx, gy, l2Gradient), DirectionBins(gx, gy));
        return Hysteresis(DoubleThreshold(thin, low, high));
    }
}
