using System.Numerics;
using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests;

/// <summary>
/// The reference loop on generated input: every call gives the shape its mode says and exactly what a model written from
/// the definitions gives (same summation order, so equal to the bit, NaN where the model is NaN), or an ArgumentException
/// naming the wrong argument; finite inputs that cannot overflow give finite answers.
/// </summary>
public sealed class FiltersPropertyTests(ITestOutputHelper output)
{
    /// <summary>One generated call: an image, a kernel, the modes, the constant border's value.</summary>
    public sealed record Case<T>(T[,] Image, T[,] Kernel, OutputMode Mode, BorderMode Border, T BorderValue)
        where T : IFloatingPointIeee754<T>
    {
        public override string ToString() =>
            $"image {Generated.Describe(Image)}, kernel {Generated.Describe(Kernel)}, {Mode}, {Border}, border value {BorderValue}";
    }

    internal static Gen<Case<T>> Cases<T>(Gen<T> value)
        where T : IFloatingPointIeee754<T> =>
        from shape in Generated.ImageShape
        from kernelShape in Generated.KernelShape(shape.Rows, shape.Cols)
        from image in Generated.Array2D(value, shape.Rows, shape.Cols)
        from kernel in Generated.Array2D(value, kernelShape.Rows, kernelShape.Cols)
        from mode in Generated.Mode
        from border in Generated.Border
        from borderValue in value
        select new Case<T>(image, kernel, mode, border, borderValue);

    [Fact]
    public void Correlate_double_agrees_with_the_definition_or_names_the_wrong_argument() =>
        Property.Check(output, "Filters.Correlate<double>", Cases(Generated.Double), c => CheckCall(c, flip: false), ciIterations: 400);

    [Fact]
    public void Correlate_float_agrees_with_the_definition_or_names_the_wrong_argument() =>
        Property.Check(output, "Filters.Correlate<float>", Cases(Generated.Float), c => CheckCall(c, flip: false), ciIterations: 300);

    [Fact]
    public void Convolve_agrees_with_the_definition_or_names_the_wrong_argument() =>
        Property.Check(output, "Filters.Convolve<double>", Cases(Generated.Double), c => CheckCall(c, flip: true), ciIterations: 300);

    [Fact]
    public void Correlate_to_byte_is_the_float_correlation_rounded_and_saturated_or_names_the_wrong_argument()
    {
        var gen =
            from shape in Generated.ImageShape
            from kernelShape in Generated.KernelShape(shape.Rows, shape.Cols)
            from image in Generated.Array2D(Gen.Byte, shape.Rows, shape.Cols)
            from kernel in Generated.Array2D(Generated.Float, kernelShape.Rows, kernelShape.Cols)
            from mode in Generated.Mode
            from border in Generated.Border
            select (image, kernel, mode, border);
        Property.Check(output, "Filters.CorrelateToByte", gen, t =>
        {
            var (image, kernel, mode, border) = t;
            var c = new Case<float>(Conversions.ToFloat(image), kernel, mode, border, 0);
            Outcome.Expect($"CorrelateToByte({c})", Work(c), WrongArguments(c), () => Filters.CorrelateToByte(image, kernel, mode, border), result =>
            {
                float[,] model = Model(c, flip: false);
                AssertShape(model, result, c);
                if (!CannotOverflow(c))
                {
                    return; // a sum that can overflow depends on the order of the additions, which OpenCV's model changes
                }

                for (int r = 0; r < model.GetLength(0); r++)
                {
                    for (int col = 0; col < model.GetLength(1); col++)
                    {
                        // OpenCV's fused multiply-adds may round a sum next to .5 the other way: one step either side.
                        int expected = Conversions.ToByte(model[r, col]);
                        if (Math.Abs(expected - result[r, col]) > 1)
                        {
                            throw new XunitException($"CorrelateToByte({c}): at ({r}, {col}) {result[r, col]}, the rounded sum is {expected}.");
                        }
                    }
                }
            });
        }, ciIterations: 200);
    }

    [Fact]
    public void Output_shape_is_the_formula_or_refuses_a_size_no_array_can_have()
    {
        var gen = Gen.Select(Generated.IntOrExtreme(1, 50), Generated.IntOrExtreme(1, 50), Generated.IntOrExtreme(1, 50), Generated.IntOrExtreme(1, 50), Generated.Mode);
        Property.Check(output, "Filters.OutputShape", gen, t =>
        {
            var (rows, cols, kRows, kCols, mode) = t;
            (long Rows, long Cols)? expected = mode switch
            {
                OutputMode.Full => ((long)rows + kRows - 1, (long)cols + kCols - 1),
                OutputMode.Same => (rows, cols),
                OutputMode.Valid => ((long)rows - kRows + 1, (long)cols - kCols + 1),
                _ => null,
            };
            var wrong = new List<string>();
            if (expected is null)
            {
                wrong.Add("mode");
            }
            else if (expected.Value.Rows is > int.MaxValue or < int.MinValue || expected.Value.Cols is > int.MaxValue or < int.MinValue)
            {
                wrong.AddRange(["imageRows", "imageCols", "kernelRows", "kernelCols"]);
            }

            Outcome.Expect($"OutputShape({rows}, {cols}, {kRows}, {kCols}, {mode})", 1, wrong, () => Filters.OutputShape(rows, cols, kRows, kCols, mode),
                shape => Assert.Equal(expected!.Value, ((long)shape.Rows, (long)shape.Cols)));
        }, ciIterations: 300);
    }

    /// <summary>What is wrong with a call, by the library's documented rules, in the names of the parameters.</summary>
    internal static List<string> WrongArguments<T>(Case<T> c)
        where T : IFloatingPointIeee754<T>
    {
        var wrong = new List<string>();
        if (c.Kernel.Cast<T>().Any(v => !T.IsFinite(v)))
        {
            wrong.Add("kernel");
        }

        if (!Enum.IsDefined(c.Mode))
        {
            wrong.Add("mode");
        }
        else if (c.Mode == OutputMode.Valid && (c.Kernel.GetLength(0) > c.Image.GetLength(0) || c.Kernel.GetLength(1) > c.Image.GetLength(1)))
        {
            wrong.Add("kernel");
        }
        else if (c.Mode != OutputMode.Valid && !Enum.IsDefined(c.Border))
        {
            wrong.Add("border");
        }

        return wrong;
    }

    /// <summary>The work of a call: a multiply-add per tap per output pixel, plus the padded image.</summary>
    internal static double Work<T>(Case<T> c)
        where T : IFloatingPointIeee754<T>
    {
        double taps = c.Kernel.Length, pad = (c.Image.GetLength(0) + (2.0 * c.Kernel.GetLength(0))) * (c.Image.GetLength(1) + (2.0 * c.Kernel.GetLength(1)));
        return (pad * taps) + pad;
    }

    private static void CheckCall<T>(Case<T> c, bool flip)
        where T : IFloatingPointIeee754<T>
    {
        string what = $"{(flip ? "Convolve" : "Correlate")}({c})";
        Outcome.Expect(what, Work(c), WrongArguments(c),
            () => flip ? Filters.Convolve(c.Image, c.Kernel, c.Mode, c.Border, c.BorderValue) : Filters.Correlate(c.Image, c.Kernel, c.Mode, c.Border, c.BorderValue),
            result =>
            {
                T[,] model = Model(c, flip);
                AssertShape(model, result, c);
                for (int r = 0; r < model.GetLength(0); r++)
                {
                    for (int col = 0; col < model.GetLength(1); col++)
                    {
                        T m = model[r, col], a = result[r, col];
                        if (!(m == a || (T.IsNaN(m) && T.IsNaN(a))))
                        {
                            throw new XunitException($"{what}: at ({r}, {col}) {a}, the definition gives {m}.");
                        }
                    }
                }

                if (CannotOverflow(c) && result.Cast<T>().Any(v => !T.IsFinite(v)))
                {
                    throw new XunitException($"{what}: finite inputs too small to overflow gave a value that is not finite.");
                }
            });
    }

    /// <summary>True when every input is finite and no sum can reach the type's largest value: sum |k| * max |x| well below it.</summary>
    internal static bool CannotOverflow<T>(Case<T> c)
        where T : IFloatingPointIeee754<T>
    {
        var values = c.Image.Cast<T>().Append(c.BorderValue).ToArray();
        if (values.Any(v => !T.IsFinite(v)) || c.Kernel.Cast<T>().Any(v => !T.IsFinite(v)))
        {
            return false;
        }

        double max = values.Max(v => Math.Abs(double.CreateChecked(v)));
        double kernelSum = c.Kernel.Cast<T>().Sum(v => Math.Abs(double.CreateChecked(v)));
        return max * kernelSum < (typeof(T) == typeof(float) ? float.MaxValue : double.MaxValue) / 4;
    }

    /// <summary>
    /// The definitions, written apart from the library: output (r, c) of the mode sits over image pixel (r - top, c - left)
    /// with the anchor (Same: the anchor; Full: the kernel's far corner); an outside pixel comes from <see cref="Outside"/>.
    /// Convolve is the correlation with the rotated kernel and its rotated anchor. Summed in row-major kernel order.
    /// </summary>
    internal static T[,] Model<T>(Case<T> c, bool flip)
        where T : IFloatingPointIeee754<T>
    {
        int rows = c.Image.GetLength(0), cols = c.Image.GetLength(1), kRows = c.Kernel.GetLength(0), kCols = c.Kernel.GetLength(1);
        T[,] kernel = flip ? Arrays.Flip(c.Kernel) : c.Kernel;
        int anchorRow = flip ? kRows - 1 - (kRows / 2) : kRows / 2, anchorCol = flip ? kCols - 1 - (kCols / 2) : kCols / 2;
        var (outRows, outCols, top, left) = c.Mode switch
        {
            OutputMode.Full => (rows + kRows - 1, cols + kCols - 1, kRows - 1, kCols - 1),
            OutputMode.Same => (rows, cols, anchorRow, anchorCol),
            _ => (rows - kRows + 1, cols - kCols + 1, 0, 0),
        };
        var result = new T[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int col = 0; col < outCols; col++)
            {
                T sum = T.Zero;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        int sr = Outside(r - top + i, rows, c.Border), sc = Outside(col - left + j, cols, c.Border);
                        T pixel = sr < 0 || sc < 0 ? c.BorderValue : c.Image[sr, sc];
                        sum += pixel * kernel[i, j];
                    }
                }

                result[r, col] = sum;
            }
        }

        return result;
    }

    /// <summary>
    /// OpenCV's border rules one reflection at a time (fine for the small coordinates here): the pictograms of
    /// <see cref="BorderMode"/>. -1 means the constant.
    /// </summary>
    internal static int Outside(int p, int n, BorderMode mode)
    {
        while (p < 0 || p >= n)
        {
            switch (mode)
            {
                case BorderMode.Constant:
                    return -1;
                case BorderMode.Replicate:
                    return p < 0 ? 0 : n - 1;
                case BorderMode.Wrap:
                    p = p < 0 ? p + n : p - n;
                    break;
                case BorderMode.Reflect:
                    p = p < 0 ? -p - 1 : (2 * n) - 1 - p;
                    break;
                default:
                    if (n == 1)
                    {
                        return 0;
                    }

                    p = p < 0 ? -p : (2 * n) - 2 - p;
                    break;
            }
        }

        return p;
    }

    private static void AssertShape<TA, TB>(TA[,] expected, TB[,] actual, object c)
    {
        if (expected.GetLength(0) != actual.GetLength(0) || expected.GetLength(1) != actual.GetLength(1))
        {
            throw new XunitException($"{c}: shape {actual.GetLength(0)} x {actual.GetLength(1)}, the mode says {expected.GetLength(0)} x {expected.GetLength(1)}.");
        }
    }
}
