namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// Lesson 3's SameConvolve as students write it: plain loops over the output and the kernel, one version per known
/// mistake. They are written independently of the checker's mistake models (which use the library), so a test that
/// the two agree proves the models describe real student code.
/// </summary>
internal static class StudentSameConvolutions
{
    /// <summary>How a pixel outside the image is read: as 0, as the nearest edge pixel, or mirrored without repeating the edge.</summary>
    internal enum Outside
    {
        Zero,
        Copy,
        Mirror,
    }

    public static double[,] Correct(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: true, flipCols: true, top: kernel.GetLength(0) / 2, left: kernel.GetLength(1) / 2, Outside.Zero);

    public static double[,] NoFlip(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: false, flipCols: false, top: kernel.GetLength(0) / 2, left: kernel.GetLength(1) / 2, Outside.Zero);

    public static double[,] FlipLeftRightOnly(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: false, flipCols: true, top: kernel.GetLength(0) / 2, left: kernel.GetLength(1) / 2, Outside.Zero);

    public static double[,] FlipUpsideDownOnly(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: true, flipCols: false, top: kernel.GetLength(0) / 2, left: kernel.GetLength(1) / 2, Outside.Zero);

    /// <summary>All kH - 1 zero rows above (and kW - 1 columns on the left), none below.</summary>
    public static double[,] PaddedTopLeftOnly(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: true, flipCols: true, top: kernel.GetLength(0) - 1, left: kernel.GetLength(1) - 1, Outside.Zero);

    /// <summary>All zero rows below (and columns on the right): the window starts at the pixel itself.</summary>
    public static double[,] PaddedBottomRightOnly(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: true, flipCols: true, top: 0, left: 0, Outside.Zero);

    public static double[,] EdgeCopied(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: true, flipCols: true, top: kernel.GetLength(0) / 2, left: kernel.GetLength(1) / 2, Outside.Copy);

    public static double[,] EdgeMirrored(double[,] im, double[,] kernel) =>
        Loops(im, kernel, flipRows: true, flipCols: true, top: kernel.GetLength(0) / 2, left: kernel.GetLength(1) / 2, Outside.Mirror);

    /// <summary>kernel[j, i] instead of kernel[i, j]; on a non-square kernel it runs past the kernel's edge.</summary>
    public static double[,] KernelTransposed(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var transposed = new double[kCols, kRows];
        for (int i = 0; i < kRows; i++)
        {
            for (int j = 0; j < kCols; j++)
            {
                transposed[i, j] = kernel[j, i];
            }
        }

        return Correct(im, transposed);
    }

    /// <summary>No padding at all: valid mode's size.</summary>
    public static double[,] NoPadding(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        double[,] same = Correct(im, kernel);
        var valid = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < valid.GetLength(0); r++)
        {
            for (int c = 0; c < valid.GetLength(1); c++)
            {
                valid[r, c] = same[r + (kRows / 2), c + (kCols / 2)];
            }
        }

        return valid;
    }

    /// <summary>Padded kH - 1 on every side and slid everywhere: full mode's size.</summary>
    public static double[,] FullSize(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var big = new double[im.GetLength(0) + (2 * (kRows / 2)), im.GetLength(1) + (2 * (kCols / 2))];
        for (int r = 0; r < im.GetLength(0); r++)
        {
            for (int c = 0; c < im.GetLength(1); c++)
            {
                big[r + (kRows / 2), c + (kCols / 2)] = im[r, c];
            }
        }

        return Correct(big, kernel);
    }

    /// <summary>Flips the kernel in place (kernel[i, j] = kernel[kH - 1 - i, ...] loops), then correlates: the input changes.</summary>
    public static double[,] FlipsInPlace(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        double[,] flipped = Arrays.Flip(kernel);
        for (int i = 0; i < kRows; i++)
        {
            for (int j = 0; j < kCols; j++)
            {
                kernel[i, j] = flipped[i, j];
            }
        }

        return NoFlip(im, kernel);
    }

    /// <summary>Reads im[row, col] without asking whether it is inside: runs past the edge.</summary>
    public static double[,] NoBoundsCheck(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var result = new double[im.GetLength(0), im.GetLength(1)];
        for (int r = 0; r < im.GetLength(0); r++)
        {
            for (int c = 0; c < im.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i - (kRows / 2), c + j - (kCols / 2)] * kernel[kRows - 1 - i, kCols - 1 - j];
                    }
                }

                result[r, c] = sum;
            }
        }

        return result;
    }

    /// <summary>
    /// The loops: output pixel (r, c) reads the image from row r - top and column c - left, the kernel flipped as
    /// asked, and a pixel outside the image as <paramref name="outside"/> says.
    /// </summary>
    private static double[,] Loops(double[,] im, double[,] kernel, bool flipRows, bool flipCols, int top, int left, Outside outside)
    {
        int rows = im.GetLength(0), cols = im.GetLength(1), kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var result = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        int row = r + i - top, col = c + j - left;
                        double weight = kernel[flipRows ? kRows - 1 - i : i, flipCols ? kCols - 1 - j : j];
                        sum += Pixel(im, row, col, outside) * weight;
                    }
                }

                result[r, c] = sum;
            }
        }

        return result;
    }

    private static double Pixel(double[,] im, int row, int col, Outside outside)
    {
        int rows = im.GetLength(0), cols = im.GetLength(1);
        bool inside = row >= 0 && row < rows && col >= 0 && col < cols;
        return (inside, outside) switch
        {
            (true, _) => im[row, col],
            (false, Outside.Zero) => 0,
            (false, Outside.Copy) => im[Math.Clamp(row, 0, rows - 1), Math.Clamp(col, 0, cols - 1)],
            _ => im[Mirror(row, rows), Mirror(col, cols)],
        };
    }

    /// <summary>-1 reads 1, n reads n - 2: the edge pixel is not repeated.</summary>
    private static int Mirror(int p, int n) => p < 0 ? -p : p >= n ? (2 * n) - 2 - p : p;
}
