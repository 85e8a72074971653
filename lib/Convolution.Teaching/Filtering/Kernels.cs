namespace Convolution.Teaching;

/// <summary>
/// The kernels of the lesson and a few classics. Every call returns a fresh array, so changing
/// one never changes another. What a kernel sums to tells what it does to a flat region: a sum of
/// 1 keeps the brightness, a sum of 0 turns flat regions black and keeps only changes.
/// </summary>
public static class Kernels
{
    /// <summary>
    /// Box blur: an n x n kernel of 1/n². Each output pixel is the plain average of the n x n
    /// pixels under it. Sums to 1.
    /// </summary>
    /// <param name="size">n, the width and height (at least 1, and n² entries an array can hold).</param>
    public static double[,] BoxBlur(int size = 3)
    {
        Guard.KernelSize(size, nameof(size));
        return Arrays.Full(size, size, 1.0 / ((double)size * size));
    }

    /// <summary>
    /// Identity: zeros with a single 1 at the anchor (n / 2, n / 2). Correlating with it returns the
    /// image unchanged (in Valid mode, the image without its border). Sums to 1.
    /// </summary>
    /// <param name="size">n, the width and height (at least 1).</param>
    public static double[,] Identity(int size = 3)
    {
        Guard.KernelSize(size, nameof(size));
        var kernel = new double[size, size];
        kernel[size / 2, size / 2] = 1;
        return kernel;
    }

    /// <summary>
    /// Identity minus box blur: the image minus its local average, which leaves only the places
    /// where pixels change (edges, hair strands). Sums to 0.
    /// </summary>
    /// <param name="size">n, the width and height (at least 1).</param>
    public static double[,] IdentityMinusBlur(int size = 3) => Arrays.Subtract(Identity(size), BoxBlur(size));

    /// <summary>
    /// Sharpen: 2 x identity minus box blur, i.e. the image plus (image minus its blur). Adds the
    /// detail back on top of the image, so edges stand out. Sums to 1.
    /// </summary>
    /// <param name="size">n, the width and height (at least 1).</param>
    public static double[,] Sharpen(int size = 3) => Arrays.Subtract(Arrays.Scale(2.0, Identity(size)), BoxBlur(size));

    /// <summary>
    /// The 5x5 binomial approximation of a Gaussian: the outer product of [1, 4, 6, 4, 1] with
    /// itself, divided by 256. Weights fall off from the centre (36/256) to the corners (1/256), so it
    /// blurs more gently than a box. Sums to 1.
    /// </summary>
    public static double[,] Binomial5x5()
    {
        double[] row = [1, 4, 6, 4, 1];
        var kernel = new double[5, 5];
        for (int r = 0; r < 5; r++)
        {
            for (int c = 0; c < 5; c++)
            {
                kernel[r, c] = row[r] * row[c] / 256.0;
            }
        }

        return kernel;
    }

    /// <summary>
    /// A sampled Gaussian, size x size, normalised to sum to 1, with OpenCV's rule when
    /// <paramref name="sigma"/> is 0 or less: sigma = 0.3 * ((size - 1) * 0.5 - 1) + 0.8.
    /// (With sigma 0 and sizes 1 to 9, OpenCV 4.13's <c>getGaussianKernel</c> returns fixed tables instead, e.g.
    /// [1 4 6 4 1] / 16 for size 5, whose outer product is <see cref="Binomial5x5"/>.)
    /// A sigma far below a pixel (about 0.1 or less, down to the smallest double) puts all the weight on the centre
    /// and gives <see cref="Identity"/>, the limit of an ever narrower Gaussian; a sigma far above the size gives
    /// almost equal weights, close to <see cref="BoxBlur"/>.
    /// </summary>
    /// <param name="size">An odd size (1, 3, 5, ...).</param>
    /// <param name="sigma">The standard deviation in pixels; 0 or less picks it from the size.</param>
    /// <exception cref="ArgumentException">An even or non-positive size, or a NaN or infinite sigma.</exception>
    public static double[,] Gaussian(int size, double sigma = 0)
    {
        Guard.KernelSize(size, nameof(size));
        if (size % 2 == 0)
        {
            throw new ArgumentException($"size is {size}: a Gaussian kernel needs an odd size (3, 5, 7, ...) so it has a centre.", nameof(size));
        }

        if (!double.IsFinite(sigma))
        {
            throw new ArgumentException($"sigma is {sigma}: give a finite number of pixels, or 0 to pick it from the size.", nameof(sigma));
        }

        if (sigma <= 0)
        {
            sigma = (0.3 * (((size - 1) * 0.5) - 1)) + 0.8;
        }

        var weights = new double[size];
        for (int i = 0; i < size; i++)
        {
            // (x / sigma)^2, not x^2 / (2 sigma^2): for a tiny sigma, 2 sigma^2 underflows to 0 and the centre's 0 / 0 was
            // NaN; x / sigma is 0 at the centre for every sigma and overflows only to infinity (weight 0) elsewhere.
            double z = (i - (size / 2)) / sigma;
            weights[i] = Math.Exp(-0.5 * z * z);
        }

        double total = weights.Sum();
        var kernel = new double[size, size];
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                kernel[r, c] = weights[r] * weights[c] / (total * total);
            }
        }

        return kernel;
    }

    /// <summary>
    /// The lesson's edge kernel: 8 in the centre, -1 around it. Flat regions give 0, and a pixel that
    /// differs from its neighbours gives a large response. Sums to 0.
    /// </summary>
    public static double[,] Edge() => Arrays.FromRows<double>([-1, -1, -1], [-1, 8, -1], [-1, -1, -1]);

    /// <summary>
    /// Sobel in x: responds to brightness that changes from left to right (vertical edges); positive
    /// where it gets brighter to the right. Sums to 0.
    /// </summary>
    public static double[,] SobelX() => Arrays.FromRows<double>([-1, 0, 1], [-2, 0, 2], [-1, 0, 1]);

    /// <summary>
    /// Sobel in y: responds to brightness that changes from top to bottom (horizontal edges);
    /// positive where it gets brighter downwards. Sums to 0.
    /// </summary>
    public static double[,] SobelY() => Arrays.FromRows<double>([-1, -2, -1], [0, 0, 0], [1, 2, 1]);

    /// <summary>
    /// The 4-neighbour Laplacian: centre -4, its four neighbours 1 (OpenCV's <c>Laplacian</c> with
    /// ksize 1). The second derivative: zero on flat regions and even slopes, large at thin lines. Sums to 0.
    /// </summary>
    public static double[,] Laplacian() => Arrays.FromRows<double>([0, 1, 0], [1, -4, 1], [0, 1, 0]);

    /// <summary>
    /// The kernel with <c>dilation - 1</c> zeros inserted between neighbouring taps, in rows and in columns:
    /// a k-tap kernel becomes <c>d(k - 1) + 1</c> taps wide. Correlating with it is correlating with the
    /// original at dilation d (<see cref="WindowOptions.Dilation"/>), only slower: it multiplies the zeros too.
    /// </summary>
    /// <param name="kernel">The kernel, indexed [row, col].</param>
    /// <param name="dilation">d, at least 1 (1 gives a copy of the kernel).</param>
    /// <returns>A new array; the kernel is not changed.</returns>
    public static T[,] Dilate<T>(T[,] kernel, int dilation)
    {
        Guard.NotEmpty(kernel, nameof(kernel));
        Guard.Positive(dilation, nameof(dilation));
        int rows = kernel.GetLength(0), cols = kernel.GetLength(1);
        var dilated = new T[(dilation * (rows - 1)) + 1, (dilation * (cols - 1)) + 1];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                dilated[i * dilation, j * dilation] = kernel[i, j];
            }
        }

        return dilated;
    }
}
