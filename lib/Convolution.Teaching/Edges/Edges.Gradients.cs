namespace Convolution.Teaching;

public static partial class Edges
{
    /// <summary>
    /// Stage 2: the horizontal gradient, the correlation with <see cref="Kernels.SobelX"/> (positive where the
    /// image gets brighter to the right), same size, with the border pixels replicated as <c>cv2.Canny</c> does
    /// (its Sobel call uses BORDER_REPLICATE, not filter2D's Reflect101).
    /// </summary>
    /// <param name="image">The image, e.g. the output of <see cref="Smooth"/>.</param>
    /// <returns>gx, the same size as the image.</returns>
    public static double[,] GradientX(double[,] image) =>
        Filters.Correlate(image, Kernels.SobelX(), OutputMode.Same, BorderMode.Replicate);

    /// <summary>
    /// Stage 2: the vertical gradient, the correlation with <see cref="Kernels.SobelY"/> (positive where the
    /// image gets brighter downwards: rows grow down), same size, replicated borders as in <see cref="GradientX"/>.
    /// </summary>
    /// <param name="image">The image, e.g. the output of <see cref="Smooth"/>.</param>
    /// <returns>gy, the same size as the image.</returns>
    public static double[,] GradientY(double[,] image) =>
        Filters.Correlate(image, Kernels.SobelY(), OutputMode.Same, BorderMode.Replicate);

    /// <summary>
    /// Stage 2: how steep the gradient is. L1, |gx| + |gy|, is <c>cv2.Canny</c>'s default (<c>L2gradient=false</c>):
    /// cheaper, and up to sqrt(2) times the L2 length on diagonals. L2 is sqrt(gx^2 + gy^2), the true length.
    /// </summary>
    /// <param name="gx">The horizontal gradient.</param>
    /// <param name="gy">The vertical gradient, the same shape.</param>
    /// <param name="l2Gradient">False (OpenCV's default) for L1, true for L2.</param>
    /// <returns>The magnitude, never negative.</returns>
    public static double[,] Magnitude(double[,] gx, double[,] gy, bool l2Gradient = false)
    {
        Guard.SameShape(gx, gy, nameof(gx), nameof(gy));
        return Arrays.Map(gx, (r, c, _, _) => l2Gradient
            ? Math.Sqrt((gx[r, c] * gx[r, c]) + (gy[r, c] * gy[r, c]))
            : Math.Abs(gx[r, c]) + Math.Abs(gy[r, c]));
    }

    /// <summary>
    /// Stage 2: the direction the gradient points, in degrees from 0 (to the right) through 90 (down: rows grow
    /// down) to just under 180. A gradient and its opposite are one direction for thinning, so it is folded into [0, 180).
    /// </summary>
    /// <param name="gx">The horizontal gradient.</param>
    /// <param name="gy">The vertical gradient, the same shape.</param>
    /// <returns>Angles in [0, 180); 0 where there is no gradient.</returns>
    public static double[,] Direction(double[,] gx, double[,] gy)
    {
        Guard.SameShape(gx, gy, nameof(gx), nameof(gy));
        return Arrays.Map(gx, (r, c, _, _) => Fold(Math.Atan2(gy[r, c], gx[r, c]) * 180 / Math.PI));
    }

    /// <summary>
    /// Stage 2: the direction rounded to one of 4 bins, the value the angle / 45: 0 (gradient left-right, so
    /// compare with the left and right neighbours), 1 (45 degrees: up-left and down-right), 2 (up and down),
    /// 3 (135 degrees: up-right and down-left). The bin edges are at 22.5, 67.5, 112.5 and 157.5 degrees, from
    /// the exact angle; OpenCV bins by comparing |gy| with |gx| times tan 22.5 and tan 67.5 in 15-bit fixed
    /// point (0.414215 for 0.414214), so a pixel within about 0.0001 degree of an edge can land in the next bin there.
    /// </summary>
    /// <param name="gx">The horizontal gradient.</param>
    /// <param name="gy">The vertical gradient, the same shape.</param>
    /// <returns>0, 1, 2 or 3 at every pixel.</returns>
    public static byte[,] DirectionBins(double[,] gx, double[,] gy)
    {
        double[,] degrees = Direction(gx, gy);
        return Arrays.Map(degrees, (r, c, _, _) => (byte)((int)Math.Floor((degrees[r, c] + 22.5) / 45) % 4));
    }

    private static double Fold(double degrees)
    {
        double folded = degrees < 0 ? degrees + 180 : degrees;
        return folded >= 180 ? folded - 180 : folded;
    }
}
