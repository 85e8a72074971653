using Microsoft.Data.Analysis;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// Tables (Microsoft.Data.Analysis <see cref="DataFrame"/>s) where a table beats prose. A DataFrame
/// renders as an HTML table when it is a cell's value, once <see cref="Notebook.Setup"/> has run.
/// </summary>
public static class Tables
{
    /// <summary>
    /// The output size of an H x W image correlated with a kH x kW kernel, one row per mode
    /// (full, same, valid), with the formula and the numbers (<see cref="Filters.OutputShape"/>).
    /// Columns: mode, rows formula, cols formula, rows, cols.
    /// </summary>
    /// <param name="imageRows">H, the image's rows.</param>
    /// <param name="imageCols">W, the image's columns.</param>
    /// <param name="kernelRows">kH, the kernel's rows.</param>
    /// <param name="kernelCols">kW, the kernel's columns.</param>
    public static DataFrame OutputSizes(int imageRows, int imageCols, int kernelRows, int kernelCols)
    {
        Positive(imageRows, nameof(imageRows));
        Positive(imageCols, nameof(imageCols));
        Positive(kernelRows, nameof(kernelRows));
        Positive(kernelCols, nameof(kernelCols));
        var modes = new[]
        {
            (OutputMode.Full, "H + kH - 1", "W + kW - 1"),
            (OutputMode.Same, "H", "W"),
            (OutputMode.Valid, "H - kH + 1", "W - kW + 1"),
        };
        var shapes = modes.Select(m => Filters.OutputShape(imageRows, imageCols, kernelRows, kernelCols, m.Item1)).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("mode", modes.Select(m => m.Item1.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("rows formula", modes.Select(m => m.Item2)),
            new StringDataFrameColumn("cols formula", modes.Select(m => m.Item3)),
            new Int32DataFrameColumn("rows", shapes.Select(s => s.Rows)),
            new Int32DataFrameColumn("cols", shapes.Select(s => s.Cols)));
    }

    /// <summary>
    /// What each kernel does to the image's numbers: the kernel's sum and the mean, standard
    /// deviation, min and max of the result (<see cref="Filters.Correlate{T}(T[,], T[,], OutputMode, BorderMode, T)"/>, Valid mode, as the
    /// lesson's im_conv). A blur (sum 1) keeps the mean and lowers the spread; an edge kernel (sum 0)
    /// moves the mean to about 0. Columns: kernel, kernel sum, result mean, result std, min, max.
    /// </summary>
    /// <param name="image">The image.</param>
    /// <param name="kernels">Named kernels, e.g. <c>("box blur 3x3", Kernels.BoxBlur(3))</c>.</param>
    public static DataFrame KernelStats(double[,] image, params (string Name, double[,] Kernel)[] kernels)
    {
        NotEmpty(image, nameof(image));
        if (kernels is null || kernels.Length == 0)
        {
            throw new ArgumentException("kernels is empty: pass at least one (name, kernel) pair, e.g. (\"blur\", Kernels.BoxBlur(3)).", nameof(kernels));
        }

        var stats = kernels.Select(k => Stats.Of(Filters.Correlate(image, k.Kernel, OutputMode.Valid))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("kernel", kernels.Select(k => k.Name)),
            new DoubleDataFrameColumn("kernel sum", kernels.Select(k => Arrays.Sum(k.Kernel))),
            new DoubleDataFrameColumn("result mean", stats.Select(s => s.Mean)),
            new DoubleDataFrameColumn("result std", stats.Select(s => s.Std)),
            new DoubleDataFrameColumn("min", stats.Select(s => s.Min)),
            new DoubleDataFrameColumn("max", stats.Select(s => s.Max)));
    }

    /// <summary>
    /// Mean, standard deviation (numpy's, dividing by N), min and max of each image.
    /// Columns: image, rows, cols, mean, std, min, max.
    /// </summary>
    /// <param name="images">Named images, e.g. <c>("original", img), ("blurred", blurred)</c>.</param>
    public static DataFrame Describe(params (string Name, double[,] Image)[] images)
    {
        if (images is null || images.Length == 0)
        {
            throw new ArgumentException("images is empty: pass at least one (name, image) pair.", nameof(images));
        }

        foreach (var (name, image) in images)
        {
            NotEmpty(image, $"image \"{name}\"");
        }

        var stats = images.Select(i => Stats.Of(i.Image)).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("image", images.Select(i => i.Name)),
            new Int32DataFrameColumn("rows", images.Select(i => i.Image.GetLength(0))),
            new Int32DataFrameColumn("cols", images.Select(i => i.Image.GetLength(1))),
            new DoubleDataFrameColumn("mean", stats.Select(s => s.Mean)),
            new DoubleDataFrameColumn("std", stats.Select(s => s.Std)),
            new DoubleDataFrameColumn("min", stats.Select(s => s.Min)),
            new DoubleDataFrameColumn("max", stats.Select(s => s.Max)));
    }

    /// <summary>
    /// Timings side by side, with each one's ratio to <paramref name="baseline"/> (how many times slower
    /// than it; below 1 is faster). Columns: method, median ms, fastest ms, runs, x baseline.
    /// </summary>
    /// <param name="baseline">The name of the timing the others are compared with.</param>
    /// <param name="timings">The timings, from <see cref="Timings.Measure"/>.</param>
    public static DataFrame Timings(string baseline, params Timing[] timings)
    {
        if (timings is null || timings.Length == 0)
        {
            throw new ArgumentException("timings is empty: pass at least one Timing from Timings.Measure.", nameof(timings));
        }

        Timing reference = timings.FirstOrDefault(t => t.Name == baseline)
            ?? throw new ArgumentException($"No timing is named \"{baseline}\"; the names are: {string.Join(", ", timings.Select(t => $"\"{t.Name}\""))}.", nameof(baseline));
        return new DataFrame(
            new StringDataFrameColumn("method", timings.Select(t => t.Name)),
            new DoubleDataFrameColumn("median ms", timings.Select(t => Math.Round(t.MedianMilliseconds, 3))),
            new DoubleDataFrameColumn("fastest ms", timings.Select(t => Math.Round(t.FastestMilliseconds, 3))),
            new Int32DataFrameColumn("runs", timings.Select(t => t.Runs)),
            new DoubleDataFrameColumn($"x {baseline}", timings.Select(t => Math.Round(t.MedianMilliseconds / reference.MedianMilliseconds, 2))));
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
        }
    }

    private static void NotEmpty(double[,] array, string name)
    {
        if (array is null)
        {
            throw new ArgumentNullException(name, $"{name} is null: pass a 2D array indexed [row, col].");
        }

        if (array.Length == 0)
        {
            throw new ArgumentException($"{name} is empty: pass an array with at least one row and one column.", name);
        }
    }
}
