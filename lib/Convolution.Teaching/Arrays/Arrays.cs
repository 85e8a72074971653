using System.Numerics;

namespace Convolution.Teaching;

/// <summary>
/// The numpy basics the lesson uses, for C# 2D arrays indexed [row, col]. Every method returns a
/// new array and leaves its inputs unchanged. The numpy spelling is in each summary.
/// </summary>
public static class Arrays
{
    /// <summary><c>np.zeros((rows, cols))</c>: a rows x cols array of 0.0.</summary>
    /// <param name="rows">Number of rows (at least 1).</param>
    /// <param name="cols">Number of columns (at least 1).</param>
    public static double[,] Zeros(int rows, int cols) => Full(rows, cols, 0.0);

    /// <summary><c>np.ones((rows, cols))</c>: a rows x cols array of 1.0.</summary>
    /// <param name="rows">Number of rows (at least 1).</param>
    /// <param name="cols">Number of columns (at least 1).</param>
    public static double[,] Ones(int rows, int cols) => Full(rows, cols, 1.0);

    /// <summary><c>np.full((rows, cols), value)</c>: a rows x cols array filled with <paramref name="value"/>.</summary>
    /// <param name="rows">Number of rows (at least 1).</param>
    /// <param name="cols">Number of columns (at least 1).</param>
    /// <param name="value">The value of every element.</param>
    public static T[,] Full<T>(int rows, int cols, T value)
    {
        Guard.Positive(rows, nameof(rows));
        Guard.Positive(cols, nameof(cols));
        var result = new T[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                result[r, c] = value;
            }
        }

        return result;
    }

    /// <summary>
    /// <c>np.random.rand(rows, cols)</c> with a seed: uniform values in [0, 1). The same seed gives
    /// the same array on every machine, so a lesson's numbers can be checked.
    /// </summary>
    /// <param name="rows">Number of rows (at least 1).</param>
    /// <param name="cols">Number of columns (at least 1).</param>
    /// <param name="seed">The seed of the random generator.</param>
    public static double[,] Random(int rows, int cols, int seed)
    {
        Guard.Positive(rows, nameof(rows));
        Guard.Positive(cols, nameof(cols));
        var random = new Random(seed);
        var result = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                result[r, c] = random.NextDouble();
            }
        }

        return result;
    }

    /// <summary><c>np.random.rand(d0, d1, d2)</c> with a seed: a 3D array of uniform values in [0, 1).</summary>
    /// <param name="d0">Size of the first dimension (at least 1).</param>
    /// <param name="d1">Size of the second dimension (at least 1).</param>
    /// <param name="d2">Size of the third dimension (at least 1).</param>
    /// <param name="seed">The seed of the random generator.</param>
    public static double[,,] Random(int d0, int d1, int d2, int seed)
    {
        Guard.Positive(d0, nameof(d0));
        Guard.Positive(d1, nameof(d1));
        Guard.Positive(d2, nameof(d2));
        var random = new Random(seed);
        var result = new double[d0, d1, d2];
        for (int i = 0; i < d0; i++)
        {
            for (int j = 0; j < d1; j++)
            {
                for (int k = 0; k < d2; k++)
                {
                    result[i, j, k] = random.NextDouble();
                }
            }
        }

        return result;
    }

    /// <summary><c>np.arange(start, stop)</c>: the integers start, start + 1, ..., stop - 1.</summary>
    /// <param name="start">The first value.</param>
    /// <param name="stop">One past the last value (not included).</param>
    public static int[] Range(int start, int stop) =>
        stop <= start ? [] : Enumerable.Range(start, stop - start).ToArray();

    /// <summary>
    /// Builds a 2D array from rows, like <c>np.array([[1, 2, 3], [2, 2, 3]])</c>. Every row must have the same length.
    /// </summary>
    /// <param name="rows">The rows, top to bottom.</param>
    public static T[,] FromRows<T>(params T[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0 || rows[0].Length == 0)
        {
            throw new ArgumentException("rows is empty: give at least one row with at least one value.", nameof(rows));
        }

        var result = new T[rows.Length, rows[0].Length];
        for (int r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != rows[0].Length)
            {
                throw new ArgumentException($"Row {r} has {rows[r].Length} values but row 0 has {rows[0].Length}: every row needs the same length.", nameof(rows));
            }

            for (int c = 0; c < rows[r].Length; c++)
            {
                result[r, c] = rows[r][c];
            }
        }

        return result;
    }

    /// <summary><c>a.sum()</c>: the sum of every element, computed in double.</summary>
    /// <param name="array">The array.</param>
    public static double Sum<T>(T[,] array)
        where T : INumberBase<T>
    {
        Guard.NotEmpty(array, nameof(array));
        double sum = 0;
        foreach (T v in array)
        {
            sum += double.CreateChecked(v);
        }

        return sum;
    }

    /// <summary><c>np.fliplr(a)</c>: the columns in reverse order (a mirror left to right).</summary>
    /// <param name="array">The array.</param>
    public static T[,] FlipLeftRight<T>(T[,] array) => Map(array, (r, c, rows, cols) => array[r, cols - 1 - c]);

    /// <summary><c>np.flipud(a)</c>: the rows in reverse order (a mirror top to bottom).</summary>
    /// <param name="array">The array.</param>
    public static T[,] FlipUpDown<T>(T[,] array) => Map(array, (r, c, rows, cols) => array[rows - 1 - r, c]);

    /// <summary>
    /// <c>np.fliplr(np.flipud(a))</c>: both flips, which is a 180-degree rotation. Convolution applies
    /// the kernel flipped this way.
    /// </summary>
    /// <param name="array">The array.</param>
    public static T[,] Flip<T>(T[,] array) => Map(array, (r, c, rows, cols) => array[rows - 1 - r, cols - 1 - c]);

    /// <summary><c>a.T</c>: rows become columns. A transpose is a mirror about the main diagonal, not a flip.</summary>
    /// <param name="array">The array.</param>
    public static T[,] Transpose<T>(T[,] array)
    {
        Guard.NotEmpty(array, nameof(array));
        var result = new T[array.GetLength(1), array.GetLength(0)];
        for (int r = 0; r < array.GetLength(0); r++)
        {
            for (int c = 0; c < array.GetLength(1); c++)
            {
                result[c, r] = array[r, c];
            }
        }

        return result;
    }

    /// <summary><c>a + b</c>, element by element; both arrays must have the same shape.</summary>
    /// <param name="a">The first array.</param>
    /// <param name="b">The second array.</param>
    public static T[,] Add<T>(T[,] a, T[,] b)
        where T : INumberBase<T>
    {
        Guard.SameShape(a, b, nameof(a), nameof(b));
        return Map(a, (r, c, _, _) => a[r, c] + b[r, c]);
    }

    /// <summary><c>a - b</c>, element by element; both arrays must have the same shape.</summary>
    /// <param name="a">The array subtracted from.</param>
    /// <param name="b">The array subtracted.</param>
    public static T[,] Subtract<T>(T[,] a, T[,] b)
        where T : INumberBase<T>
    {
        Guard.SameShape(a, b, nameof(a), nameof(b));
        return Map(a, (r, c, _, _) => a[r, c] - b[r, c]);
    }

    /// <summary><c>factor * a</c>: every element multiplied by <paramref name="factor"/>.</summary>
    /// <param name="factor">The multiplier.</param>
    /// <param name="array">The array.</param>
    public static T[,] Scale<T>(T factor, T[,] array)
        where T : INumberBase<T> => Map(array, (r, c, _, _) => factor * array[r, c]);

    /// <summary>
    /// <c>np.allclose(a, b)</c>: true when the shapes match and every pair of elements satisfies
    /// <c>|a - b| &lt;= absoluteTolerance + relativeTolerance * |b|</c> (numpy's defaults: 1e-8 and 1e-5).
    /// </summary>
    /// <param name="a">The first array.</param>
    /// <param name="b">The second array (the reference for the relative tolerance).</param>
    /// <param name="relativeTolerance">numpy's <c>rtol</c>.</param>
    /// <param name="absoluteTolerance">numpy's <c>atol</c>.</param>
    public static bool AllClose<TA, TB>(TA[,] a, TB[,] b, double relativeTolerance = 1e-5, double absoluteTolerance = 1e-8)
        where TA : INumberBase<TA>
        where TB : INumberBase<TB>
    {
        Guard.NotEmpty(a, nameof(a));
        Guard.NotEmpty(b, nameof(b));
        if (a.GetLength(0) != b.GetLength(0) || a.GetLength(1) != b.GetLength(1))
        {
            return false;
        }

        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                double x = double.CreateChecked(a[r, c]), y = double.CreateChecked(b[r, c]);
                if (!(Math.Abs(x - y) <= absoluteTolerance + (relativeTolerance * Math.Abs(y))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// <c>a[rows, cols]</c> with Python slices written as C# ranges: <c>dubs[50:100, 300:350]</c> is
    /// <c>Arrays.Slice(dubs, 50..100, 300..350)</c> and <c>dubs[1:-1, 1:-1]</c> is
    /// <c>Arrays.Slice(dubs, 1..^1, 1..^1)</c>. Returns a copy (numpy returns a view).
    /// </summary>
    /// <param name="array">The array.</param>
    /// <param name="rows">The rows to keep, end excluded.</param>
    /// <param name="cols">The columns to keep, end excluded.</param>
    public static T[,] Slice<T>(T[,] array, Range rows, Range cols)
    {
        Guard.NotEmpty(array, nameof(array));
        var (r0, nRows) = Resolve(rows, array.GetLength(0), nameof(rows));
        var (c0, nCols) = Resolve(cols, array.GetLength(1), nameof(cols));
        var result = new T[nRows, nCols];
        for (int r = 0; r < nRows; r++)
        {
            for (int c = 0; c < nCols; c++)
            {
                result[r, c] = array[r0 + r, c0 + c];
            }
        }

        return result;
    }

    /// <summary><c>a.shape</c>: (rows, columns).</summary>
    /// <param name="array">The array.</param>
    public static (int Rows, int Cols) Shape<T>(T[,] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return (array.GetLength(0), array.GetLength(1));
    }

    /// <summary><c>a.dtype</c> in numpy's words: uint8, float32, float64, int32.</summary>
    /// <param name="array">The array (any rank).</param>
    public static string DType(Array array)
    {
        ArgumentNullException.ThrowIfNull(array);
        Type t = array.GetType().GetElementType()!;
        return t == typeof(byte) ? "uint8"
            : t == typeof(float) ? "float32"
            : t == typeof(double) ? "float64"
            : t == typeof(int) ? "int32"
            : t == typeof(long) ? "int64"
            : t.Name;
    }

    /// <summary>
    /// What the lesson prints with <c>dubs.shape, dubs.ndim, dubs.dtype</c>, for example
    /// <c>shape (300, 451), ndim 2, dtype uint8</c>.
    /// </summary>
    /// <param name="array">The array (any rank).</param>
    public static string Describe(Array array)
    {
        ArgumentNullException.ThrowIfNull(array);
        string shape = string.Join(", ", Enumerable.Range(0, array.Rank).Select(array.GetLength));
        return $"shape ({shape}), ndim {array.Rank}, dtype {DType(array)}";
    }

    /// <summary>
    /// Formats a small 2D array as aligned rows, like numpy's print, e.g. for a 3x3 kernel.
    /// </summary>
    /// <param name="array">The array.</param>
    /// <param name="format">A .NET number format for each element; "0.####" unless given.</param>
    public static string Format<T>(T[,] array, string format = "0.####")
        where T : IFormattable
    {
        Guard.NotEmpty(array, nameof(array));
        var cells = Map(array, (r, c, _, _) => array[r, c].ToString(format, System.Globalization.CultureInfo.InvariantCulture));
        int width = cells.Cast<string>().Max(s => s.Length);
        var lines = Enumerable.Range(0, cells.GetLength(0)).Select(r =>
            " [" + string.Join(" ", Enumerable.Range(0, cells.GetLength(1)).Select(c => cells[r, c].PadLeft(width))) + "]");
        return "[" + string.Join("\n", lines).TrimStart() + "]";
    }

    /// <summary>Builds a new array of the same shape from a function of (row, col, rows, cols).</summary>
    /// <param name="array">Gives the shape; the function reads it if it wants its values.</param>
    /// <param name="value">The new value at (row, col), given the shape (rows, cols).</param>
    public static TOut[,] Map<TIn, TOut>(TIn[,] array, Func<int, int, int, int, TOut> value)
    {
        Guard.NotEmpty(array, nameof(array));
        int rows = array.GetLength(0), cols = array.GetLength(1);
        var result = new TOut[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                result[r, c] = value(r, c, rows, cols);
            }
        }

        return result;
    }

    private static (int Start, int Length) Resolve(Range range, int length, string name)
    {
        int start = range.Start.GetOffset(length), end = range.End.GetOffset(length);
        if (start < 0 || end > length || start >= end)
        {
            throw new ArgumentOutOfRangeException(name,
                $"{name} {range} selects {start}..{end} of an axis with {length} elements: it must select at least one element inside 0..{length}.");
        }

        return (start, end - start);
    }
}
