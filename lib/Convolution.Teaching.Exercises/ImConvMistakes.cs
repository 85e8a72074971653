namespace Convolution.Teaching.Exercises;

/// <summary>
/// What a student's im_conv returns when it makes one known mistake, computed from the same inputs,
/// so the checker can recognise the mistake by comparing results rather than by guessing. Every model is the lesson's
/// loop (<see cref="ImConvSlip"/>), never the library's filter, so it runs past an array's edge where a student's does.
/// Each model is named by the words the student sees.
/// </summary>
internal static class ImConvMistakes
{
    private static IReadOnlyList<Model>? all;

    /// <summary>
    /// One mistake: its diagnosis, and the result it gives (null when it cannot run on these inputs); a model that throws
    /// <see cref="IndexOutOfRangeException"/> says the mistake runs past an array's edge on these inputs, as the student's would.
    /// </summary>
    internal sealed record Model(Diagnosis Diagnosis, Func<double[,], double[,], double[,]?> Result);

    /// <summary>Every model the checker tries: <see cref="SameSize"/>, then the loop slips of <see cref="ImConvSlipMistakes"/>.</summary>
    /// <remarks>Made on first use: a static initializer here would run before <see cref="SameSize"/>'s, below it.</remarks>
    public static IReadOnlyList<Model> All => all ??= [.. SameSize, .. ImConvSlipMistakes.Slips];

    /// <summary>The mistakes whose result has the right (valid) size, most common first.</summary>
    public static IReadOnlyList<Model> SameSize { get; } =
    [
        new("you flipped the kernel: that is true convolution, but the lesson's im_conv is cross-correlation (no flip). " +
            "Look at the index you read the kernel with, inside the kernel loops." + new FixLine("sum += im[r + i, c + j] * kernel[i, j];   (the kernel as it stands: no kRows - 1 - i, no kCols - 1 - j)"),
            (im, k) => ImConvSlip.Run(im, Arrays.Flip(k))),
        new("you flipped the kernel left to right only (the lesson's im_conv does not flip): look at the column index you read the kernel with." +
            new FixLine("sum += im[r + i, c + j] * kernel[i, j];   (kernel[i, j], not kernel[i, kCols - 1 - j])"),
            (im, k) => ImConvSlip.Run(im, Arrays.FlipLeftRight(k))),
        new("you flipped the kernel upside down only (the lesson's im_conv does not flip): look at the row index you read the kernel with." +
            new FixLine("sum += im[r + i, c + j] * kernel[i, j];   (kernel[i, j], not kernel[kRows - 1 - i, j])"),
            (im, k) => ImConvSlip.Run(im, Arrays.FlipUpDown(k))),
        new("the sum is not reset between pixels: each output is a running total of all the pixels before it. " +
            "Look at where `sum` is declared and set to 0." + new FixLine("double sum = 0;   as the first line inside the two output loops, just before the kernel loops"),
            (im, k) => RunningTotal(ImConvSlip.Run(im, k), resetEachRow: false, rowMajor: true)),
        new("the sum is not reset between pixels: each output is a running total of the pixels before it in its column. " +
            "Look at where `sum` is declared and set to 0." + new FixLine("double sum = 0;   as the first line inside the two output loops, just before the kernel loops"),
            (im, k) => RunningTotal(ImConvSlip.Run(im, k), resetEachRow: false, rowMajor: false)),
        new("the sum is reset once per row instead of once per pixel: each output is a running total along its row. " +
            "Look at which loop `sum = 0` is in." + new FixLine("double sum = 0;   moved inside the inner output loop (for c ...), just before the kernel loops"),
            (im, k) => RunningTotal(ImConvSlip.Run(im, k), resetEachRow: true, rowMajor: true)),
        new("rows and columns are swapped: your result is the transpose of the right one. Look at the line that stores the sum." +
            new FixLine("convImage[r, c] = sum;   (not convImage[c, r])"),
            (im, k) => Arrays.Transpose(ImConvSlip.Run(im, k))),
        new("the kernel loops stop one row short (i < kRows - 1): the window leaves out the kernel's last row. Look at the condition of the i loop." +
            new FixLine("for (int i = 0; i < kRows; i++)"),
            (im, k) => ImConvSlip.Run(im, ZeroLast(k, rows: true, cols: false))),
        new("the kernel loops stop one column short (j < kCols - 1): the window leaves out the kernel's last column. Look at the condition of the j loop." +
            new FixLine("for (int j = 0; j < kCols; j++)"),
            (im, k) => ImConvSlip.Run(im, ZeroLast(k, rows: false, cols: true))),
        new("the kernel loops stop one row and one column short (i < kRows - 1, j < kCols - 1): the window is one pixel too small. Look at the conditions of the i and j loops." +
            new FixLine("for (int i = 0; i < kRows; i++)   and   for (int j = 0; j < kCols; j++)"),
            (im, k) => ImConvSlip.Run(im, ZeroLast(k, rows: true, cols: true))),
        new("the kernel loops start at 1 instead of 0: the window leaves out the kernel's first row and column. Look at where the i and j loops start." +
            new FixLine("for (int i = 0; i < kRows; i++)   and   for (int j = 0; j < kCols; j++)"),
            (im, k) => ImConvSlip.Run(im, ZeroFirst(k))),
        new("the output loops stop one row and one column short: the last row and column of your result are still 0. Look at the conditions of the r and c loops." +
            new FixLine("for (int r = 0; r < outRows; r++)   and   for (int c = 0; c < outCols; c++)"),
            (im, k) => ZeroEdge(ImConvSlip.Run(im, k), lastRow: true, lastCol: true)),
        new("the output loops stop one row short: the last row of your result is still 0. Look at the condition of the r loop." +
            new FixLine("for (int r = 0; r < outRows; r++)"),
            (im, k) => ZeroEdge(ImConvSlip.Run(im, k), lastRow: true, lastCol: false)),
        new("the output loops stop one column short: the last column of your result is still 0. Look at the condition of the c loop." +
            new FixLine("for (int c = 0; c < outCols; c++)"),
            (im, k) => ZeroEdge(ImConvSlip.Run(im, k), lastRow: false, lastCol: true)),
        new("the output loops start at 1 instead of 0: the first row and column of your result are still 0. Look at where the r and c loops start." +
            new FixLine("for (int r = 0; r < outRows; r++)   and   for (int c = 0; c < outCols; c++)"),
            (im, k) => ZeroFirstRowCol(ImConvSlip.Run(im, k))),
    ];

    /// <summary>Row-major (or column-major) running totals, as when `sum` is declared outside the output loops.</summary>
    internal static double[,] RunningTotal(double[,] right, bool resetEachRow, bool rowMajor)
    {
        int rows = right.GetLength(0), cols = right.GetLength(1);
        var result = new double[rows, cols];
        double total = 0;
        int outer = rowMajor ? rows : cols, inner = rowMajor ? cols : rows;
        for (int a = 0; a < outer; a++)
        {
            if (resetEachRow)
            {
                total = 0;
            }

            for (int b = 0; b < inner; b++)
            {
                var (r, c) = rowMajor ? (a, b) : (b, a);
                total += right[r, c];
                result[r, c] = total;
            }
        }

        return result;
    }

    private static double[,] ZeroLast(double[,] k, bool rows, bool cols) =>
        Arrays.Map(k, (r, c, nr, nc) => (rows && r == nr - 1) || (cols && c == nc - 1) ? 0 : k[r, c]);

    private static double[,] ZeroFirst(double[,] k) => Arrays.Map(k, (r, c, _, _) => r == 0 || c == 0 ? 0 : k[r, c]);

    private static double[,] ZeroEdge(double[,] a, bool lastRow, bool lastCol) =>
        Arrays.Map(a, (r, c, nr, nc) => (lastRow && r == nr - 1) || (lastCol && c == nc - 1) ? 0 : a[r, c]);

    private static double[,] ZeroFirstRowCol(double[,] a) => Arrays.Map(a, (r, c, _, _) => r == 0 || c == 0 ? 0 : a[r, c]);
}
