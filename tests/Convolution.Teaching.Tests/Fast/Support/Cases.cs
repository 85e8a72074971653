using System.Collections.Concurrent;

namespace Convolution.Teaching.Tests.Fast.Support;

/// <summary>
/// Random inputs with fixed seeds, the float64 reference results (computed once and shared by
/// every path's test), and the tolerance a float32 sum is held to.
/// </summary>
public static class Cases
{
    /// <summary>The kernel shapes the brief asks for: odd, even, non-square, 1-wide, and large.</summary>
    public static readonly (int Rows, int Cols)[] KernelShapes = [(1, 1), (3, 3), (5, 5), (4, 4), (2, 3), (1, 5), (7, 1), (11, 11), (31, 31)];

    /// <summary>Image shapes: a single pixel, narrower and shorter than any vector, and sizes that are not multiples of one.</summary>
    public static readonly (int Rows, int Cols)[] ImageShapes = [(1, 1), (3, 17), (17, 3), (64, 65), (130, 257)];

    /// <summary>Every path a test can force (Auto is whichever of these the machine picks).</summary>
    public static readonly FastPath[] Paths = [FastPath.Scalar, FastPath.VectorT, FastPath.Vector128, FastPath.Vector256, FastPath.Vector512];

    /// <summary>The constant-border value: not zero, so a path that ignores it fails.</summary>
    public const float BorderValue = 0.5f;

    private static readonly ConcurrentDictionary<string, double[,]> References = new();

    /// <summary>Uniform values in [-1, 1): both signs, so sums cancel as they do in edge kernels.</summary>
    public static float[,] Random(int rows, int cols, int seed)
    {
        var random = new Random(seed);
        var result = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                result[r, c] = (random.NextSingle() * 2) - 1;
            }
        }

        return result;
    }

    /// <summary>The test image of a shape (seed from the shape, so every test sees the same pixels).</summary>
    public static float[,] Image((int Rows, int Cols) shape) => Random(shape.Rows, shape.Cols, seed: (shape.Rows * 1000) + shape.Cols);

    /// <summary>The test kernel of a shape: random, so not separable.</summary>
    public static float[,] Kernel((int Rows, int Cols) shape) => Random(shape.Rows, shape.Cols, seed: 7 + (shape.Rows * 100) + shape.Cols);

    /// <summary>A rank-1 kernel: the outer product of a random column and a random row.</summary>
    public static float[,] SeparableKernel((int Rows, int Cols) shape, out float[] rowKernel, out float[] columnKernel)
    {
        float[,] column = Random(shape.Rows, 1, seed: 11 + shape.Rows);
        float[,] row = Random(1, shape.Cols, seed: 13 + shape.Cols);
        columnKernel = new float[shape.Rows];
        rowKernel = new float[shape.Cols];
        var kernel = new float[shape.Rows, shape.Cols];
        for (int i = 0; i < shape.Rows; i++)
        {
            columnKernel[i] = column[i, 0];
            for (int j = 0; j < shape.Cols; j++)
            {
                rowKernel[j] = row[0, j];
                kernel[i, j] = column[i, 0] * row[0, j];
            }
        }

        return kernel;
    }

    /// <summary>True when Valid mode is defined for these shapes (the kernel fits in the image).</summary>
    public static bool Fits((int Rows, int Cols) image, (int Rows, int Cols) kernel) => kernel.Rows <= image.Rows && kernel.Cols <= image.Cols;

    /// <summary>
    /// The reference, <see cref="Filters.Correlate{T}(T[,], T[,], OutputMode, BorderMode, T)"/> or <see cref="Filters.Convolve{T}"/>, in float64 on
    /// the same float32 inputs: the exact sum to within 1e-16, so all the difference is the fast path's.
    /// </summary>
    public static double[,] Reference(string key, float[,] image, float[,] kernel, OutputMode mode, BorderMode border, bool convolve) =>
        References.GetOrAdd($"{key}|{mode}|{border}|{convolve}", _ =>
        {
            double[,] x = Conversions.ToDouble(image), k = Conversions.ToDouble(kernel);
            return convolve ? Filters.Convolve(x, k, mode, border, BorderValue) : Filters.Correlate(x, k, mode, border, BorderValue);
        });

    /// <summary>
    /// How far a float32 result may be from the float64 reference: n * eps * max|x| * sum|k|, with n
    /// the kernel's taps and eps = 2^-23 (float's epsilon). A float sum of n products is off by at most
    /// about n roundings of half an epsilon each, relative to the sum of the products' sizes, which is
    /// at most max|x| * sum|k| (the classical bound for recursive summation, with a factor 2 to spare).
    /// So a 31 x 31 kernel gets 961 times a 1 x 1 kernel's tolerance: its sums have 961 terms.
    /// </summary>
    public static double Tolerance(float[,] image, float[,] kernel)
    {
        double maxX = BorderValue, sumK = 0;
        foreach (float x in image)
        {
            maxX = Math.Max(maxX, Math.Abs(x));
        }

        foreach (float k in kernel)
        {
            sumK += Math.Abs(k);
        }

        return kernel.Length * Math.Pow(2, -23) * maxX * sumK;
    }

    /// <summary>
    /// The FFT path's tolerance: 4 log2(T) eps max|x| sum|k|, with T = 16 NextPow2(rows + kH) NextPow2(cols + kW)
    /// a bound on the elements of the largest tile it can choose. An FFT's rounding error grows with the
    /// log of its length (each of the log2 T stages rounds once), not with the kernel's taps; the factor
    /// 4 covers the forward and inverse transforms and the product. Measured errors are 0.1 to 2.5 units
    /// of eps max|x| sum|k| (see RESULTS.md), against 20 to 100 units allowed.
    /// </summary>
    public static double FftTolerance(float[,] image, float[,] kernel)
    {
        double maxX = BorderValue, sumK = 0;
        foreach (float x in image)
        {
            maxX = Math.Max(maxX, Math.Abs(x));
        }

        foreach (float k in kernel)
        {
            sumK += Math.Abs(k);
        }

        double tile = 16.0 * NextPowerOf2(image.GetLength(0) + kernel.GetLength(0)) * NextPowerOf2(image.GetLength(1) + kernel.GetLength(1));
        return 4 * Math.Log2(tile) * Math.Pow(2, -23) * maxX * sumK;
    }

    private static int NextPowerOf2(int n)
    {
        int p = 1;
        while (p < n)
        {
            p *= 2;
        }

        return p;
    }

    /// <summary>Asserts shape and every pixel within <paramref name="tolerance"/>, naming the case and the first bad pixel.</summary>
    public static void AssertClose(double[,] expected, float[,] actual, double tolerance, string what)
    {
        Assert.True(expected.GetLength(0) == actual.GetLength(0) && expected.GetLength(1) == actual.GetLength(1),
            $"{what}: shape {actual.GetLength(0)} x {actual.GetLength(1)}, expected {expected.GetLength(0)} x {expected.GetLength(1)}");
        for (int r = 0; r < expected.GetLength(0); r++)
        {
            for (int c = 0; c < expected.GetLength(1); c++)
            {
                double error = Math.Abs(actual[r, c] - expected[r, c]);
                if (!(error <= tolerance))
                {
                    Assert.Fail($"{what}: pixel [{r}, {c}] is {actual[r, c]}, expected {expected[r, c]} (error {error:g3} > tolerance {tolerance:g3})");
                }
            }
        }
    }
}
