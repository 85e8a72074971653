namespace Convolution.Teaching.Exercises;

/// <summary>
/// What a student's same-mode, zero-padded convolution returns when it makes one known mistake, computed from
/// the same inputs with the library's reference loops, so the checker recognises a mistake by its numbers
/// rather than by guessing. Every model keeps the image's size (size mistakes are told apart by size alone).
/// Only odd kernels are used, so "centred" has one meaning: (kH - 1) / 2 invented rows above and below.
/// </summary>
internal static class SameConvolutionMistakes
{
    /// <summary>One mistake: a short name (for tests), its diagnosis in a student's words, and the result it gives.</summary>
    internal sealed record Model(string Name, string Diagnosis, Func<double[,], double[,], double[,]> Result);

    /// <summary>The known mistakes whose result has the image's size, most common first.</summary>
    public static IReadOnlyList<Model> All { get; } =
    [
        new("no flip",
            "you did not flip the kernel: that is same-mode cross-correlation (Filters.Correlate), not convolution. " +
            "Turn the kernel 180 degrees first (kernel[kH - 1 - i, kW - 1 - j]), then slide it.",
            (im, k) => Filters.Correlate(im, k, OutputMode.Same, BorderMode.Constant)),
        new("flip left-right only",
            "you flipped the kernel left to right only: convolution turns it 180 degrees, both ways: kernel[kH - 1 - i, kW - 1 - j].",
            (im, k) => Filters.Correlate(im, Arrays.FlipLeftRight(k), OutputMode.Same, BorderMode.Constant)),
        new("flip upside down only",
            "you flipped the kernel upside down only: convolution turns it 180 degrees, both ways: kernel[kH - 1 - i, kW - 1 - j].",
            (im, k) => Filters.Correlate(im, Arrays.FlipUpDown(k), OutputMode.Same, BorderMode.Constant)),
        new("padded top-left only",
            "you padded on one side only: all kH - 1 zero rows above and kW - 1 zero columns on the left, none below or on the right, " +
            "so your picture is shifted down and right by half a kernel. Pad (kH - 1) / 2 rows on top AND at the bottom, (kW - 1) / 2 columns left AND right.",
            (im, k) => FullCrop(im, k, fromTopLeft: true)),
        new("padded bottom-right only",
            "you padded on one side only: all kH - 1 zero rows below and kW - 1 zero columns on the right, none above or on the left, " +
            "so your picture is shifted up and left by half a kernel. Pad (kH - 1) / 2 rows on top AND at the bottom, (kW - 1) / 2 columns left AND right.",
            (im, k) => FullCrop(im, k, fromTopLeft: false)),
        new("edge copied",
            "your border repeats the edge pixels (BorderMode.Replicate) where this exercise invents zeros (BorderMode.Constant): " +
            "a pixel outside the image counts as 0.",
            (im, k) => Filters.Convolve(im, k, OutputMode.Same, BorderMode.Replicate)),
        new("edge mirrored",
            "your border mirrors the image (BorderMode.Reflect101, filter2D's default) where this exercise invents zeros (BorderMode.Constant): " +
            "a pixel outside the image counts as 0.",
            (im, k) => Filters.Convolve(im, k, OutputMode.Same, BorderMode.Reflect101)),
        new("kernel transposed",
            "rows and columns are swapped in the kernel: you read kernel[j, i] where it should be kernel[i, j] (flipped: kernel[kH - 1 - i, kW - 1 - j]).",
            (im, k) => k.GetLength(0) == k.GetLength(1) ? Filters.Convolve(im, Arrays.Transpose(k), OutputMode.Same, BorderMode.Constant) : Unrunnable(im)),
    ];

    /// <summary>
    /// Padding kH - 1 zeros on one side only and sliding the flipped kernel over every position that fits:
    /// the FULL convolution, of which the first (top-left) or last (bottom-right) H x W block is kept.
    /// </summary>
    internal static double[,] FullCrop(double[,] im, double[,] k, bool fromTopLeft)
    {
        int rows = im.GetLength(0), cols = im.GetLength(1), kRows = k.GetLength(0), kCols = k.GetLength(1);
        double[,] full = Filters.Convolve(im, k, OutputMode.Full, BorderMode.Constant);
        return fromTopLeft ? Arrays.Slice(full, 0..rows, 0..cols) : Arrays.Slice(full, (kRows - 1)..(kRows - 1 + rows), (kCols - 1)..(kCols - 1 + cols));
    }

    /// <summary>A mistake that cannot run on these inputs (a transposed non-square kernel) matches nothing: NaN everywhere.</summary>
    private static double[,] Unrunnable(double[,] im) => Arrays.Map(im, (_, _, _, _) => double.NaN);
}
