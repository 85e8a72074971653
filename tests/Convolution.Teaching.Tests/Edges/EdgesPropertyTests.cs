using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests.Edges;

/// <summary>
/// Canny and its stages on generated images (8-bit, and double with NaN, infinities, subnormals), thresholds and class or
/// bin maps: the image's shape, only the values each stage documents, or an ArgumentException naming the wrong argument.
/// </summary>
public sealed class EdgesPropertyTests(ITestOutputHelper output)
{
    private static readonly Gen<double> Threshold = Gen.Frequency((6, Gen.Double[-50, 400]), (1, Gen.OneOf(Generated.SpecialDoubles)));

    [Fact]
    public void Canny_gives_an_edge_map_of_the_images_shape_or_names_the_wrong_threshold()
    {
        var gen =
            from shape in Generated.ImageShape
            from image in Generated.Array2D(Gen.Byte, shape.Rows, shape.Cols)
            from low in Threshold
            from high in Threshold
            from l2 in Gen.Bool
            select (image, low, high, l2);
        Property.Check(output, "Edges.Canny", gen, t =>
        {
            var (image, low, high, l2) = t;
            var wrong = new List<string>();
            if (double.IsNaN(low))
            {
                wrong.Add("low");
            }

            if (double.IsNaN(high))
            {
                wrong.Add("high");
            }

            string what = $"Canny({Generated.Describe(image)}, {low:R}, {high:R}, {l2})";
            Outcome.Expect(what, image.Length * 40, wrong, () => Teaching.Edges.Canny(image, low, high, l2), edges => OnlyValues(what, image, edges, 0, Teaching.Edges.Strong));
        }, ciIterations: 200);
    }

    [Fact]
    public void The_stages_keep_the_shape_and_their_documented_values_on_any_double_image()
    {
        var gen =
            from shape in Generated.ImageShape
            from image in Generated.Array2D(Generated.Double, shape.Rows, shape.Cols)
            from low in Threshold
            from high in Threshold
            select (image, low, high);
        Property.Check(output, "Edges stages (gradients, magnitude, bins, suppression, double threshold)", gen, t =>
        {
            var (image, low, high) = t;
            string what = $"stages of {Generated.Describe(image)}";
            double[,] gx = TimeBound.Run(what, image.Length * 20, () => Teaching.Edges.GradientX(image));
            double[,] gy = TimeBound.Run(what, image.Length * 20, () => Teaching.Edges.GradientY(image));
            Assert.Equal(Arrays.Shape(image), Arrays.Shape(gx));
            Assert.Equal(Arrays.Shape(image), Arrays.Shape(gy));
            foreach (bool l2 in new[] { false, true })
            {
                double[,] magnitude = Teaching.Edges.Magnitude(gx, gy, l2);
                Assert.All(magnitude.Cast<double>(), m => Assert.True(double.IsNaN(m) || m >= 0, $"{what}: magnitude {m} is negative"));
            }

            byte[,] bins = Teaching.Edges.DirectionBins(gx, gy);
            OnlyValues(what, image, bins, 0, 1, 2, 3);
            double[,] thin = Teaching.Edges.NonMaximumSuppression(Teaching.Edges.Magnitude(gx, gy), bins);
            Assert.Equal(Arrays.Shape(image), Arrays.Shape(thin));
            var wrong = double.IsNaN(low) ? ["low"] : double.IsNaN(high) ? new[] { "high" } : [];
            Outcome.Expect($"DoubleThreshold of {what}, {low:R}, {high:R}", image.Length, wrong, () => Teaching.Edges.DoubleThreshold(thin, low, high),
                classes => OnlyValues(what, image, classes, 0, Teaching.Edges.Weak, Teaching.Edges.Strong));
        }, ciIterations: 200);
    }

    [Fact]
    public void Hysteresis_and_suppression_take_any_byte_map_or_name_the_map_with_a_value_they_do_not_know()
    {
        var gen =
            from shape in Generated.ImageShape
            from classes in Generated.Array2D(Gen.Frequency((4, Gen.OneOf<byte>(0, Teaching.Edges.Weak, Teaching.Edges.Strong)), (1, Gen.Byte)), shape.Rows, shape.Cols)
            from bins in Generated.Array2D(Gen.Frequency((8, Gen.Byte[0, 3]), (1, Gen.Byte)), shape.Rows, shape.Cols)
            from magnitude in Generated.Array2D(Generated.Double, shape.Rows, shape.Cols)
            select (classes, bins, magnitude);
        Property.Check(output, "Edges.Hysteresis/NonMaximumSuppression", gen, t =>
        {
            var (classes, bins, magnitude) = t;
            var badClass = classes.Cast<byte>().Any(v => v is not (0 or Teaching.Edges.Weak or Teaching.Edges.Strong)) ? ["classes"] : Array.Empty<string>();
            Outcome.Expect($"Hysteresis({Generated.Describe(classes)})", classes.Length * 10, badClass, () => Teaching.Edges.Hysteresis(classes),
                edges => OnlyValues("Hysteresis", classes, edges, 0, Teaching.Edges.Strong));
            var badBin = bins.Cast<byte>().Any(v => v > 3) ? ["bins"] : Array.Empty<string>();
            Outcome.Expect($"NonMaximumSuppression(bins {Generated.Describe(bins)})", bins.Length * 10, badBin, () => Teaching.Edges.NonMaximumSuppression(magnitude, bins),
                thin => Assert.Equal(Arrays.Shape(magnitude), Arrays.Shape(thin)));
        }, ciIterations: 200);
    }

    private static void OnlyValues<TImage>(string what, TImage[,] image, byte[,] result, params byte[] allowed)
    {
        Assert.Equal(Arrays.Shape(image), Arrays.Shape(result));
        byte? other = result.Cast<byte>().Where(v => !allowed.Contains(v)).Cast<byte?>().FirstOrDefault();
        if (other is not null)
        {
            throw new XunitException($"{what}: a pixel is {other}, not one of {string.Join(", ", allowed)}.");
        }
    }
}
