using static Convolution.Teaching.Exercises.ImConvSlip;

namespace Convolution.Teaching.Exercises;

/// <summary>
/// The slips students make inside ImConv's four loops (each index, bound and accumulator; the window read with indices
/// swapped or repeated; sizes from the wrong axis; a result divided, clamped or kept as the last product only), each run
/// as the student's loop runs (<see cref="ImConvSlip"/>). Slips that give the same numbers on every case the checker runs
/// are one model whose words name each form, since no case can tell them apart.
/// </summary>
/// <remarks>
/// The same slips show in public code fixed after the fact: an index written twice (<c>[1][1]</c> for <c>[1][2]</c>,
/// sightmachine/simplecv-js#28), width and height confused (mezzoblue/PaintbrushJS#3), a kernel read in the wrong
/// order that symmetric kernels hide (lessthanoptimal/BoofCV#3); hence the wide and the tall case, each lopsided.
/// </remarks>
internal static class ImConvSlipMistakes
{
    private const string Read = "sum += im[r + i, c + j] * kernel[i, j];";

    /// <summary>The loop-slip models, after <see cref="ImConvMistakes.SameSize"/>.</summary>
    public static IReadOnlyList<ImConvMistakes.Model> Slips { get; } =
    [
        Slip("i and j are swapped in one of the two reads: im[r + j, c + i] or kernel[j, i] (they give the same numbers: with a square kernel the kernel is read transposed, with a non-square one the loop runs past the edge). " +
            "Rows go with r and i, columns with c and j.", new FixLine(Read),
            (im, k) => Run(im, k, (m, q, r, c, i, j) => m[r + j, c + i] * q[i, j])),
        Slip("rows and columns are swapped in the image: you read im[c + j, r + i]. Look at the indices you read im with.",
            new FixLine(Read + "   (rows go with r and i, columns with c and j)"),
            (im, k) => Run(im, k, (m, q, r, c, i, j) => m[c + j, r + i] * q[i, j])),
        Slip("the window reads im[r + i, c + i]: i where j belongs, so the window runs down a diagonal. Look at the column index you read im with.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[r + i, c + i] * q[i, j])),
        Slip("the window reads im[r + j, c + j]: j where i belongs, so the window runs down a diagonal. Look at the row index you read im with.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[r + j, c + j] * q[i, j])),
        Slip("the window reads im[r + i, r + j]: r where c belongs, so every column of a row gets the same window. Look at the column index you read im with.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[r + i, r + j] * q[i, j])),
        Slip("the window reads im[c + i, c + j]: c where r belongs. Look at the row index you read im with.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[c + i, c + j] * q[i, j])),
        Slip("the window does not move: you read im[i, j] instead of im[r + i, c + j], so every output is the top-left window's sum. Add the output position to the image indices.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[i, j] * q[i, j])),
        Slip("the window is one pixel: you read im[r, c] instead of im[r + i, c + j], so each output is that pixel times the kernel's sum. Add the kernel position to the image indices.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[r, c] * q[i, j])),
        Slip("the sum is assigned, not added to (sum = ... instead of sum += ...): each output is only the last product, the kernel's bottom-right entry times the pixel under it.",
            new FixLine(Read), (im, k) => Run(im, k, assign: true)),
        Slip("the pixel and the kernel entry are added (im[...] + kernel[...]) instead of multiplied: each output must be a sum of products.",
            new FixLine(Read), (im, k) => Run(im, k, (m, q, r, c, i, j) => m[r + i, c + j] + q[i, j])),
        Slip("each sum is divided by the number of kernel entries, an average: ImConv only adds the products (a blur kernel's own weights already divide).",
            new FixLine("convImage[r, c] = sum;   (no / (kRows * kCols))"), (im, k) => Run(im, k, store: (sum, s) => sum / (s.KRows * s.KCols))),
        Slip("each sum is divided by the sum of the kernel's entries: ImConv only adds the products, the kernel's weights are used as they are.",
            new FixLine("convImage[r, c] = sum;   (no division by the kernel's sum)"), (im, k) => Run(im, k, store: (sum, _) => sum / k.Cast<double>().Sum())),
        Slip("each sum is clamped to 0..255, the range of an 8-bit picture: ImConv returns the sums as they are, negative or above 255 (lesson 6 shows why they matter).",
            new FixLine("convImage[r, c] = sum;   (no Math.Clamp, Math.Min or Math.Max)"), (im, k) => Run(im, k, store: (sum, _) => Math.Clamp(sum, 0, 255))),
        Slip("the j loop stops at kRows instead of kCols: with a square kernel that is the same, with a wide one the window leaves out the kernel's last columns, with a tall one it runs past the edge.",
            new FixLine("for (int j = 0; j < kCols; j++)"), (im, k) => Run(im, k, bounds: s => (s.OutRows, s.OutCols, s.KRows, s.KRows))),
        Slip("the i loop stops at kCols instead of kRows: with a square kernel that is the same, with a tall one the window leaves out the kernel's last rows, with a wide one it runs past the edge.",
            new FixLine("for (int i = 0; i < kRows; i++)"), (im, k) => Run(im, k, bounds: s => (s.OutRows, s.OutCols, s.KCols, s.KCols))),
        Slip("the c loop stops at outRows instead of outCols: where the result is wider than tall its last columns stay 0, where it is taller the loop runs past the edge.",
            new FixLine("for (int c = 0; c < outCols; c++)"), (im, k) => Run(im, k, bounds: s => (s.OutRows, s.OutRows, s.KRows, s.KCols))),
        Slip("the r loop stops at outCols instead of outRows: where the result is taller than wide its last rows stay 0, where it is wider the loop runs past the edge.",
            new FixLine("for (int r = 0; r < outRows; r++)"), (im, k) => Run(im, k, bounds: s => (s.OutCols, s.OutCols, s.KRows, s.KCols))),
        Slip("the output size takes each kernel size from the wrong axis, (iH - kW + 1) x (iW - kH + 1) (for example rows from GetLength(1)): right for a square kernel, past the edge for any other. " +
            "The valid size is (iH - kH + 1) x (iW - kW + 1).",
            new FixLine("int outRows = imageRows - kRows + 1;   and   int outCols = imageCols - kCols + 1;"),
            (im, k) => Run(im, k, size: (h, w, kh, kw) => (h - kw + 1, w - kh + 1))),
        Slip("the output's column count uses kRows: outCols = iW - kH + 1 instead of iW - kW + 1 (a copy of the line above).",
            new FixLine("int outCols = imageCols - kCols + 1;"), (im, k) => Run(im, k, size: (h, w, kh, _) => (h - kh + 1, w - kh + 1))),
        Slip("the output's row count uses kCols: outRows = iH - kW + 1 instead of iH - kH + 1 (a copy of the line below).",
            new FixLine("int outRows = imageRows - kRows + 1;"), (im, k) => Run(im, k, size: (h, w, _, kw) => (h - kw + 1, w - kw + 1))),
        Slip("the i loop starts at 1 instead of 0: the window leaves out the kernel's first row. Look at where the i loop starts.",
            new FixLine("for (int i = 0; i < kRows; i++)"), (im, k) => Run(im, k, start: (0, 0, 1, 0))),
        Slip("the j loop starts at 1 instead of 0: the window leaves out the kernel's first column. Look at where the j loop starts.",
            new FixLine("for (int j = 0; j < kCols; j++)"), (im, k) => Run(im, k, start: (0, 0, 0, 1))),
        Slip("the r loop starts at 1 instead of 0: the first row of your result is still 0. Look at where the r loop starts.",
            new FixLine("for (int r = 0; r < outRows; r++)"), (im, k) => Run(im, k, start: (1, 0, 0, 0))),
        Slip("the c loop starts at 1 instead of 0: the first column of your result is still 0. Look at where the c loop starts.",
            new FixLine("for (int c = 0; c < outCols; c++)"), (im, k) => Run(im, k, start: (0, 1, 0, 0))),
    ];

    private static ImConvMistakes.Model Slip(string words, FixLine fix, Func<double[,], double[,], double[,]?> result) => new(words + fix, result);
}
