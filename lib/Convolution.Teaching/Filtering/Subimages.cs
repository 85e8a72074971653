namespace Convolution.Teaching;

/// <summary>One position of the sliding window: its top-left corner and the pixels under the kernel.</summary>
/// <param name="Row">The row of the window's top-left pixel (and of the Valid output pixel).</param>
/// <param name="Col">The column of the window's top-left pixel (and of the Valid output pixel).</param>
/// <param name="Pixels">A copy of the kernel-sized patch of the image.</param>
public readonly record struct Window<T>(int Row, int Col, T[,] Pixels);

/// <summary>
/// The sliding window of the lesson's Task 1: every kernel-sized patch of the image, in Valid mode.
/// </summary>
public static class Subimages
{
    /// <summary>
    /// The lesson's <c>get_subimages</c>: every kernel-sized patch, keyed by (row, col) of its
    /// top-left pixel, <c>image[row : row + kH, col : col + kW]</c>. Holds (H - kH + 1) x (W - kW + 1)
    /// copies: use <see cref="Enumerate{T}"/> for a large image.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernelRows">kH, the window's height (at most the image's).</param>
    /// <param name="kernelCols">kW, the window's width (at most the image's).</param>
    public static Dictionary<(int Row, int Col), T[,]> Get<T>(T[,] image, int kernelRows, int kernelCols)
    {
        LibraryCalls.Note("Subimages.Get");
        return Enumerate(image, kernelRows, kernelCols).ToDictionary(w => (w.Row, w.Col), w => w.Pixels);
    }

    /// <summary>
    /// The same windows as <see cref="Get{T}"/>, one at a time, row by row, left to right: the order in
    /// which the kernel slides. Nothing is copied until a window is reached.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernelRows">kH, the window's height (at most the image's).</param>
    /// <param name="kernelCols">kW, the window's width (at most the image's).</param>
    public static IEnumerable<Window<T>> Enumerate<T>(T[,] image, int kernelRows, int kernelCols)
    {
        LibraryCalls.Note("Subimages.Enumerate");
        Guard.NotEmpty(image, nameof(image));
        Guard.Positive(kernelRows, nameof(kernelRows));
        Guard.Positive(kernelCols, nameof(kernelCols));
        Guard.KernelFitsForValid(image.GetLength(0), image.GetLength(1), kernelRows, kernelCols, "kernel");
        return Iterate(image, kernelRows, kernelCols);
    }

    private static IEnumerable<Window<T>> Iterate<T>(T[,] image, int kernelRows, int kernelCols)
    {
        int outRows = image.GetLength(0) - kernelRows + 1, outCols = image.GetLength(1) - kernelCols + 1;
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                yield return new Window<T>(r, c, Arrays.Slice(image, r..(r + kernelRows), c..(c + kernelCols)));
            }
        }
    }
}
