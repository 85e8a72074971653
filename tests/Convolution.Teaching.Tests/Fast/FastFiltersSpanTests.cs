using Convolution.Teaching.Tests.Fast.Support;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>The span core and the into-an-array overloads give what the array overloads give.</summary>
public class FastFiltersSpanTests
{
    [Fact]
    public void Span_core_with_strides_reads_a_sub_image_and_leaves_the_destinations_gaps_alone()
    {
        // A 20 x 30 sub-image at (3, 5) of a 40 x 50 buffer, written into rows 64 floats apart.
        float[,] big = Cases.Random(40, 50, seed: 5);
        float[,] kernel = Cases.Kernel((4, 4));
        float[,] sub = Arrays.Slice(big, 3..23, 5..35);
        const int DstStride = 64;
        var destination = new float[20 * DstStride];
        Array.Fill(destination, float.NaN);
        foreach (FastPath path in Cases.Paths)
        {
            var options = new FastOptions { Path = path };
            float[,] expected = FastFilters.Correlate(sub, kernel, OutputMode.Same, BorderMode.Reflect, 0, options);

            FastFilters.Correlate(Flat(big).AsSpan((3 * 50) + 5), 20, 30, 50, Flat(kernel), 4, 4, destination, DstStride,
                OutputMode.Same, BorderMode.Reflect, 0, options);

            for (int r = 0; r < 20; r++)
            {
                for (int c = 0; c < DstStride; c++)
                {
                    if (c < 30)
                    {
                        Assert.Equal(expected[r, c], destination[(r * DstStride) + c]);
                    }
                    else
                    {
                        Assert.True(float.IsNaN(destination[(r * DstStride) + c]), $"{path}: gap [{r}, {c}] was written");
                    }
                }
            }
        }
    }

    [Fact]
    public void Span_core_matches_the_reference_in_valid_mode()
    {
        float[,] image = Cases.Image((64, 65)), kernel = Cases.Kernel((5, 5));
        var destination = new float[60 * 61];

        FastFilters.Correlate(Flat(image), 64, 65, 65, Flat(kernel), 5, 5, destination, 61);

        double[,] expected = Cases.Reference("64x65|5x5", image, kernel, OutputMode.Valid, BorderMode.Reflect101, convolve: false);
        Cases.AssertClose(expected, ToArray(destination, 60, 61), Cases.Tolerance(image, kernel), "span, Valid");
    }

    [Fact]
    public void Into_overloads_fill_the_given_array_with_the_same_result()
    {
        float[,] image = Cases.Image((64, 65)), kernel = Cases.Kernel((3, 5));
        _ = Cases.SeparableKernel((3, 5), out float[] rowKernel, out float[] columnKernel);
        var destination = new float[66, 69];

        FastFilters.Correlate(image, kernel, destination, OutputMode.Full, BorderMode.Replicate);
        Assert.Equal(FastFilters.Correlate(image, kernel, OutputMode.Full, BorderMode.Replicate), destination);

        FastFilters.Convolve(image, kernel, destination, OutputMode.Full, BorderMode.Wrap);
        Assert.Equal(FastFilters.Convolve(image, kernel, OutputMode.Full, BorderMode.Wrap), destination);

        FastFilters.CorrelateSeparable(image, rowKernel, columnKernel, destination, OutputMode.Full, BorderMode.Constant, 2f);
        Assert.Equal(FastFilters.CorrelateSeparable(image, rowKernel, columnKernel, OutputMode.Full, BorderMode.Constant, 2f), destination);
    }

    [Fact]
    public void Describe_names_the_default_path_and_the_threads()
    {
        string text = FastFilters.Describe(FastOptions.SingleThread);

        Assert.StartsWith(FastFilters.DefaultPath.ToString(), text);
        Assert.Contains("up to 1 thread", text);
        Assert.Contains("Scalar (1 float a vector", FastFilters.Describe(new FastOptions { Path = FastPath.Scalar }));
    }

    [Fact]
    public void Default_path_is_the_widest_accelerated_vector_size()
    {
        FastPath expected = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? FastPath.Vector512
            : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? FastPath.Vector256
            : System.Numerics.Vector.IsHardwareAccelerated ? FastPath.VectorT
            : FastPath.Scalar;

        Assert.Equal(expected, FastFilters.DefaultPath);
    }

    [Fact]
    public void Scalar_auto_and_the_default_path_are_always_accelerated()
    {
        Assert.True(FastFilters.IsAccelerated(FastPath.Scalar));
        Assert.True(FastFilters.IsAccelerated(FastPath.Auto));
        Assert.True(FastFilters.IsAccelerated(FastFilters.DefaultPath));
        Assert.Equal(System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated, FastFilters.IsAccelerated(FastPath.Vector512));
    }

    internal static float[] Flat(float[,] array)
    {
        var flat = new float[array.Length];
        Buffer.BlockCopy(array, 0, flat, 0, array.Length * sizeof(float));
        return flat;
    }

    private static float[,] ToArray(float[] flat, int rows, int cols)
    {
        var result = new float[rows, cols];
        Buffer.BlockCopy(flat, 0, result, 0, rows * cols * sizeof(float));
        return result;
    }
}
