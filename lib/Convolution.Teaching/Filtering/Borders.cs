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
                return ((p % length) + length) % length;
            case BorderMode.Reflect:
            case BorderMode.Reflect101:
                if (length == 1)
                {
                    return 0;
                }

                // Reflect101 skips the edge pixel itself; reflecting again handles pads wider than the image.
                int skipEdge = mode == BorderMode.Reflect101 ? 1 : 0;
                while (p < 0 || p >= length)
                {
                    p = p < 0 ? -p - 1 + skipEdge : length - 1 - (p - length) - skipEdge;
                }

                return p;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown BorderMode: use Constant, Replicate, Reflect, Reflect101 or Wrap.");
        }
    }

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
        var padded = new T[rows + top + bottom, cols + left + right];
        for (int r = 0; r < padded.GetLength(0); r++)
        {
            int sr = SourceIndex(r - top, rows, mode);
            for (int c = 0; c < padded.GetLength(1); c++)
            {
                int sc = SourceIndex(c - left, cols, mode);
                padded[r, c] = sr < 0 || sc < 0 ? value : image[sr, sc];
            }
        }

        return padded;
    }
}
