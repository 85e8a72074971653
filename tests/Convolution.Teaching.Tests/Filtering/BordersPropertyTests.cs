using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests;

/// <summary>
/// Borders on generated coordinates (any int), lengths and pads: SourceIndex answers at once, inside the image, and as
/// one reflection at a time would (checked where that is quick); Pad is the image where it lies and SourceIndex around it.
/// </summary>
public sealed class BordersPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Source_index_is_inside_the_image_and_agrees_with_stepwise_reflection_for_any_int()
    {
        var gen = Gen.Select(Gen.Frequency((2, Gen.Int[-60, 60]), (1, Gen.Int), (1, Gen.OneOf(Generated.IntExtremes))), Generated.IntOrExtreme(-1, 12), Generated.Border);
        Property.Check(output, "Borders.SourceIndex", gen, t =>
        {
            var (p, length, mode) = t;
            bool outside = p < 0 || p >= length;
            var wrong = length < 1 ? ["length"] : outside && !Enum.IsDefined(mode) ? new[] { "mode" } : [];
            Outcome.Expect($"SourceIndex({p}, {length}, {mode})", 1, wrong, () => Borders.SourceIndex(p, length, mode), source =>
            {
                int low = mode == BorderMode.Constant && outside ? -1 : 0;
                if (source < low || source >= length || (low == -1 && source != -1))
                {
                    throw new XunitException($"SourceIndex({p}, {length}, {mode}) is {source}, outside the image.");
                }

                // The stepwise model takes ~|p| / length steps: only where that is quick.
                if (Math.Abs((long)p) < 100_000 && FiltersPropertyTests.Outside(p, length, mode) != source)
                {
                    throw new XunitException($"SourceIndex({p}, {length}, {mode}) is {source}, reflecting step by step gives {FiltersPropertyTests.Outside(p, length, mode)}.");
                }
            });
        }, ciIterations: 600);
    }

    [Fact]
    public void Pad_is_the_image_in_the_middle_and_source_index_around_it_or_names_the_wrong_side()
    {
        var gen =
            from shape in Generated.ImageShape
            from image in Generated.Array2D(Generated.Double, shape.Rows, shape.Cols)
            from top in Generated.IntOrExtreme(0, 20)
            from bottom in Generated.IntOrExtreme(0, 20)
            from left in Generated.IntOrExtreme(0, 20)
            from right in Generated.IntOrExtreme(0, 20)
            from mode in Generated.Border
            select (image, top, bottom, left, right, mode);
        Property.Check(output, "Borders.Pad", gen, t =>
        {
            var (image, top, bottom, left, right, mode) = t;
            int rows = image.GetLength(0), cols = image.GetLength(1);
            long paddedRows = (long)rows + top + bottom, paddedCols = (long)cols + left + right;
            var wrong = new List<string>();
            string[] sides = ["top", "bottom", "left", "right"];
            int[] pads = [top, bottom, left, right];
            wrong.AddRange(sides.Where((_, i) => pads[i] < 0));
            if (wrong.Count == 0 && (double)paddedRows * paddedCols > 250_000)
            {
                // Too large to make here: the library must refuse it by a side when no array can hold it, and may
                // allocate it otherwise, which this test does not ask of it.
                if ((double)paddedRows * paddedCols <= Array.MaxLength)
                {
                    return;
                }

                wrong.AddRange(sides);
            }

            bool padsSomething = top + bottom + left + right > 0;
            if (wrong.Count == 0 && padsSomething && !Enum.IsDefined(mode))
            {
                wrong.Add("mode");
            }

            string what = $"Pad({Generated.Describe(image)}, {top}, {bottom}, {left}, {right}, {mode})";
            Outcome.Expect(what, (double)paddedRows * paddedCols, wrong, () => Borders.Pad(image, top, bottom, left, right, mode, -7.0), padded =>
            {
                Assert.Equal((paddedRows, paddedCols), (padded.GetLength(0), (long)padded.GetLength(1)));
                for (int r = 0; r < paddedRows; r++)
                {
                    for (int c = 0; c < paddedCols; c++)
                    {
                        int sr = FiltersPropertyTests.Outside(r - top, rows, mode), sc = FiltersPropertyTests.Outside(c - left, cols, mode);
                        double expected = sr < 0 || sc < 0 ? -7.0 : image[sr, sc];
                        if (!expected.Equals(padded[r, c]))
                        {
                            throw new XunitException($"{what}: at ({r}, {c}) {padded[r, c]}, expected {expected}.");
                        }
                    }
                }
            });
        }, ciIterations: 300);
    }
}
