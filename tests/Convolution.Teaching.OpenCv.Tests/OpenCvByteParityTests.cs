using Convolution.Teaching.OpenCv;
using Convolution.Teaching.Tests.Support;
using OpenCvSharp;
using Xunit.Abstractions;

namespace Convolution.Teaching.OpenCv.Tests;

/// <summary>
/// The 8-bit path: Filters.CorrelateToByte against <c>cv2.filter2D(img, -1, kernel)</c>, pixel for
/// pixel with no tolerance, and the binomial kernel against <c>cv2.GaussianBlur</c>.
/// Why exact is possible at all: see the remarks on <see cref="Filters.CorrelateToByte"/>.
/// </summary>
public class OpenCvByteParityTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[,]> Chelsea = new(() => Images.LoadGray(TestAssets.Path("chelsea.png")));

    // Widths 1 to 7 and 131 put pixels into OpenCV's scalar tail (the last width % 4 of a row) and into
    // each of its vector steps (32, 16 and 4 pixels).
    private static readonly (int Rows, int Cols)[] RandomShapes = [(1, 1), (3, 2), (2, 3), (6, 5), (4, 7), (9, 16), (37, 131)];

    public static TheoryData<string, BorderMode> KernelsAndBorders()
    {
        var data = new TheoryData<string, BorderMode>();
        foreach (string name in NamedKernels.Keys)
        {
            foreach (BorderMode border in new[] { BorderMode.Constant, BorderMode.Replicate, BorderMode.Reflect, BorderMode.Reflect101 })
            {
                data.Add(name, border);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KernelsAndBorders))]
    public void CorrelateToByte_equals_Filter2D_with_depth_minus_one_exactly(string kernelName, BorderMode border)
    {
        double[,] kernel = NamedKernels[kernelName];

        foreach (var (name, image) in Images8Bit())
        {
            byte[,] ours = Filters.CorrelateToByte(image, Conversions.ToFloat(kernel), OutputMode.Same, border);

            ArrayAssert.Equal(Cv.Filter2D(image, kernel, border), ours, $"{kernelName} on {name}, {border}");
        }
    }

    [Theory]
    [MemberData(nameof(KernelsAndBorders))]
    public void CorrelateToByte_valid_and_full_are_the_matching_parts_of_Filter2D_exactly(string kernelName, BorderMode border)
    {
        double[,] kernel = NamedKernels[kernelName];
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1), aR = kRows / 2, aC = kCols / 2;

        // Random images only: chelsea already runs through the Same test, and each Full run pads it again.
        foreach (var (name, image) in Images8Bit().Where(i => i.Name != "chelsea"))
        {
            int rows = image.GetLength(0), cols = image.GetLength(1);
            byte[,] padded = CopyMakeBorder(image, kRows - 1, kCols - 1, border);
            byte[,] full = Arrays.Slice(Cv.Filter2D(padded, kernel), aR..(aR + rows + kRows - 1), aC..(aC + cols + kCols - 1));
            ArrayAssert.Equal(full, Filters.CorrelateToByte(image, Conversions.ToFloat(kernel), OutputMode.Full, border), $"Full {kernelName} on {name}");

            if (rows >= kRows && cols >= kCols)
            {
                byte[,] valid = Arrays.Slice(Cv.Filter2D(image, kernel, border), aR..(rows - kRows + aR + 1), aC..(cols - kCols + aC + 1));
                ArrayAssert.Equal(valid, Filters.CorrelateToByte(image, Conversions.ToFloat(kernel), OutputMode.Valid), $"Valid {kernelName} on {name}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(9)]
    public void The_last_width_mod4_pixels_of_a_row_are_summed_like_OpenCvs_scalar_tail(int width)
    {
        // 75 * 0.156 + 75 * 0.664 is 61.5 on paper. In float32, a separate multiply and add gives
        // exactly 61.5 (rounded to even: 62); a fused multiply-add gives 61.4999962 (61). OpenCV's
        // vector loop (fused, on AVX2 + FMA CPUs) covers 4 * floor(width / 4) pixels, its scalar tail the rest.
        byte[,] row = Arrays.Full(1, width, (byte)75);
        double[,] kernel = Arrays.FromRows<double>([0.156, 0.664]);
        bool fusedCpu = System.Runtime.Intrinsics.X86.Avx2.IsSupported && System.Runtime.Intrinsics.X86.Fma.IsSupported;
        int vectorEnd = fusedCpu ? width - (width % 4) : 0;
        byte[,] expected = Arrays.Map(row, (_, c, _, _) => (byte)(c < vectorEnd ? 61 : 62));

        ArrayAssert.Equal(expected, Cv.Filter2D(row, kernel, BorderMode.Replicate), "OpenCV");
        ArrayAssert.Equal(expected, Filters.CorrelateToByte(row, Conversions.ToFloat(kernel), OutputMode.Same, BorderMode.Replicate), "ours");
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(5, 0)]
    [InlineData(7, 1.5)]
    public void GaussianBlur_wrapper_equals_Cv2_GaussianBlur(int size, double sigma)
    {
        using Mat src = Cv.ToMat(Chelsea.Value);
        using var dst = new Mat();
        Cv2.GaussianBlur(src, dst, new Size(size, size), sigma);

        ArrayAssert.Equal(Cv.ToByteArray(dst), Cv.GaussianBlur(Chelsea.Value, size, sigma), $"GaussianBlur {size} {sigma}");
    }

    [Fact]
    public void Binomial5x5_differs_from_GaussianBlur_only_at_exact_halves_where_OpenCv_rounds_up()
    {
        // OpenCV's 5x5 sigma-0 table is [1, 4, 6, 4, 1] / 16, so both compute S / 256 exactly, where S is
        // the integer sum of [1 4 6 4 1]^T [1 4 6 4 1] times the pixels. They round differently: filter2D
        // half to even, GaussianBlur's fixed point half up. So they differ exactly where S / 256 ends in
        // .5 with an even integer part, and there GaussianBlur is 1 higher.
        byte[,] image = Chelsea.Value;
        byte[,] binomial = Filters.CorrelateToByte(image, Conversions.ToFloat(Kernels.Binomial5x5()));
        byte[,] gaussian = Cv.GaussianBlur(image, 5, 0);
        double[,] sums = Filters.Correlate(Conversions.ToDouble(image), Arrays.Scale(256.0, Kernels.Binomial5x5()), OutputMode.Same, BorderMode.Reflect101);

        int differ = 0, predicted = 0;
        for (int r = 0; r < image.GetLength(0); r++)
        {
            for (int c = 0; c < image.GetLength(1); c++)
            {
                long s = (long)sums[r, c];
                bool evenHalf = s % 256 == 128 && (s / 256) % 2 == 0;
                predicted += evenHalf ? 1 : 0;
                differ += binomial[r, c] != gaussian[r, c] ? 1 : 0;
                Assert.Equal(evenHalf ? binomial[r, c] + 1 : binomial[r, c], (int)gaussian[r, c]);
            }
        }

        output.WriteLine($"chelsea: {differ} of {image.Length} pixels differ by 1 (predicted {predicted}).");
        Assert.True(differ > 0, "chelsea has exact halves, so some pixels must differ; if none do, OpenCV changed its rounding.");
    }

    private static readonly Dictionary<string, double[,]> NamedKernels = new()
    {
        ["box 3x3"] = Kernels.BoxBlur(3),
        ["box 5x5"] = Kernels.BoxBlur(5),
        ["sharpen"] = Kernels.Sharpen(),
        ["identity minus blur"] = Kernels.IdentityMinusBlur(),
        ["edge"] = Kernels.Edge(),
        ["binomial 5x5"] = Kernels.Binomial5x5(),
        ["[0.5, 0.5]"] = Arrays.FromRows<double>([0.5, 0.5]),
        ["random 3x3"] = RandomKernel(3, 3),
        ["random 5x5"] = RandomKernel(5, 5),
        ["random 4x4"] = RandomKernel(4, 4),
        ["random 2x3"] = RandomKernel(2, 3),
        ["random 1x5"] = RandomKernel(1, 5),
        ["random 5x1"] = RandomKernel(5, 1),
    };

    // Weights in [-0.5, 1.5) / n: responses mostly inside 0..255, so rounding (not saturation) is what gets tested.
    private static double[,] RandomKernel(int rows, int cols) =>
        Arrays.Scale(0.5 / (rows * cols), Arrays.Add(Arrays.Scale(2.0, TestData.Kernel(rows, cols, seed: (rows * 10) + cols)), Arrays.Full(rows, cols, 1.0)));

    private static IEnumerable<(string Name, byte[,] Image)> Images8Bit() =>
        RandomShapes.Select(s => ($"random {s.Rows}x{s.Cols}", TestData.ByteImage(s.Rows, s.Cols, seed: (s.Rows * 1000) + s.Cols)))
            .Append(("chelsea", Chelsea.Value));

    private static byte[,] CopyMakeBorder(byte[,] image, int rowPad, int colPad, BorderMode border)
    {
        using Mat src = Cv.ToMat(image);
        using var dst = new Mat();
        Cv2.CopyMakeBorder(src, dst, rowPad, rowPad, colPad, colPad, Cv.ToBorderType(border), Scalar.All(0));
        return Cv.ToByteArray(dst);
    }
}
