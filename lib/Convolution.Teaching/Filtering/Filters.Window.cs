using System.Globalization;
using System.Numerics;

namespace Convolution.Teaching;

public static partial class Filters
{
    /// <summary>
    /// How many outputs a window gives along one axis:
    /// <c>floor((n + 2p - d(k - 1) - 1) / s) + 1</c>. A kernel of k taps with dilation d spans
    /// <c>d(k - 1) + 1</c> pixels; it fits at every s-th start from 0 to the last one where it still ends inside the
    /// padded input of <c>n + 2p</c> pixels. Deep-learning libraries round down (PyTorch does), so a last partial
    /// step is dropped; with <paramref name="exact"/> such settings are refused instead.
    /// </summary>
    /// <param name="inputSize">n, the input's pixels along the axis; at least 1.</param>
    /// <param name="kernelSize">k, the kernel's taps along the axis; at least 1.</param>
    /// <param name="padding">p, pixels added on each side; 0 or more.</param>
    /// <param name="stride">s, how far the window moves each step; at least 1.</param>
    /// <param name="dilation">d, how far apart the taps are; at least 1.</param>
    /// <param name="exact">When true, refuse settings whose last window does not end on the padded input's last pixel
    /// (the formula gives a fraction, e.g. 54.25 for AlexNet's 224 pixels with an 11-tap kernel and stride 4).</param>
    /// <returns>The number of outputs, at least 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size, stride or dilation below 1, or a negative padding.</exception>
    /// <exception cref="ArgumentException">The window does not fit: it spans more pixels than the padded input has; or,
    /// with <paramref name="exact"/>, the last step does not land on the end. The message names the problem and a fix.</exception>
    public static int OutputSize(int inputSize, int kernelSize, int padding = 0, int stride = 1, int dilation = 1, bool exact = false)
    {
        LibraryCalls.Note("Filters.OutputSize");
        return Size(inputSize, kernelSize, padding, stride, dilation, exact);
    }

    /// <summary>
    /// How many pixels at the end of the padded input no window reaches: <c>(n + 2p - d(k - 1) - 1) mod s</c>. 0 when the
    /// formula of <see cref="OutputSize"/> gives a whole number; for AlexNet's 224 pixels, an 11-tap kernel and stride 4, it is 1.
    /// </summary>
    /// <param name="inputSize">n, the input's pixels along the axis.</param>
    /// <param name="kernelSize">k, the kernel's taps.</param>
    /// <param name="padding">p, pixels added on each side.</param>
    /// <param name="stride">s, the step.</param>
    /// <param name="dilation">d, the taps' spacing.</param>
    /// <exception cref="ArgumentException">As <see cref="OutputSize"/> (without <c>exact</c>).</exception>
    public static int UncoveredPixels(int inputSize, int kernelSize, int padding = 0, int stride = 1, int dilation = 1)
    {
        Size(inputSize, kernelSize, padding, stride, dilation, exact: false);
        return (int)((Reach(inputSize, kernelSize, padding, dilation) - 1) % stride);
    }

    /// <summary>
    /// Cross-correlation with a stride, a dilation and padding, as a deep-learning convolution layer computes it
    /// (one channel in, one out, no bias): the image is padded by <c>p</c> on every side, then
    /// <c>result[r, c] = sum over i, j of padded[r * s + i * d, c * s + j * d] * kernel[i, j]</c>.
    /// With the default <see cref="WindowOptions"/> this is <see cref="CorrelateValid{T}"/>.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="window">Stride, dilation, padding and how the padding is invented.</param>
    /// <param name="borderValue">The padding's value for <see cref="BorderMode.Constant"/> (0 unless given).</param>
    /// <returns>A new array of <see cref="OutputSize"/> rows and columns; neither input is changed.</returns>
    /// <exception cref="ArgumentException">The window does not fit along rows or columns (the message says which and how to fix it).</exception>
    public static T[,] Correlate<T>(T[,] image, T[,] kernel, WindowOptions window, T borderValue = default!)
        where T : IFloatingPointIeee754<T>
    {
        LibraryCalls.Note("Filters.Correlate");
        ArgumentNullException.ThrowIfNull(window);
        Check(image, kernel);
        Guard.KnownModes(OutputMode.Valid, window.Border);
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        int s = window.Stride, d = window.Dilation, p = window.Padding;
        int outRows = Size(image.GetLength(0), kRows, p, s, d, exact: false, axis: "rows");
        int outCols = Size(image.GetLength(1), kCols, p, s, d, exact: false, axis: "columns");
        T[,] padded = p == 0 ? image : Borders.Pad(image, p, p, p, p, window.Border, borderValue);

        // The lesson's four loops; only where the window starts (r * s) and where each tap lands (i * d) are new.
        var result = new T[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                T sum = T.Zero;
                for (int i = 0; i < kRows; i++)
                {
                    for (int j = 0; j < kCols; j++)
                    {
                        sum += padded[(r * s) + (i * d), (c * s) + (j * d)] * kernel[i, j];
                    }
                }

                result[r, c] = sum;
            }
        }

        return result;
    }

    /// <summary>The padded input minus the dilated kernel's span, plus one: where the window's first tap can start, counted from 1.</summary>
    private static long Reach(int n, int k, int p, int d) => (long)n + (2L * p) - ((long)d * (k - 1));

    /// <summary><see cref="OutputSize"/> for the library's own use (not watched), naming the axis in its messages when given.</summary>
    internal static int Size(int n, int k, int p, int s, int d, bool exact, string? axis = null)
    {
        string where = axis is null ? string.Empty : $" (along the {axis})";
        AtLeast(n, 1, "inputSize", $"the input must have at least 1 pixel{where}");
        AtLeast(k, 1, "kernelSize", $"the kernel must have at least 1 tap{where}");
        AtLeast(p, 0, "padding", "padding counts pixels added on each side: 0 for none");
        AtLeast(s, 1, "stride", "stride 1 moves the window one pixel at a time, 2 skips every other position");
        AtLeast(d, 1, "dilation", "dilation 1 puts the taps side by side, 2 leaves one pixel between them");
        long span = ((long)d * (k - 1)) + 1, padded = (long)n + (2L * p);
        if (span > padded)
        {
            long neededPadding = (span - n + 1) / 2;
            throw new ArgumentException(
                $"The window does not fit{where}: a {k}-tap kernel with dilation {d} spans d(k - 1) + 1 = {span} pixels, " +
                $"but the input with its padding has only n + 2p = {n} + 2 x {p} = {padded}. " +
                $"Fix: pad by at least {neededPadding} on each side, or use a smaller kernel or dilation.", axis is null ? "kernelSize" : "kernel");
        }

        long rest = (padded - span) % s;
        if (exact && rest != 0)
        {
            double value = ((double)(padded - span) / s) + 1;
            throw new ArgumentException(
                $"The window does not fit exactly{where}: (n + 2p - d(k - 1) - 1) / s + 1 = ({n} + 2 x {p} - {d} x {k - 1} - 1) / {s} + 1 = " +
                $"{value.ToString("0.####", CultureInfo.InvariantCulture)}, not a whole number: {(padded - span) / s + 1} windows fit, and the last " +
                $"{rest} pixel{(rest == 1 ? string.Empty : "s")} of the padded input {(rest == 1 ? "is" : "are")} never covered. " +
                $"Fix: make the input {s - rest} pixel{(s - rest == 1 ? string.Empty : "s")} larger ({n + s - rest}) or {rest} smaller ({n - rest}), " +
                $"or choose a stride that divides {padded - span}.", "inputSize");
        }

        return (int)(((padded - span) / s) + 1);
    }

    private static void AtLeast(int value, int min, string name, string why)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {min} ({why}); got {value}.");
        }
    }
}
