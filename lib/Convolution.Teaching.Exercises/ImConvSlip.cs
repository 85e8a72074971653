namespace Convolution.Teaching.Exercises;

/// <summary>
/// The lesson's ImConv loop with one slip in it, run as a student's code runs: the same four loops, the same reads, so a
/// slip that runs past the edge of an array throws <see cref="IndexOutOfRangeException"/> here exactly where the student's
/// throws. The models of <see cref="ImConvMistakes"/> for index, bound and accumulator slips are built from it, since a
/// library transform cannot say where such a slip throws.
/// </summary>
internal static class ImConvSlip
{
    /// <summary>The sizes a loop sees: the image's, the kernel's, and the output's as allocated.</summary>
    internal readonly record struct Sizes(int ImRows, int ImCols, int KRows, int KCols, int OutRows, int OutCols);

    /// <summary>One product of the sum, read as the slip reads it.</summary>
    internal delegate double Term(double[,] im, double[,] k, int r, int c, int i, int j);

    /// <summary>The right product: <c>im[r + i, c + j] * kernel[i, j]</c>.</summary>
    public static double Right(double[,] im, double[,] k, int r, int c, int i, int j) => im[r + i, c + j] * k[i, j];

    /// <summary>Runs the loop with the given slips; every argument left out is as the lesson writes it.</summary>
    /// <param name="im">The image.</param>
    /// <param name="k">The kernel.</param>
    /// <param name="term">The product inside the kernel loops.</param>
    /// <param name="size">The output size allocated, from (image rows, image cols, kernel rows, kernel cols); valid mode by default.</param>
    /// <param name="bounds">Where the r, c, i and j loops stop; by default the output's and the kernel's own sizes.</param>
    /// <param name="start">Where the r, c, i and j loops start; 0 by default.</param>
    /// <param name="assign">The sum is assigned (<c>sum = ...</c>) instead of added to (<c>sum += ...</c>).</param>
    /// <param name="store">What is stored from the sum; the sum itself by default.</param>
    public static double[,] Run(
        double[,] im, double[,] k, Term? term = null,
        Func<int, int, int, int, (int Rows, int Cols)>? size = null,
        Func<Sizes, (int R, int C, int I, int J)>? bounds = null,
        (int R, int C, int I, int J) start = default,
        bool assign = false,
        Func<double, Sizes, double>? store = null)
    {
        term ??= Right;
        int imRows = im.GetLength(0), imCols = im.GetLength(1), kRows = k.GetLength(0), kCols = k.GetLength(1);
        var (outRows, outCols) = size?.Invoke(imRows, imCols, kRows, kCols) ?? (imRows - kRows + 1, imCols - kCols + 1);
        var sizes = new Sizes(imRows, imCols, kRows, kCols, outRows, outCols);
        var (rEnd, cEnd, iEnd, jEnd) = bounds?.Invoke(sizes) ?? (outRows, outCols, kRows, kCols);
        var conv = new double[outRows, outCols];
        for (int r = start.R; r < rEnd; r++)
        {
            for (int c = start.C; c < cEnd; c++)
            {
                double sum = 0;
                for (int i = start.I; i < iEnd; i++)
                {
                    for (int j = start.J; j < jEnd; j++)
                    {
                        sum = assign ? term(im, k, r, c, i, j) : sum + term(im, k, r, c, i, j);
                    }
                }

                conv[r, c] = store is null ? sum : store(sum, sizes);
            }
        }

        return conv;
    }
}
