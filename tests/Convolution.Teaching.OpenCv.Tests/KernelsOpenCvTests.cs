using Convolution.Teaching.OpenCv;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv.Tests;

/// The core's Kernels checked against OpenCV's own functions.
public class KernelsOpenCvTests
{
    private static double[] GetGaussianKernel(int size, double sigma)
    {
        Cv.EnsureLoaded();
        using Mat? g = Cv2.GetGaussianKernel(size, sigma, MatType.CV_64F);
        double[]? values = null;
        g?.GetArray(out values);
        return values ?? throw new InvalidOperationException("getGaussianKernel returned no values.");
    }

    [Theory]
    [InlineData(3, 0.8)]
    [InlineData(5, 1.1)]
    [InlineData(7, 2.0)]
    [InlineData(9, 1.7)]
    [InlineData(11, 0)] // above 9, sigma 0 means the formula 0.3 * ((n - 1) / 2 - 1) + 0.8 = 2.0
    [InlineData(13, 0)]
    public void GaussianIsTheOuterProductOfOpenCvsGetGaussianKernel(int size, double sigma)
    {
        double[] g = GetGaussianKernel(size, sigma);

        double[,] kernel = Kernels.Gaussian(size, sigma);

        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                Assert.True(Math.Abs((g[r] * g[c]) - kernel[r, c]) <= 1e-12, $"({r}, {c}): OpenCV {g[r] * g[c]}, ours {kernel[r, c]}");
            }
        }
    }

    [Fact]
    public void With_sigma_zero_and_size5_OpenCvs_table_is_the_binomial_row()
    {
        double[] table = GetGaussianKernel(5, 0);
        double[,] outer = Arrays.Map(Kernels.Binomial5x5(), (r, c, _, _) => table[r] * table[c]);

        Assert.Equal([1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0], table);
        Assert.Equal(Kernels.Binomial5x5(), outer);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(9)]
    public void With_sigma_zero_up_to_size9_OpenCv_uses_fixed_tables_where_gaussian_samples_the_formula(int size)
    {
        double[] table = GetGaussianKernel(size, 0);
        double[,] ours = Kernels.Gaussian(size, 0);

        Assert.Equal(1.0, table.Sum(), 12);
        Assert.Contains(Enumerable.Range(0, size), i => Math.Abs((table[i] * table[i]) - ours[i, i]) > 1e-5);
    }
}
