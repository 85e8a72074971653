namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// GetSubimages as students write it: the five options of the poll with Arrays.Slice (as in the
/// notebook), the same mistakes with hand-written loops, and the other known mistakes.
/// </summary>
internal static class StudentSubimages
{
    public static Dictionary<(int Row, int Col), double[,]> Option2Correct(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (r, r + kR, c, c + kC));

    public static Dictionary<(int Row, int Col), double[,]> CorrectByHand(double[,] im, double[,] kernel) =>
        ByHand(im, kernel, kernel.GetLength(0), kernel.GetLength(1), (r, c, i, j) => im[r + i, c + j]);

    public static Dictionary<(int Row, int Col), double[,]> Option1UpLeft(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (r - 1, r + kR - 1, c - 1, c + kC - 1));

    public static Dictionary<(int Row, int Col), double[,]> Option3TooBig(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (r, r + kR + 1, c, c + kC + 1));

    public static Dictionary<(int Row, int Col), double[,]> Option4DownRight(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (r + 1, r + kR + 1, c + 1, c + kC + 1));

    public static Dictionary<(int Row, int Col), double[,]> Option5Swapped(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (c, c + kC, r, r + kR));

    public static Dictionary<(int Row, int Col), double[,]> UpLeftByHand(double[,] im, double[,] kernel) =>
        ByHand(im, kernel, kernel.GetLength(0), kernel.GetLength(1), (r, c, i, j) => im[r + i - 1, c + j - 1]);

    /// <summary>Rows and columns swapped in hand-written loops: throws on non-square images.</summary>
    public static Dictionary<(int Row, int Col), double[,]> SwappedByHand(double[,] im, double[,] kernel) =>
        ByHand(im, kernel, kernel.GetLength(0), kernel.GetLength(1), (r, c, i, j) => im[c + i, r + j]);

    public static Dictionary<(int Row, int Col), double[,]> KeysColRow(double[,] im, double[,] kernel)
    {
        var windows = new Dictionary<(int Row, int Col), double[,]>();
        foreach (var ((r, c), w) in Option2Correct(im, kernel))
        {
            windows[(c, r)] = w;
        }

        return windows;
    }

    public static Dictionary<(int Row, int Col), double[,]> WindowTooSmall(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (r, r + kR - 1, c, c + kC - 1));

    /// <summary>outRows = iH - kH (no + 1): one row and one column of windows short.</summary>
    public static Dictionary<(int Row, int Col), double[,]> ForgotPlusOne(double[,] im, double[,] kernel)
    {
        int kR = kernel.GetLength(0), kC = kernel.GetLength(1);
        var windows = new Dictionary<(int Row, int Col), double[,]>();
        for (int r = 0; r < im.GetLength(0) - kR; r++)
        {
            for (int c = 0; c < im.GetLength(1) - kC; c++)
            {
                windows[(r, c)] = Arrays.Slice(im, r..(r + kR), c..(c + kC));
            }
        }

        return windows;
    }

    /// <summary>One window array, refilled at every position and stored under every key.</summary>
    public static Dictionary<(int Row, int Col), double[,]> ReusesOneArray(double[,] im, double[,] kernel)
    {
        int kR = kernel.GetLength(0), kC = kernel.GetLength(1);
        var window = new double[kR, kC];
        var windows = new Dictionary<(int Row, int Col), double[,]>();
        for (int r = 0; r < im.GetLength(0) - kR + 1; r++)
        {
            for (int c = 0; c < im.GetLength(1) - kC + 1; c++)
            {
                for (int i = 0; i < kR; i++)
                {
                    for (int j = 0; j < kC; j++)
                    {
                        window[i, j] = im[r + i, c + j];
                    }
                }

                windows[(r, c)] = window;
            }
        }

        return windows;
    }

    public static Dictionary<(int Row, int Col), double[,]> ZeroWindows(double[,] im, double[,] kernel) =>
        ByHand(im, kernel, kernel.GetLength(0), kernel.GetLength(1), (r, c, i, j) => 0);

    public static Dictionary<(int Row, int Col), double[,]> WholeImageEverywhere(double[,] im, double[,] kernel) =>
        WithSlice(im, kernel, (r, c, kR, kC) => (0, im.GetLength(0), 0, im.GetLength(1)));

    public static Dictionary<(int Row, int Col), double[,]> Empty(double[,] im, double[,] kernel) => [];

    public static Dictionary<(int Row, int Col), double[,]> ReturnsNull(double[,] im, double[,] kernel) => null!;

    public static Dictionary<(int Row, int Col), double[,]> NotImplemented(double[,] im, double[,] kernel) =>
        throw new NotImplementedException("GetSubimages: Task 1");

    /// <summary>Overwrites the image with zeros after slicing ("to free memory").</summary>
    public static Dictionary<(int Row, int Col), double[,]> ModifiesInput(double[,] im, double[,] kernel)
    {
        var windows = Option2Correct(im, kernel);
        im[0, 0] = -1;
        return windows;
    }

    private static Dictionary<(int Row, int Col), double[,]> WithSlice(double[,] im, double[,] kernel, Func<int, int, int, int, (int R0, int R1, int C0, int C1)> bounds)
    {
        int kR = kernel.GetLength(0), kC = kernel.GetLength(1);
        var windows = new Dictionary<(int Row, int Col), double[,]>();
        for (int r = 0; r < im.GetLength(0) - kR + 1; r++)
        {
            for (int c = 0; c < im.GetLength(1) - kC + 1; c++)
            {
                var (r0, r1, c0, c1) = bounds(r, c, kR, kC);
                windows[(r, c)] = Arrays.Slice(im, r0..r1, c0..c1);
            }
        }

        return windows;
    }

    private static Dictionary<(int Row, int Col), double[,]> ByHand(double[,] im, double[,] kernel, int wRows, int wCols, Func<int, int, int, int, double> pixel)
    {
        int kR = kernel.GetLength(0), kC = kernel.GetLength(1);
        var windows = new Dictionary<(int Row, int Col), double[,]>();
        for (int r = 0; r < im.GetLength(0) - kR + 1; r++)
        {
            for (int c = 0; c < im.GetLength(1) - kC + 1; c++)
            {
                var window = new double[wRows, wCols];
                for (int i = 0; i < wRows; i++)
                {
                    for (int j = 0; j < wCols; j++)
                    {
                        window[i, j] = pixel(r, c, i, j);
                    }
                }

                windows[(r, c)] = window;
            }
        }

        return windows;
    }
}
