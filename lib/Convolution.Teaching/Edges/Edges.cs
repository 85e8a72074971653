namespace Convolution.Teaching;

/// <summary>
/// The Canny edge detector, one stage per method, built from the library's own filters so each stage can be
/// shown as a picture: <see cref="Smooth"/>, <see cref="GradientX"/> / <see cref="GradientY"/>,
/// <see cref="Magnitude"/> and <see cref="DirectionBins"/>, <see cref="NonMaximumSuppression"/>,
/// <see cref="DoubleThreshold"/>, <see cref="Hysteresis"/>; <see cref="Canny(byte[,], double, double, bool)"/> chains them
/// the way OpenCV's <c>cv2.Canny</c> does. Every method returns a new array indexed [row, col] and changes none of its inputs.
/// </summary>
/// <remarks>
/// OpenCV's rules, checked by experiment against <c>Cv2.Canny</c> 4.13 (tests/Convolution.Teaching.OpenCv.Tests/Edges):
/// <list type="bullet">
/// <item><c>cv2.Canny</c> does NOT smooth: it applies the 3 x 3 Sobel kernels directly, with replicated borders.
/// Smoothing first is the caller's job, which is why the lesson blurs with <see cref="Smooth"/> before it.</item>
/// <item>The magnitude is L1, |gx| + |gy|, unless <c>L2gradient=true</c> asks for sqrt(gx^2 + gy^2).</item>
/// <item>The direction is one of 4 bins (0, 45, 90, 135 degrees); a pixel is kept only when it is a maximum along it.</item>
/// <item>The thresholds are strict: a pixel is strong when its magnitude is &gt; high, weak when &gt; low and
/// not &gt; high; a magnitude equal to a threshold is not above it. If low &gt; high, the two are swapped.</item>
/// <item>Hysteresis keeps the weak pixels joined to a strong one through 8-connected weak pixels.</item>
/// </list>
/// </remarks>
public static partial class Edges
{
    /// <summary>The value of a weak pixel in <see cref="DoubleThreshold"/>: above low, not above high.</summary>
    public const byte Weak = 128;

    /// <summary>The value of a strong pixel in <see cref="DoubleThreshold"/>, and of an edge pixel in every edge map.</summary>
    public const byte Strong = 255;

    /// <summary>
    /// Stage 1: Gaussian smoothing, as <c>cv2.GaussianBlur(img, (5, 5), 0)</c> computes it but kept in double (no
    /// rounding to 8 bits): correlation with <paramref name="kernel"/>, by default lesson 6's binomial 5 x 5
    /// (<see cref="Kernels.Binomial5x5"/>, the table GaussianBlur uses for size 5 and sigma 0), same size,
    /// Reflect101 borders (GaussianBlur's default). <c>cv2.Canny</c> itself never smooths.
    /// </summary>
    /// <param name="image">An 8-bit grayscale image.</param>
    /// <param name="kernel">The smoothing kernel; null for <see cref="Kernels.Binomial5x5"/>.</param>
    /// <returns>The smoothed image, the same size, with fractions kept.</returns>
    public static double[,] Smooth(byte[,] image, double[,]? kernel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Filters.Correlate(Conversions.ToDouble(image), kernel ?? Kernels.Binomial5x5(), OutputMode.Same, BorderMode.Reflect101);
    }
}
