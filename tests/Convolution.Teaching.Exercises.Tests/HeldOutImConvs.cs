namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// Wrong ImConvs written as students write them (their own names, loop orders and styles; slips collected from the
/// loop's every index, bound and accumulator, and from course forums), kept apart from the models' own implementations:
/// the held-out set the checker must name. Each comes with a phrase of the one diagnosis that is right for it.
/// </summary>
internal static class HeldOutImConvs
{
    /// <summary>Each student's function and a phrase of the diagnosis it must get (and no other).</summary>
    public static IReadOnlyList<(string Name, Func<double[,], double[,], double[,]> ImConv, string Diagnosis)> All { get; } =
    [
        ("window read with x and y swapped", WindowXySwapped, "i and j are swapped in one of the two reads"),
        ("sum = instead of +=", AssignsTheSum, "the sum is assigned, not added to"),
        ("i twice in the window", ITwice, "the window reads im[r + i, c + i]"),
        ("average over the window", Averages, "divided by the number of kernel entries"),
        ("clamped like a picture", Clamps, "clamped to 0..255"),
        ("j loop bound kh", JBoundKh, "the j loop stops at kRows"),
        ("c loop bound outH", CBoundOutH, "the c loop stops at outRows"),
        ("outW copied from the line above", OutWCopied, "the output's column count uses kRows"),
        ("kernel sizes from the wrong GetLength", KernelSizesSwapped, "takes each kernel size from the wrong axis"),
        ("i loop from 1", IFromOne, "the i loop starts at 1"),
        ("window that never moves", WindowNeverMoves, "the window does not move"),
        ("plus instead of times", PlusInsteadOfTimes, "added (im[...] + kernel[...]) instead of multiplied"),
        ("normalised by the kernel's sum", NormalisesByKernelSum, "divided by the sum of the kernel's entries"),
        ("one pixel times the kernel", OnePixel, "the window is one pixel"),
        ("kernel flipped left to right", FlipsColumnsOnly, "flipped the kernel left to right only"),
        ("r loop bound outW", RBoundOutW, "the r loop stops at outCols"),
        ("window r where c belongs", RWhereCBelongs, "the window reads im[r + i, r + j]"),
    ];

    private static double[,] WindowXySwapped(double[,] image, double[,] kernel)
    {
        int kh = kernel.GetLength(0), kw = kernel.GetLength(1);
        var output = new double[image.GetLength(0) - kh + 1, image.GetLength(1) - kw + 1];
        for (int x = 0; x < output.GetLength(0); x++)
        {
            for (int y = 0; y < output.GetLength(1); y++)
            {
                double acc = 0;
                for (int i = 0; i < kh; i++)
                {
                    for (int j = 0; j < kw; j++)
                    {
                        acc += image[x + j, y + i] * kernel[i, j];
                    }
                }

                output[x, y] = acc;
            }
        }

        return output;
    }

    private static double[,] AssignsTheSum(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var convImage = new double[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                double sum = 0;
                for (int i = 0; i < kernel.GetLength(0); i++)
                {
                    for (int j = 0; j < kernel.GetLength(1); j++)
                    {
                        sum = im[r + i, c + j] * kernel[i, j];
                    }
                }

                convImage[r, c] = sum;
            }
        }

        return convImage;
    }

    private static double[,] ITwice(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var convImage = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < convImage.GetLength(0); r++)
        {
            for (int c = 0; c < convImage.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i, c + i] * kernel[i, j];
                    }
                }

                convImage[r, c] = sum;
            }
        }

        return convImage;
    }

    private static double[,] Averages(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var result = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < result.GetLength(0); r++)
        {
            for (int c = 0; c < result.GetLength(1); c++)
            {
                double total = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        total += im[r + i, c + j] * kernel[i, j];
                    }
                }

                result[r, c] = total / kernel.Length; // "a convolution averages the window"
            }
        }

        return result;
    }

    private static double[,] Clamps(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                double sum = 0;
                for (int i = 0; i < kernel.GetLength(0); i++)
                {
                    for (int j = 0; j < kernel.GetLength(1); j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = Math.Min(255, Math.Max(0, sum)); // keep it a valid gray level
            }
        }

        return conv;
    }

    private static double[,] JBoundKh(double[,] im, double[,] kernel)
    {
        int kh = kernel.GetLength(0), kw = kernel.GetLength(1);
        int oh = im.GetLength(0) - kh + 1, ow = im.GetLength(1) - kw + 1;
        var conv = new double[oh, ow];
        for (int r = 0; r < oh; r++)
        {
            for (int c = 0; c < ow; c++)
            {
                double sum = 0;
                for (int i = 0; i < kh; i++)
                {
                    for (int j = 0; j < kh; j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] CBoundOutH(double[,] im, double[,] kernel)
    {
        int outH = im.GetLength(0) - kernel.GetLength(0) + 1, outW = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outH, outW];
        for (int r = 0; r < outH; r++)
        {
            for (int c = 0; c < outH; c++)
            {
                double sum = 0;
                for (int i = 0; i < kernel.GetLength(0); i++)
                {
                    for (int j = 0; j < kernel.GetLength(1); j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] OutWCopied(double[,] im, double[,] kernel)
    {
        int H = im.GetLength(0), W = im.GetLength(1), kh = kernel.GetLength(0), kw = kernel.GetLength(1);
        int outH = H - kh + 1;
        int outW = W - kh + 1;
        var conv = new double[outH, outW];
        for (int r = 0; r < outH; r++)
        {
            for (int c = 0; c < outW; c++)
            {
                double sum = 0;
                for (int i = 0; i < kh; i++)
                {
                    for (int j = 0; j < kw; j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] KernelSizesSwapped(double[,] im, double[,] kernel)
    {
        int imageRows = im.GetLength(0), imageCols = im.GetLength(1);
        int kRows = kernel.GetLength(1), kCols = kernel.GetLength(0);
        var convImage = new double[imageRows - kRows + 1, imageCols - kCols + 1];
        for (int r = 0; r < imageRows - kRows + 1; r++)
        {
            for (int c = 0; c < imageCols - kCols + 1; c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                convImage[r, c] = sum;
            }
        }

        return convImage;
    }

    private static double[,] IFromOne(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 1; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] WindowNeverMoves(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[i, j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] PlusInsteadOfTimes(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i, c + j] + kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] NormalisesByKernelSum(double[,] im, double[,] kernel)
    {
        double weight = 0;
        foreach (double w in kernel)
        {
            weight += w;
        }

        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum / weight;
            }
        }

        return conv;
    }

    private static double[,] OnePixel(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        conv[r, c] += im[r, c] * kernel[i, j];
                    }
                }
            }
        }

        return conv;
    }

    private static double[,] FlipsColumnsOnly(double[,] im, double[,] kernel)
    {
        int kh = kernel.GetLength(0), kw = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kh + 1, im.GetLength(1) - kw + 1];
        for (int y = 0; y < conv.GetLength(0); y++)
        {
            for (int x = 0; x < conv.GetLength(1); x++)
            {
                double s = 0;
                for (int u = 0; u < kh; u++)
                {
                    for (int v = 0; v < kw; v++)
                    {
                        s += im[y + u, x + v] * kernel[u, kw - 1 - v];
                    }
                }

                conv[y, x] = s;
            }
        }

        return conv;
    }

    private static double[,] RBoundOutW(double[,] im, double[,] kernel)
    {
        int outH = im.GetLength(0) - kernel.GetLength(0) + 1, outW = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outH, outW];
        for (int r = 0; r < outW; r++)
        {
            for (int c = 0; c < outW; c++)
            {
                double sum = 0;
                for (int i = 0; i < kernel.GetLength(0); i++)
                {
                    for (int j = 0; j < kernel.GetLength(1); j++)
                    {
                        sum += im[r + i, c + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    private static double[,] RWhereCBelongs(double[,] im, double[,] kernel)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        var conv = new double[im.GetLength(0) - kRows + 1, im.GetLength(1) - kCols + 1];
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                double sum = 0;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += im[r + i, r + j] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }
}
