using Convolution.Teaching.OpenCv;
using Convolution.Teaching.Tests.Support;

namespace Convolution.Teaching.OpenCv.Tests;

/// <summary>
/// Filters.Correlate with <see cref="WindowOptions"/> at stride 1 and dilation 1 against OpenCV: padding p on every side is
/// copyMakeBorder by p with the same border, then filter2D, whose anchor (kH / 2, kW / 2) puts the window whose top-left
/// corner is (r, c) at filter2D's output pixel (r + kH / 2, c + kW / 2). Every window lies inside the padded image, so
/// filter2D's own border never matters. Odd, even and non-square kernels, padding 0 to 2, every border filter2D
/// and copyMakeBorder share. Tolerance: <see cref="ArrayAssert.CorrelationTolerance"/> (float32 sums, OpenCV's fused multiply-adds).
/// </summary>
public class WindowOptionsOpenCvTests
{
    private static readonly (int Rows, int Cols)[] KernelShapes = [(3, 3), (5, 5), (2, 2), (4, 4), (2, 3), (3, 5), (1, 4)];

    public static TheoryData<BorderMode, int, int, int> BordersKernelsAndPaddings()
    {
        var data = new TheoryData<BorderMode, int, int, int>();
        foreach (BorderMode border in new[] { BorderMode.Constant, BorderMode.Replicate, BorderMode.Reflect, BorderMode.Reflect101, BorderMode.Wrap })
        {
            foreach (var k in KernelShapes)
            {
                foreach (int p in new[] { 0, 1, 2 })
                {
                    data.Add(border, k.Rows, k.Cols, p);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BordersKernelsAndPaddings))]
    public void Stride_one_dilation_one_with_padding_equals_CopyMakeBorder_then_Filter2D(BorderMode border, int kRows, int kCols, int p)
    {
        float[,] image = TestData.FloatImage(9, 13, 31 + p);
        float[,] kernel = Conversions.ToFloat(TestData.Kernel(kRows, kCols, 32 + kRows + kCols));

        float[,] ours = Filters.Correlate(image, kernel, new WindowOptions(Padding: p, Border: border));

        float[,] padded = p == 0 ? image : Cv.CopyMakeBorder(image, p, p, p, p, border);
        float[,] filtered = Cv.Filter2D(padded, kernel, BorderMode.Reflect101);
        int outRows = Filters.OutputSize(9, kRows, p), outCols = Filters.OutputSize(13, kCols, p);
        float[,] expected = Arrays.Slice(filtered, (kRows / 2)..((kRows / 2) + outRows), (kCols / 2)..((kCols / 2) + outCols));
        ArrayAssert.Close(expected, ours, ArrayAssert.CorrelationTolerance(image, kernel), $"padding {p}, {border}");
    }
}
