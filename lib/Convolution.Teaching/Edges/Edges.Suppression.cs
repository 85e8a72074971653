namespace Convolution.Teaching;

public static partial class Edges
{
    /// <summary>
    /// Stage 3: non-maximum suppression. A pixel keeps its magnitude only when it is a maximum along its gradient
    /// direction (its bin from <see cref="DirectionBins"/>), compared with the two neighbours on that line; every
    /// other pixel becomes 0. This thins a blurry ridge of large gradients to a line one pixel wide.
    /// </summary>
    /// <remarks>
    /// Ties follow <c>cv2.Canny</c>: for bins 0 and 2 the pixel must be strictly greater than the neighbour before it
    /// (left, or above) and at least equal to the one after it (right, or below), so a flat-topped ridge two pixels
    /// wide keeps exactly one of them; for the diagonal bins it must be strictly greater than both. Neighbours
    /// outside the image count as 0, as in OpenCV's zero-padded magnitude rows.
    /// </remarks>
    /// <param name="magnitude">The gradient magnitude.</param>
    /// <param name="bins">The direction bins, the same shape.</param>
    /// <returns>The thinned magnitude: the pixel's magnitude where it is a maximum, 0 elsewhere.</returns>
    public static double[,] NonMaximumSuppression(double[,] magnitude, byte[,] bins)
    {
        Guard.SameShape(magnitude, bins, nameof(magnitude), nameof(bins));
        return Arrays.Map(magnitude, (r, c, rows, cols) =>
        {
            double m = magnitude[r, c];
            double At(int dr, int dc)
            {
                int rr = r + dr, cc = c + dc;
                return rr >= 0 && rr < rows && cc >= 0 && cc < cols ? magnitude[rr, cc] : 0;
            }

            bool keep = bins[r, c] switch
            {
                0 => m > At(0, -1) && m >= At(0, 1),
                1 => m > At(-1, -1) && m > At(1, 1),
                2 => m > At(-1, 0) && m >= At(1, 0),
                3 => m > At(-1, 1) && m > At(1, -1),
                _ => throw new ArgumentException($"bins[{r}, {c}] is {bins[r, c]}: a direction bin is 0, 1, 2 or 3: pass the output of DirectionBins(gx, gy).", nameof(bins)),
            };
            return keep ? m : 0;
        });
    }
}
