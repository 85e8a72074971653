using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests;

/// <summary>
/// Thresholding on generated images, thresholds and types: each pixel is what its rule says (and "above" is strict), or
/// an ArgumentException names the unknown type or the NaN threshold or value.
/// </summary>
public sealed class ThresholdingPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_pixel_follows_its_rule_or_the_wrong_argument_is_named()
    {
        var gen =
            from shape in Generated.ImageShape
            from image in Generated.Array2D(Generated.Double, shape.Rows, shape.Cols)
            from threshold in Generated.Double
            from maxValue in Generated.Double
            from type in Gen.Frequency((12, Gen.Enum<ThresholdType>()), (1, Gen.Const((ThresholdType)42)))
            select (image, threshold, maxValue, type);
        Property.Check(output, "Thresholding.Apply", gen, t =>
        {
            var (image, threshold, maxValue, type) = t;
            var wrong = new List<string>();
            if (!Enum.IsDefined(type))
            {
                wrong.Add("type");
            }

            if (double.IsNaN(threshold))
            {
                wrong.Add("threshold");
            }

            if (double.IsNaN(maxValue) && type is ThresholdType.Binary or ThresholdType.BinaryInverted)
            {
                wrong.Add("maxValue");
            }

            string what = $"Apply({Generated.Describe(image)}, {threshold:R}, {maxValue:R}, {type})";
            Outcome.Expect(what, image.Length, wrong, () => Thresholding.Apply(image, threshold, maxValue, type), result =>
            {
                Assert.Equal(Arrays.Shape(image), Arrays.Shape(result));
                for (int r = 0; r < image.GetLength(0); r++)
                {
                    for (int c = 0; c < image.GetLength(1); c++)
                    {
                        double v = image[r, c];
                        bool above = v > threshold;
                        double expected = type switch
                        {
                            ThresholdType.Binary => above ? maxValue : 0,
                            ThresholdType.BinaryInverted => above ? 0 : maxValue,
                            ThresholdType.Truncate => above ? threshold : v,
                            ThresholdType.ToZero => above ? v : 0,
                            _ => above ? 0 : v,
                        };
                        if (!expected.Equals(result[r, c]))
                        {
                            throw new XunitException($"{what}: at ({r}, {c}) {result[r, c]}, the rule gives {expected}.");
                        }
                    }
                }
            });
        }, ciIterations: 300);
    }
}
