using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;
using Case = Convolution.Teaching.Tests.FiltersPropertyTests.Case<float>;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>
/// The fast path on generated input and generated options (every accelerated instruction path, direct or FFT, separable
/// detection, threads, block rows): the reference's shape, and its values within a tolerance that grows with the kernel
/// (float sums in another order, or through the FFT), or the same ArgumentException as the reference.
/// </summary>
public sealed class FastFiltersPropertyTests(ITestOutputHelper output)
{
    private static readonly FastPath[] AcceleratedPaths = Enum.GetValues<FastPath>().Where(FastFilters.IsAccelerated).ToArray();

    private static readonly Gen<FastOptions> Options =
        from path in Gen.OneOf(AcceleratedPaths)
        from method in Gen.Enum<FastMethod>()
        from separable in Gen.Bool
        from threads in Gen.OneOf(1, 2, -1)
        from blockRows in Gen.Int[0, 4]
        from minWork in Gen.OneOf(1L, 1L << 20)
        select new FastOptions { Path = path, Method = method, DetectSeparable = separable, MaxDegreeOfParallelism = threads, BlockRows = blockRows, MinWorkPerThread = minWork };

    [Fact]
    public void Correlate_and_convolve_agree_with_the_reference_or_name_the_wrong_argument()
    {
        var gen = Gen.Select(FiltersPropertyTests.Cases(Generated.Float), Options, Gen.Bool);
        Property.Check(output, "FastFilters.Correlate/Convolve", gen, t =>
        {
            var (c, options, flip) = t;
            string what = $"FastFilters.{(flip ? "Convolve" : "Correlate")}({c}, {options})";
            Outcome.Expect(what, FiltersPropertyTests.Work(c), FiltersPropertyTests.WrongArguments(c),
                () => flip ? FastFilters.Convolve(c.Image, c.Kernel, c.Mode, c.Border, c.BorderValue, options)
                           : FastFilters.Correlate(c.Image, c.Kernel, c.Mode, c.Border, c.BorderValue, options),
                result => AgreesWithReference(what, c, flip, result));
        }, ciIterations: 400);
    }

    [Fact]
    public void Correlate_separable_agrees_with_the_reference_of_the_outer_product_or_names_the_wrong_argument()
    {
        var gen =
            from shape in Generated.ImageShape
            from kernelShape in Generated.KernelShape(shape.Rows, shape.Cols)
            from image in Generated.Array2D(Generated.Float, shape.Rows, shape.Cols)
            from column in Generated.Float.Array[kernelShape.Rows]
            from row in Generated.Float.Array[kernelShape.Cols]
            from mode in Generated.Mode
            from border in Generated.Border
            from borderValue in Generated.Float
            from options in Options
            select (image, row, column, mode, border, borderValue, options);
        Property.Check(output, "FastFilters.CorrelateSeparable", gen, t =>
        {
            var (image, row, column, mode, border, borderValue, options) = t;
            var outer = new float[column.Length, row.Length];
            for (int i = 0; i < column.Length; i++)
            {
                for (int j = 0; j < row.Length; j++)
                {
                    outer[i, j] = column[i] * row[j];
                }
            }

            var c = new Case(image, outer, mode, border, borderValue);
            var wrong = FiltersPropertyTests.WrongArguments(c with { Kernel = new float[column.Length, row.Length] });
            if (row.Any(v => !float.IsFinite(v)))
            {
                wrong.Add("rowKernel");
            }

            if (column.Any(v => !float.IsFinite(v)))
            {
                wrong.Add("columnKernel");
            }

            string what = $"CorrelateSeparable(image {Generated.Describe(image)}, row [{string.Join(' ', row)}], column [{string.Join(' ', column)}], {mode}, {border}, {borderValue}, {options})";
            Outcome.Expect(what, FiltersPropertyTests.Work(c), wrong,
                () => FastFilters.CorrelateSeparable(image, row, column, mode, border, borderValue, options),
                result =>
                {
                    // The first pass's sums are the image times one factor: they can overflow where the outer product's cannot.
                    double max = image.Cast<float>().Append(borderValue).Max(v => Math.Abs((double)v));
                    bool passesFit = max * row.Sum(v => Math.Abs((double)v)) < float.MaxValue / 4 && max * column.Sum(v => Math.Abs((double)v)) < float.MaxValue / 4;
                    AgreesWithReference(what, passesFit ? c : c with { BorderValue = float.NaN }, flip: false, result);
                });
        }, ciIterations: 200);
    }

    [Fact]
    public void The_span_overload_refuses_inconsistent_sizes_and_strides_by_name_and_otherwise_matches_the_array_overload()
    {
        var gen =
            from shape in Generated.ImageShape
            from kernelShape in Generated.KernelShape(shape.Rows, shape.Cols)
            from mode in Gen.Enum<OutputMode>()
            from border in Gen.Enum<BorderMode>()
            from extraStride in Gen.Int[0, 3]
            from damage in Gen.Int[0, 7]
            from extreme in Gen.OneOf(Generated.IntExtremes)
            from seed in Gen.Int
            select (shape, kernelShape, mode, border, extraStride, damage, extreme, seed);
        Property.Check(output, "FastFilters.Correlate(span)", gen, t =>
        {
            var (shape, kernelShape, mode, border, extraStride, damage, extreme, seed) = t;
            var random = new Random(seed);
            int rows = shape.Rows, cols = shape.Cols, kRows = kernelShape.Rows, kCols = kernelShape.Cols, stride = cols + extraStride;
            var image = Enumerable.Range(0, rows * stride).Select(_ => random.NextSingle()).ToArray();
            var kernel = Enumerable.Range(0, kRows * kCols).Select(_ => random.NextSingle() - 0.5f).ToArray();
            bool fits = mode != OutputMode.Valid || (kRows <= rows && kCols <= cols);
            var (outRows, outCols) = fits ? Filters.OutputShape(rows, cols, kRows, kCols, mode) : (1, 1);
            int destinationStride = outCols;

            // One argument (chosen by damage) replaced by an int extreme; damage 0 leaves the call as it was.
            switch (damage)
            {
                case 1 or 7: rows = extreme; break;
                case 2: cols = extreme; break;
                case 3: stride = extreme; break;
                case 4: kRows = extreme; break;
                case 5: kCols = extreme; break;
                case 6: destinationStride = extreme; break;
            }

            var destination = new float[Math.Max(1, outRows * outCols)];

            // The documented rules, in long so that the extremes cannot wrap: any call that keeps them must work.
            bool modeFits = mode != OutputMode.Valid || (kRows <= rows && kCols <= cols);
            long dRows = mode switch { OutputMode.Full => (long)rows + kRows - 1, OutputMode.Same => rows, _ => (long)rows - kRows + 1 };
            long dCols = mode switch { OutputMode.Full => (long)cols + kCols - 1, OutputMode.Same => cols, _ => (long)cols - kCols + 1 };
            bool consistent = rows >= 1 && cols >= 1 && stride >= cols && image.Length >= ((long)(rows - 1) * stride) + cols
                && kRows >= 1 && kCols >= 1 && kernel.Length == (long)kRows * kCols && modeFits
                && destinationStride >= dCols && destination.Length >= ((dRows - 1) * destinationStride) + dCols;
            var wrong = new List<string>();
            if (!consistent)
            {
                // Whichever rule broke may be the one named: a bad size shows as a wrong size, stride or span length.
                wrong.AddRange(["rows", "cols", "imageStride", "image", "kernelRows", "kernelCols", "kernel", "destinationStride", "destination"]);
            }

            string what = $"Correlate(span {image.Length}, {rows}, {cols}, {stride}, kernel {kernel.Length}, {kRows}, {kCols}, destination {destination.Length}, {destinationStride}, {mode}, {border})";
            Outcome.Expect(what, FiltersPropertyTests.Work(new Case(new float[shape.Rows, shape.Cols], new float[kernelShape.Rows, kernelShape.Cols], mode, border, 0)), wrong, () =>
            {
                FastFilters.Correlate(image, rows, cols, stride, kernel, kRows, kCols, destination, destinationStride, mode, border);
                return destination;
            }, result =>
            {
                var plane = new float[rows, cols];
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        plane[r, c] = image[(r * stride) + c];
                    }
                }

                var k = new float[kRows, kCols];
                Buffer.BlockCopy(kernel, 0, k, 0, kernel.Length * sizeof(float));
                var expected = Filters.Correlate(plane, k, mode, border, 0);
                var actual = new float[dRows, dCols];
                for (int r = 0; r < dRows; r++)
                {
                    for (int c = 0; c < dCols; c++)
                    {
                        actual[r, c] = result[(r * destinationStride) + c];
                    }
                }

                ArrayAssert.Close(expected, actual, 1e-5 * (1 + (kRows * kCols)), what);
            });
        }, ciIterations: 300);
    }

    /// <summary>
    /// Same shape as the reference, and where the reference is finite and no sum can overflow, within
    /// 4e-7 * (taps + 64) * sum |k| * max |x| (float rounding over kH * kW additions in another order, or the FFT's
    /// log-size roundings, for which the 64 stands) plus a few smallest normals for subnormal inputs.
    /// </summary>
    private static void AgreesWithReference(string what, Case c, bool flip, float[,] result)
    {
        var shape = Filters.OutputShape(c.Image.GetLength(0), c.Image.GetLength(1), c.Kernel.GetLength(0), c.Kernel.GetLength(1), c.Mode);
        if (shape != (result.GetLength(0), result.GetLength(1)))
        {
            throw new XunitException($"{what}: shape {result.GetLength(0)} x {result.GetLength(1)}, the mode says {shape.Rows} x {shape.Cols}.");
        }

        if (!FiltersPropertyTests.CannotOverflow(c))
        {
            return; // also where a separable kernel's outer product overflows: the reference refuses that kernel
        }

        float[,] reference = flip ? Filters.Convolve(c.Image, c.Kernel, c.Mode, c.Border, c.BorderValue) : Filters.Correlate(c.Image, c.Kernel, c.Mode, c.Border, c.BorderValue);
        if (reference.GetLength(0) != result.GetLength(0) || reference.GetLength(1) != result.GetLength(1))
        {
            throw new XunitException($"{what}: shape {result.GetLength(0)} x {result.GetLength(1)}, the reference's {reference.GetLength(0)} x {reference.GetLength(1)}.");
        }

        if (!FiltersPropertyTests.CannotOverflow(c))
        {
            return;
        }

        double kernelSum = c.Kernel.Cast<float>().Sum(v => Math.Abs((double)v));
        double max = c.Image.Cast<float>().Append(c.BorderValue).Max(v => Math.Abs((double)v));
        double tolerance = (4e-7 * (c.Kernel.Length + 64) * kernelSum * max) + (1e-37 * (1 + kernelSum));
        ArrayAssert.Close(reference, result, tolerance, what);
    }
}
