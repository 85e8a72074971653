namespace Convolution.Teaching;

/// <summary>
/// Border handling, kept apart from the multiply-add loop: pad an image once, then every
/// output mode is a plain Valid correlation over the padded image.
/// </summary>
public static class Borders
{
    /// <summary>
    /// Maps a coordinate that may lie outside <c>0 .. length - 1</c> to the image coordinate whose
    /// pixel stands in for it (OpenCV's <c>borderInterpolate</c>). Returns -1 for
    /// <see cref="BorderMode.Constant"/> outside the image: that pixel is the constant value.
    /// </summary>
    /// <param name="p">The coordinate, possibly negative or past the end.</param>
    /// <param name="length">The number of pixels along this axis (at least 1).</param>
    /// <param name="mode">How the outside is invented.</param>
    /// <example><c>SourceIndex(-1, 4, BorderMode.Reflect101)</c> is 1 (<c>dcb|abcd</c>: the pixel left of a is b).</example>
    public static int SourceIndex(int p, int length, BorderMode mode)
    {
        Guard.Positive(length, nameof(length));
        if (p >= 0 && p < length)
        {
            return p;
        }

        switch (mode)
        {
            case BorderMode.Constant:
                return -1;
            case BorderMode.Replicate:
                return p < 0 ? 0 : length - 1;
            case BorderMode.Wrap:
                return Modulo(p, length);
            case BorderMode.Reflect:
            case BorderMode.Reflect101:
                if (length == 1)
                {
                    return 0;
                }

                // Reflecting at both edges repeats with a period: abcd|dcba (2n) for Reflect, abcd|cb (2n - 2) for
                // Reflect101, which skips the edge pixel itself. Folding p into one period is O(1) for any p, however
                // far outside (stepping one reflection at a time took ~p / n steps, and -int.MinValue overflows).
                long period = mode == BorderMode.Reflect ? 2L * length : (2L * length) - 2;
                long q = Modulo(p, period);
                return (int)(q < length ? q : period - (mode == BorderMode.Reflect ? 1 : 0) - q);
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown BorderMode: use Constant, Replicate, Reflect, Reflect101 or Wrap.");
        }
    }

    /// <summary>
    /// <see cref="SourceIndex"/> for every coordinate <paramref name="first"/>, <paramref name="first"/> + 1, ...: the
    /// border is worked out once per row or column instead of once per pixel (ImageSharp's KernelSamplingMap idea).
    /// </summary>
    internal static int[] SourceIndices(int first, int count, int length, BorderMode mode)
    {
        var map = new int[count];
        for (int i = 0; i < count; i++)
        {
            map[i] = SourceIndex((int)Math.Clamp((long)first + i, int.MinValue, int.MaxValue), length, mode);
        }

        return map;
    }

    /// <summary>p mod n in 0 .. n - 1, for negative p too (C#'s % keeps the sign of p).</summary>
    private static long Modulo(long p, long n)
    {
        long q = p % n;
        return q < 0 ? q + n : q;
    }

    private static int Modulo(int p, int n) => (int)Modulo((long)p, n);

    /// <summary>
    /// Returns a new array: <paramref name="image"/> with <paramref name="top"/>, <paramref name="bottom"/>,
    /// <paramref name="left"/> and <paramref name="right"/> extra pixels invented by <paramref name="mode"/>
    /// (OpenCV's <c>copyMakeBorder</c>). The input is not changed.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="top">Rows added above.</param>
    /// <param name="bottom">Rows added below.</param>
    /// <param name="left">Columns added on the left.</param>
    /// <param name="right">Columns added on the right.</param>
    /// <param name="mode">How the new pixels are invented.</param>
    /// <param name="value">The value of new pixels for <see cref="BorderMode.Constant"/>.</param>
    public static T[,] Pad<T>(T[,] image, int top, int bottom, int left, int right, BorderMode mode, T value = default!)
    {
        Guard.NotEmpty(image, nameof(image));
        string? negative = top < 0 ? nameof(top) : bottom < 0 ? nameof(bottom) : left < 0 ? nameof(left) : right < 0 ? nameof(right) : null;
        if (negative is not null)
        {
            throw new ArgumentOutOfRangeException(negative, $"Padding must not be negative (got top {top}, bottom {bottom}, left {left}, right {right}).");
        }

        int rows = image.GetLength(0), cols = image.GetLength(1);
        long paddedRows = (long)rows + top + bottom, paddedCols = (long)cols + left + right;
        if ((double)paddedRows * paddedCols > Array.MaxLength) // in double: the product of two long sides can wrap a long
        {
            string side = (long)top + bottom >= (long)left + right ? (top >= bottom ? nameof(top) : nameof(bottom)) : (left >= right ? nameof(left) : nameof(right));
            throw new ArgumentOutOfRangeException(side, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"A {rows} x {cols} image padded by top {top}, bottom {bottom}, left {left}, right {right} would be {paddedRows} x {paddedCols}, " +
                $"more than the {Array.MaxLength} elements a .NET array can hold: pad by at most the kernel's size."));
        }

        var padded = new T[paddedRows, paddedCols];

        // Each row's and each column's source worked out once, not once per pixel.
        int[] sourceRows = SourceIndices(-top, (int)paddedRows, rows, mode);
        int[] sourceCols = SourceIndices(-left, (int)paddedCols, cols, mode);
        for (int r = 0; r < sourceRows.Length; r++)
        {
            int sr = sourceRows[r];
            for (int c = 0; c < sourceCols.Length; c++)
            {
                int sc = sourceCols[c];
                padded[r, c] = sr < 0 || sc < 0 ? value : image[sr, sc];
            }
        }

        return padded;
    }
}
