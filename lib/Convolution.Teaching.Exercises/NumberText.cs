using System.Globalization;

namespace Convolution.Teaching.Exercises;

/// <summary>How the checkers print numbers, shapes and small arrays inside a sentence.</summary>
internal static class NumberText
{
    /// <summary>A number without noise: 19, 0.5, -1.25, 19.333.</summary>
    public static string Num(double value) =>
        double.IsNaN(value) ? "NaN" : value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// Two values with as many decimals as it takes to see that they differ (3 at least, 12 at most), so a
    /// rounding difference never reads "you have 189.543, the right value is 189.543".
    /// </summary>
    public static (string Yours, string Right) Distinct(double yours, double right)
    {
        for (int decimals = 3; decimals <= 12; decimals++)
        {
            string format = "0." + new string('#', decimals);
            string a = double.IsNaN(yours) ? "NaN" : yours.ToString(format, CultureInfo.InvariantCulture);
            string b = double.IsNaN(right) ? "NaN" : right.ToString(format, CultureInfo.InvariantCulture);
            if (a != b || decimals == 12)
            {
                return (a, b);
            }
        }

        return (Num(yours), Num(right));
    }

    /// <summary>"3 x 3".</summary>
    public static string Shape<T>(T[,] array) => $"{array.GetLength(0)} x {array.GetLength(1)}";

    /// <summary>"3 x 3".</summary>
    public static string Shape((int Rows, int Cols) shape) => $"{shape.Rows} x {shape.Cols}";

    /// <summary>"[1, 4, 6, 4, 1]".</summary>
    public static string Inline(double[] values) => "[" + string.Join(", ", values.Select(Num)) + "]";

    /// <summary>A small array on one line, [[19, 25], [37, 43]]; a large one as "a 298 x 449 array".</summary>
    public static string Inline(double[,] array)
    {
        int rows = array.GetLength(0), cols = array.GetLength(1);
        if (rows == 0 || cols == 0)
        {
            return $"an empty {rows} x {cols} array";
        }

        if (rows * cols > 30)
        {
            return $"a {rows} x {cols} array";
        }

        var lines = Enumerable.Range(0, rows).Select(r =>
            "[" + string.Join(", ", Enumerable.Range(0, cols).Select(c => Num(array[r, c]))) + "]");
        return "[" + string.Join(", ", lines) + "]";
    }

    /// <summary>"rows 0, 1 and 2", "row 0", "rows 0 to 297".</summary>
    public static string Positions(string noun, int first, int last)
    {
        if (last == first)
        {
            return $"{noun} {first}";
        }

        if (last - first >= 5)
        {
            return $"{noun}s {first} to {last}";
        }

        var all = Enumerable.Range(first, last - first + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        return $"{noun}s {string.Join(", ", all[..^1])} and {all[^1]}";
    }

    /// <summary>The largest absolute difference of two arrays of the same shape.</summary>
    public static double MaxDifference(double[,] a, double[,] b)
    {
        double max = 0;
        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                double d = Math.Abs(a[r, c] - b[r, c]);
                max = double.IsNaN(d) ? double.PositiveInfinity : Math.Max(max, d);
            }
        }

        return max;
    }

    /// <summary>Same shape and every element within a tolerance that allows another summation order.</summary>
    public static bool Same(double[,]? a, double[,]? b)
    {
        if (a is null || b is null || a.GetLength(0) != b.GetLength(0) || a.GetLength(1) != b.GetLength(1))
        {
            return false;
        }

        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                double x = a[r, c], y = b[r, c];
                if (!(Math.Abs(x - y) <= 1e-7 + (1e-7 * Math.Abs(y))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Same shape and every element within what summing in float (32-bit) instead of double can change: a few
    /// units of float's last digit of the largest possible sum, <paramref name="scale"/> (sum |kernel| x max |image|).
    /// A correct loop that sums in float passes; every known mistake moves a value by far more.
    /// </summary>
    public static bool WithinFloatRounding(double[,] a, double[,] b, double scale, int taps)
    {
        if (a.GetLength(0) != b.GetLength(0) || a.GetLength(1) != b.GetLength(1))
        {
            return false;
        }

        // float's unit roundoff is 2^-24; a sum of n terms can collect n of them, each at most the scale.
        double tolerance = 1e-9 + (4.0 * Math.Max(taps, 1) * Math.Pow(2, -24) * scale);
        return MaxDifference(a, b) <= tolerance;
    }

    /// <summary>The first (row, col) where two arrays of the same shape differ, or null.</summary>
    public static (int Row, int Col)? FirstDifference(double[,] a, double[,] b)
    {
        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                if (!(Math.Abs(a[r, c] - b[r, c]) <= 1e-7 + (1e-7 * Math.Abs(b[r, c]))))
                {
                    return (r, c);
                }
            }
        }

        return null;
    }

    /// <summary>A copy (students get copies, so the checker's own arrays stay as they were).</summary>
    public static double[,] Copy(double[,] a) => (double[,])a.Clone();
}
