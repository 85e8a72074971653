namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// ImConv as students write it: the right one, a right one with the loops in another order, and one
/// wrong version per known mistake. Each is plain loop code, as in the notebook.
/// </summary>
internal static class StudentImConvs
{
    public static double[,] Correct(double[,] im, double[,] kernel)
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

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    /// <summary>Columns outside, kernel columns before kernel rows: another summation order, still right.</summary>
    public static double[,] CorrectOtherLoopOrder(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outRows, outCols];
        for (int c = 0; c < outCols; c++)
        {
            for (int r = 0; r < outRows; r++)
            {
                double sum = 0;
                for (int j = kernel.GetLength(1) - 1; j >= 0; j--)
                {
                    for (int i = 0; i < kernel.GetLength(0); i++)
                    {
                        sum += kernel[i, j] * im[r + i, c + j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    public static double[,] FlippedKernel(double[,] im, double[,] kernel) =>
        Loops(im, kernel, (r, c, i, j, kR, kC) => im[r + i, c + j] * kernel[kR - 1 - i, kC - 1 - j]);

    public static double[,] SumNotReset(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outRows, outCols];
        double sum = 0;
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
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

    public static double[,] SumResetPerRow(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            double sum = 0;
            for (int c = 0; c < outCols; c++)
            {
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

    /// <summary>Output allocated and written as [col, row].</summary>
    public static double[,] TransposedOutput(double[,] im, double[,] kernel)
    {
        double[,] right = Correct(im, kernel);
        var conv = new double[right.GetLength(1), right.GetLength(0)];
        for (int r = 0; r < right.GetLength(0); r++)
        {
            for (int c = 0; c < right.GetLength(1); c++)
            {
                conv[c, r] = right[r, c];
            }
        }

        return conv;
    }

    /// <summary>Sizes taken from the wrong axes (GetLength(1) for rows), indexing otherwise right.</summary>
    public static double[,] RowsFromWidth(double[,] im, double[,] kernel)
    {
        int imageRows = im.GetLength(1), imageCols = im.GetLength(0);
        int kRows = kernel.GetLength(1), kCols = kernel.GetLength(0);
        var conv = new double[imageRows - kRows + 1, imageCols - kCols + 1];
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

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    public static double[,] SwappedImageIndices(double[,] im, double[,] kernel) =>
        Loops(im, kernel, (r, c, i, j, _, _) => im[c + j, r + i] * kernel[i, j]);

    public static double[,] SwappedKernelIndices(double[,] im, double[,] kernel) =>
        Loops(im, kernel, (r, c, i, j, _, _) => im[r + i, c + j] * kernel[j, i]);

    public static double[,] IntegerSum(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                int sum = 0;
                for (int i = 0; i < kernel.GetLength(0); i++)
                {
                    for (int j = 0; j < kernel.GetLength(1); j++)
                    {
                        sum += (int)(im[r + i, c + j] * kernel[i, j]);
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    public static double[,] RoundedResult(double[,] im, double[,] kernel) => MapEach(Correct(im, kernel), Math.Round);

    public static double[,] KernelLoopsOneShort(double[,] im, double[,] kernel) =>
        Loops(im, kernel, (r, c, i, j, kR, kC) => i < kR - 1 && j < kC - 1 ? im[r + i, c + j] * kernel[i, j] : 0);

    public static double[,] KernelRowLoopOneShort(double[,] im, double[,] kernel) =>
        Loops(im, kernel, (r, c, i, j, kR, _) => i < kR - 1 ? im[r + i, c + j] * kernel[i, j] : 0);

    public static double[,] OutputLoopsOneShort(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var conv = new double[outRows, outCols];
        for (int r = 0; r < outRows - 1; r++)
        {
            for (int c = 0; c < outCols - 1; c++)
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

    /// <summary>Window read one pixel down and right: runs off the edge at the last position.</summary>
    public static double[,] ShiftedWindow(double[,] im, double[,] kernel) =>
        Loops(im, kernel, (r, c, i, j, _, _) => im[r + i + 1, c + j + 1] * kernel[i, j]);

    /// <summary>The size without the + 1, and the window shifted to match, so nothing throws.</summary>
    public static double[,] ShiftedWindowSizeOneShort(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0), outCols = im.GetLength(1) - kernel.GetLength(1);
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
                        sum += im[r + i + 1, c + j + 1] * kernel[i, j];
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }

    /// <summary>Writes each sum back into the image as well ("to save memory").</summary>
    public static double[,] ModifiesInput(double[,] im, double[,] kernel)
    {
        double[,] conv = Correct(im, kernel);
        for (int r = 0; r < conv.GetLength(0); r++)
        {
            for (int c = 0; c < conv.GetLength(1); c++)
            {
                im[r, c] = conv[r, c];
            }
        }

        return conv;
    }

    public static double[,] SameSize(double[,] im, double[,] kernel)
    {
        double[,] right = Correct(im, kernel);
        var conv = new double[im.GetLength(0), im.GetLength(1)];
        for (int r = 0; r < right.GetLength(0); r++)
        {
            for (int c = 0; c < right.GetLength(1); c++)
            {
                conv[r, c] = right[r, c];
            }
        }

        return conv;
    }

    public static double[,] FullSize(double[,] im, double[,] kernel) =>
        new double[im.GetLength(0) + kernel.GetLength(0) - 1, im.GetLength(1) + kernel.GetLength(1) - 1];

    public static double[,] Zeros(double[,] im, double[,] kernel) =>
        new double[im.GetLength(0) - kernel.GetLength(0) + 1, im.GetLength(1) - kernel.GetLength(1) + 1];

    public static double[,] ReturnsInput(double[,] im, double[,] kernel) => im;

    public static double[,] ReturnsNull(double[,] im, double[,] kernel) => null!;

    public static double[,] NotImplemented(double[,] im, double[,] kernel) => throw new NotImplementedException("ImConv: Task 2");

    public static double[,] ThrowsOther(double[,] im, double[,] kernel) => throw new InvalidOperationException("my own check failed");

    private static double[,] MapEach(double[,] a, Func<double, double> f)
    {
        var result = new double[a.GetLength(0), a.GetLength(1)];
        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                result[r, c] = f(a[r, c]);
            }
        }

        return result;
    }

    /// <summary>The four loops with a custom product (term), for the mistakes that only change the product.</summary>
    private static double[,] Loops(double[,] im, double[,] kernel, Func<int, int, int, int, int, int, double> term)
    {
        int kR = kernel.GetLength(0), kC = kernel.GetLength(1);
        int outRows = im.GetLength(0) - kR + 1, outCols = im.GetLength(1) - kC + 1;
        var conv = new double[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                double sum = 0;
                for (int i = 0; i < kR; i++)
                {
                    for (int j = 0; j < kC; j++)
                    {
                        sum += term(r, c, i, j, kR, kC);
                    }
                }

                conv[r, c] = sum;
            }
        }

        return conv;
    }
}
