using System.Globalization;
using System.Text;
using CsCheck;

namespace Convolution.Teaching.Tests.Support;

/// <summary>
/// The generated suite's inputs: sizes, modes (the defined ones and an unknown one now and then), values with the awkward
/// ones mixed in (NaN, infinities, subnormals, huge, -0.0), kernel shapes (1 x n, n x 1, even, larger than the image)
/// and int extremes. Sizes stay small so that the suite's hundreds of inputs run in seconds.
/// </summary>
internal static class Generated
{
    /// <summary>The ints that break arithmetic: the extremes, their neighbours, 0, -1 and the squares' overflow points.</summary>
    public static readonly int[] IntExtremes = [int.MinValue, int.MinValue + 1, -65536, -2, -1, 0, 1, 46341, 65536, int.MaxValue - 1, int.MaxValue];

    /// <summary>An int: an extreme a third of the time, else one in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static Gen<int> IntOrExtreme(int low, int high) =>
        Gen.Frequency((2, Gen.Int[low, high]), (1, Gen.OneOf(IntExtremes)));

    /// <summary>Floats that are not the everyday kind.</summary>
    public static readonly float[] SpecialFloats =
        [float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon, 1e-40f, -0f, 0f, 1e30f, -1e30f, float.MaxValue, -float.MaxValue];

    /// <summary>Doubles that are not the everyday kind.</summary>
    public static readonly double[] SpecialDoubles =
        [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, 1e-310, -0.0, 0.0, 1e300, -1e300, double.MaxValue, -double.MaxValue];

    /// <summary>Mostly in [-2, 2], now and then a special value.</summary>
    public static readonly Gen<float> Float = Gen.Frequency((12, Gen.Float[-2f, 2f]), (1, Gen.OneOf(SpecialFloats)));

    /// <summary>Only finite values, the awkward finite ones included (subnormal, -0.0, 1e30).</summary>
    public static readonly Gen<float> FiniteFloat = Gen.Frequency((12, Gen.Float[-2f, 2f]), (1, Gen.OneOf(SpecialFloats.Where(float.IsFinite).Where(v => Math.Abs(v) < 1e31f).ToArray())));

    /// <summary>Mostly in [-2, 2], now and then a special value.</summary>
    public static readonly Gen<double> Double = Gen.Frequency((12, Gen.Double[-2, 2]), (1, Gen.OneOf(SpecialDoubles)));

    /// <summary>A known output mode, or now and then one that is not defined.</summary>
    public static readonly Gen<OutputMode> Mode = Gen.Frequency((12, Gen.Enum<OutputMode>()), (1, Gen.Const((OutputMode)7)));

    /// <summary>A known border mode, or now and then one that is not defined.</summary>
    public static readonly Gen<BorderMode> Border = Gen.Frequency((12, Gen.Enum<BorderMode>()), (1, Gen.Const((BorderMode)9)));

    /// <summary>An image size: 1 to 12 a side.</summary>
    public static readonly Gen<(int Rows, int Cols)> ImageShape = Gen.Select(Gen.Int[1, 12], Gen.Int[1, 12]);

    /// <summary>A kernel shape for an image of <paramref name="rows"/> x <paramref name="cols"/>: odd, even, 1 x n, n x 1, or larger than the image.</summary>
    public static Gen<(int Rows, int Cols)> KernelShape(int rows, int cols) => Gen.OneOf(
        Gen.Int[0, 3].Select(n => ((2 * n) + 1, (2 * n) + 1)),
        Gen.Int[1, 4].Select(n => (2 * n, 2 * n)),
        Gen.Int[1, 9].Select(n => (1, n)),
        Gen.Int[1, 9].Select(n => (n, 1)),
        Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6]),
        Gen.Select(Gen.Int[rows + 1, rows + 6], Gen.Int[cols + 1, cols + 6]),
        Gen.Int[cols + 1, cols + 20].Select(n => (1, n)));

    /// <summary>An array of the given shape filled from <paramref name="value"/>.</summary>
    public static Gen<T[,]> Array2D<T>(Gen<T> value, int rows, int cols) =>
        value.Array[rows * cols].Select(flat =>
        {
            var array = new T[rows, cols];
            for (int i = 0; i < flat.Length; i++)
            {
                array[i / cols, i % cols] = flat[i];
            }

            return array;
        });

    /// <summary>A short description of an array for a failure report: its shape and, when small, its values.</summary>
    public static string Describe<T>(T[,] array)
        where T : IFormattable
    {
        int rows = array.GetLength(0), cols = array.GetLength(1);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{rows} x {cols}"));
        if (array.Length <= 64)
        {
            text.Append(" [");
            for (int r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "" : "; ");
                text.AppendJoin(' ', Enumerable.Range(0, cols).Select(c => array[r, c].ToString(array[r, c] is float or double ? "R" : null, CultureInfo.InvariantCulture)));
            }

            text.Append(']');
        }

        return text.ToString();
    }
}
