using System.Diagnostics.CodeAnalysis;
using Convolution.Teaching.Fast;

namespace Convolution.Teaching;

/// <summary>
/// The same correlation and convolution as <see cref="Filters"/>, for float32 images, written for
/// speed: a flat loop without bounds checks, SIMD vectors (512, 256 or 128 bits, picked at run time),
/// the sums of a block of output pixels kept in registers, a vertical-then-horizontal pass for
/// separable kernels, and bands of rows spread over the cores. Results match
/// <see cref="Filters.Correlate{T}(T[,], T[,], OutputMode, BorderMode, T)"/> for every <see cref="OutputMode"/> and <see cref="BorderMode"/>
/// up to float rounding (the sums are added in another order).
/// </summary>
/// <remarks>
/// Every mode is a Valid correlation over a padded image, as in <see cref="Filters"/>; the padding is
/// made band by band into a buffer that stays in cache, so the only large allocation is the output.
/// <see cref="FastOptions"/> forces a path, the threads or the block size.
/// </remarks>
public static class FastFilters
{
    /// <summary>The path <see cref="FastPath.Auto"/> picks on this processor.</summary>
    public static FastPath DefaultPath => Job.NativePath;

    /// <summary>
    /// True when the processor runs <paramref name="path"/> natively. A path that is not accelerated
    /// still gives correct results (the runtime emulates the vectors), only slowly.
    /// </summary>
    /// <param name="path">The path; <see cref="FastPath.Auto"/> is always accelerated.</param>
    public static bool IsAccelerated(FastPath path) => Job.IsAccelerated(path == FastPath.Auto ? DefaultPath : path);

    /// <summary>
    /// A sentence saying what the options amount to on this machine, e.g. "Vector256 (8 floats a
    /// vector, accelerated), blocks of 3 rows x 4 vectors = 12 sums in registers, separable kernels
    /// detected, the FFT where the cost model says it is faster, up to 2 threads".
    /// </summary>
    /// <param name="options">The options; null for <see cref="FastOptions.Default"/>.</param>
    public static string Describe(FastOptions? options = null)
    {
        options ??= FastOptions.Default;
        var (path, blockRows) = Job.Resolve(options);
        int width = Job.Width(path);
        int threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        return $"{path} ({width} float{(width == 1 ? "" : "s")} a vector, {(Job.IsAccelerated(path) ? "accelerated" : "emulated in software: slow")}), " +
               $"blocks of {blockRows} row{(blockRows == 1 ? "" : "s")} x 4 vectors = {4 * blockRows} sums in registers, " +
               $"separable kernels {(options.DetectSeparable ? "detected" : "run directly")}, " +
               $"{(options.Method switch { FastMethod.Direct => "always the direct loop", FastMethod.Fft => "always the FFT", _ => "the FFT where the cost model says it is faster" })}, " +
               $"up to {threads} thread{(threads == 1 ? "" : "s")}";
    }

    /// <summary>
    /// Starts compiling the fast loops for this processor on a background thread and returns at once. Each loop
    /// is compiled on its first call, which then takes tens of milliseconds more than the next one; a lesson's
    /// setup calls this so that the first call it times is already as fast as the later ones. Calling it again
    /// returns the same task.
    /// </summary>
    /// <returns>A task that completes when every loop the default options use has run once.</returns>
    public static Task Prepare() => Warmup.Task;

    /// <summary>
    /// Which method <see cref="FastMethod.Auto"/> runs for a dense (not separable) kernel of this size on
    /// an image of this size: <see cref="FastMethod.Direct"/> or <see cref="FastMethod.Fft"/>, from the
    /// cost model (a forced <see cref="FastOptions.Method"/> is returned as it is).
    /// </summary>
    /// <param name="rows">Image rows (at least 1).</param>
    /// <param name="cols">Image columns (at least 1).</param>
    /// <param name="kernelRows">Kernel rows (at least 1).</param>
    /// <param name="kernelCols">Kernel columns (at least 1).</param>
    /// <param name="mode">Full, Same or Valid (Valid needs the kernel to fit in the image).</param>
    /// <param name="options">The options; null for <see cref="FastOptions.Default"/>.</param>
    public static FastMethod ChosenMethod(int rows, int cols, int kernelRows, int kernelCols, OutputMode mode = OutputMode.Same, FastOptions? options = null)
    {
        Guard.Positive(rows, nameof(rows));
        Guard.Positive(cols, nameof(cols));
        Guard.Positive(kernelRows, nameof(kernelRows));
        Guard.Positive(kernelCols, nameof(kernelCols));
        FastChecks.Modes(rows, cols, kernelRows, kernelCols, mode, BorderMode.Reflect101);
        return Planner.Method(rows, cols, kernelRows, kernelCols, mode, options ?? FastOptions.Default);
    }

    /// <summary>
    /// Cross-correlation (no flip) of a float32 image: the fast twin of <see cref="Filters.Correlate{T}(T[,], T[,], OutputMode, BorderMode, T)"/>,
    /// with the same anchor, output sizes and borders. <see cref="OutputMode.Same"/> with
    /// <see cref="BorderMode.Reflect101"/> is OpenCV's <c>filter2D</c>.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries; any size for Full/Same, no larger than the image for Valid.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path, threads and separable detection; null for automatic.</param>
    /// <returns>A new array of <see cref="Filters.OutputShape"/>; neither input is changed.</returns>
    public static float[,] Correlate(float[,] image, float[,] kernel, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
        => New(image, kernel, flip: false, mode, border, borderValue, options);

    /// <summary>
    /// <see cref="Correlate(float[,], float[,], OutputMode, BorderMode, float, FastOptions?)"/> into an
    /// existing array, so repeated calls (a video, a benchmark) allocate nothing large.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="destination">Where the result goes: exactly <see cref="Filters.OutputShape"/>, not the image itself.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path, threads and separable detection; null for automatic.</param>
    public static void Correlate(float[,] image, float[,] kernel, float[,] destination, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
        => Into(image, kernel, flip: false, destination, mode, border, borderValue, options);

    /// <summary>
    /// The span core, in the style of <c>TensorPrimitives</c>: a row-major image of
    /// <paramref name="rows"/> x <paramref name="cols"/> whose rows start <paramref name="imageStride"/>
    /// floats apart, a row-major kernel, and a destination of <see cref="Filters.OutputShape"/> whose rows
    /// start <paramref name="destinationStride"/> floats apart. Runs on the calling thread (a span cannot
    /// be handed to other threads); use the array overloads for several cores.
    /// </summary>
    /// <param name="image">The image's floats; at least (rows - 1) * imageStride + cols of them.</param>
    /// <param name="rows">Image rows (at least 1).</param>
    /// <param name="cols">Image columns (at least 1).</param>
    /// <param name="imageStride">Floats from one image row to the next (at least <paramref name="cols"/>).</param>
    /// <param name="kernel">The kernel's floats, row-major: kernelRows * kernelCols of them, all finite.</param>
    /// <param name="kernelRows">Kernel rows (at least 1).</param>
    /// <param name="kernelCols">Kernel columns (at least 1).</param>
    /// <param name="destination">Where the result goes; must not overlap the image.</param>
    /// <param name="destinationStride">Floats from one output row to the next (at least the output's columns).</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path and separable detection; null for automatic. Threads are ignored.</param>
    public static void Correlate(ReadOnlySpan<float> image, int rows, int cols, int imageStride,
        ReadOnlySpan<float> kernel, int kernelRows, int kernelCols, Span<float> destination, int destinationStride,
        OutputMode mode = OutputMode.Valid, BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
    {
        LibraryCalls.Note("FastFilters.Correlate");
        FastChecks.Plane(image.Length, rows, cols, imageStride, nameof(image), nameof(imageStride));
        FastChecks.Kernel(kernel, kernelRows, kernelCols);
        FastChecks.Modes(rows, cols, kernelRows, kernelCols, mode, border);
        var (outRows, outCols) = Filters.Shape(rows, cols, kernelRows, kernelCols, mode);
        FastChecks.Plane(destination.Length, outRows, outCols, destinationStride, nameof(destination), nameof(destinationStride));
        if (image.Overlaps(destination))
        {
            throw new ArgumentException("destination overlaps image: the result would overwrite pixels still to be read. Pass separate memory.", nameof(destination));
        }

        Planner.Create(image, rows, cols, imageStride, kernel, kernelRows, kernelCols, kernelRows / 2, kernelCols / 2, mode, border, borderValue,
            destinationStride, options ?? FastOptions.Default).RunSerial(image, destination);
    }

    /// <summary>
    /// True convolution (the kernel rotated by 180 degrees, its anchor moved with it): the fast twin of
    /// <see cref="Filters.Convolve{T}"/>.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path, threads and separable detection; null for automatic.</param>
    /// <returns>A new array; neither input is changed.</returns>
    public static float[,] Convolve(float[,] image, float[,] kernel, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
        => New(image, kernel, flip: true, mode, border, borderValue, options);

    /// <summary><see cref="Convolve(float[,], float[,], OutputMode, BorderMode, float, FastOptions?)"/> into an existing array.</summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="destination">Where the result goes: exactly <see cref="Filters.OutputShape"/>, not the image itself.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path, threads and separable detection; null for automatic.</param>
    public static void Convolve(float[,] image, float[,] kernel, float[,] destination, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
        => Into(image, kernel, flip: true, destination, mode, border, borderValue, options);

    /// <summary>
    /// Correlation with the separable kernel <c>K[i, j] = columnKernel[i] * rowKernel[j]</c> as two 1D
    /// passes (OpenCV's <c>sepFilter2D(src, -1, rowKernel, columnKernel)</c>): kH + kW multiply-adds a
    /// pixel instead of kH * kW. Same anchor, sizes and borders as correlating with K. The first pass's sums are the
    /// image times one factor alone, so with pixels near float's limit they can overflow where K's sums would not.
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="rowKernel">The horizontal factor, applied along each row (length kW, finite).</param>
    /// <param name="columnKernel">The vertical factor, applied down each column (length kH, finite).</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path and threads; null for automatic.</param>
    /// <returns>A new array; no input is changed.</returns>
    public static float[,] CorrelateSeparable(float[,] image, float[] rowKernel, float[] columnKernel, OutputMode mode = OutputMode.Valid,
        BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
    {
        LibraryCalls.Note("FastFilters.CorrelateSeparable");
        CheckSeparable(image, rowKernel, columnKernel, mode, border);
        float[,] result = NewOutput(image, columnKernel.Length, rowKernel.Length, mode);
        RunSeparable(image, rowKernel, columnKernel, result, mode, border, borderValue, options);
        return result;
    }

    /// <summary><see cref="CorrelateSeparable(float[,], float[], float[], OutputMode, BorderMode, float, FastOptions?)"/> into an existing array.</summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="rowKernel">The horizontal factor (length kW, finite).</param>
    /// <param name="columnKernel">The vertical factor (length kH, finite).</param>
    /// <param name="destination">Where the result goes: exactly <see cref="Filters.OutputShape"/>, not the image itself.</param>
    /// <param name="mode">Full, Same or Valid.</param>
    /// <param name="border">How pixels outside the image are invented (ignored in Valid mode).</param>
    /// <param name="borderValue">The outside value for <see cref="BorderMode.Constant"/>.</param>
    /// <param name="options">Path and threads; null for automatic.</param>
    public static void CorrelateSeparable(float[,] image, float[] rowKernel, float[] columnKernel, float[,] destination,
        OutputMode mode = OutputMode.Valid, BorderMode border = BorderMode.Reflect101, float borderValue = 0, FastOptions? options = null)
    {
        LibraryCalls.Note("FastFilters.CorrelateSeparable");
        CheckSeparable(image, rowKernel, columnKernel, mode, border);
        CheckDestination(image, columnKernel.Length, rowKernel.Length, destination, mode);
        RunSeparable(image, rowKernel, columnKernel, destination, mode, border, borderValue, options);
    }

    /// <summary>
    /// Splits a rank-1 kernel into its factors, <c>kernel[i, j] = columnKernel[i] * rowKernel[j]</c>
    /// within float rounding (1e-6 of the largest entry). Box blur, binomial Gaussian and Sobel split;
    /// most kernels (Laplacian, sharpen, random ones) do not.
    /// </summary>
    /// <param name="kernel">The kernel; finite entries.</param>
    /// <param name="rowKernel">The horizontal factor (length kW), or null when the kernel does not split.</param>
    /// <param name="columnKernel">The vertical factor (length kH), or null when the kernel does not split.</param>
    /// <returns>True when the kernel is rank 1 (an all-zero kernel is not).</returns>
    public static bool TrySeparate(float[,] kernel, [NotNullWhen(true)] out float[]? rowKernel, [NotNullWhen(true)] out float[]? columnKernel)
    {
        Guard.NotEmpty(kernel, nameof(kernel));
        Guard.Finite(kernel, nameof(kernel));
        var column = new float[kernel.GetLength(0)];
        var row = new float[kernel.GetLength(1)];
        bool split = Rank1.TrySeparate(Flat(kernel, flip: false), kernel.GetLength(0), kernel.GetLength(1), column, row);
        rowKernel = split ? row : null;
        columnKernel = split ? column : null;
        return split;
    }

    /// <summary>Correlate or Convolve into a new array: checked here once, then run unchecked (the new array cannot be wrong).</summary>
    private static float[,] New(float[,] image, float[,] kernel, bool flip, OutputMode mode, BorderMode border, float borderValue, FastOptions? options)
    {
        LibraryCalls.Note(flip ? "FastFilters.Convolve" : "FastFilters.Correlate");
        CheckImageAndKernel(image, kernel, mode, border);
        float[,] result = NewOutput(image, kernel.GetLength(0), kernel.GetLength(1), mode);
        Run(image, kernel, flip, result, mode, border, borderValue, options);
        return result;
    }

    /// <summary>Correlate or Convolve into the caller's array: checked here once, with the destination.</summary>
    private static void Into(float[,] image, float[,] kernel, bool flip, float[,] destination, OutputMode mode, BorderMode border,
        float borderValue, FastOptions? options)
    {
        LibraryCalls.Note(flip ? "FastFilters.Convolve" : "FastFilters.Correlate");
        CheckImageAndKernel(image, kernel, mode, border);
        CheckDestination(image, kernel.GetLength(0), kernel.GetLength(1), destination, mode);
        Run(image, kernel, flip, destination, mode, border, borderValue, options);
    }

    /// <summary>The unchecked core of Correlate (<paramref name="flip"/> false) and Convolve (true): the arguments are already checked.</summary>
    private static void Run(float[,] image, float[,] kernel, bool flip, float[,] destination,
        OutputMode mode, BorderMode border, float borderValue, FastOptions? options)
    {
        options ??= FastOptions.Default;
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        // Convolve correlates with the rotated kernel, whose anchor is the original's anchor entry.
        var (anchorRow, anchorCol) = flip ? Filters.RotatedAnchor(kRows, kCols) : (kRows / 2, kCols / 2);
        int cols = image.GetLength(1);
        Planner.Create(FilterJob.AsSpan(image), image.GetLength(0), cols, cols, Flat(kernel, flip), kRows, kCols, anchorRow, anchorCol, mode, border, borderValue,
            destination.GetLength(1), options).Run(image, destination, options);
    }

    private static void RunSeparable(float[,] image, float[] rowKernel, float[] columnKernel, float[,] destination,
        OutputMode mode, BorderMode border, float borderValue, FastOptions? options)
    {
        options ??= FastOptions.Default;
        int kRows = columnKernel.Length, kCols = rowKernel.Length, cols = image.GetLength(1);
        Job.Create(image.GetLength(0), cols, cols, [], kRows, kCols, kRows / 2, kCols / 2, mode, border, borderValue,
            destination.GetLength(1), options, (float[])columnKernel.Clone(), (float[])rowKernel.Clone()).Run(image, destination, options);
    }

    /// <summary>The kernel's entries row by row, rotated by 180 degrees when <paramref name="flip"/> is set.</summary>
    private static float[] Flat(float[,] kernel, bool flip)
    {
        float[] flat = FilterJob.AsSpan(kernel).ToArray();
        if (flip)
        {
            Array.Reverse(flat);
        }

        return flat;
    }

    private static float[,] NewOutput(float[,] image, int kRows, int kCols, OutputMode mode)
    {
        var (rows, cols) = Filters.Shape(image.GetLength(0), image.GetLength(1), kRows, kCols, mode);
        return new float[rows, cols];
    }

    private static void CheckImageAndKernel(float[,] image, float[,] kernel, OutputMode mode, BorderMode border)
    {
        Guard.NotEmpty(image, nameof(image));
        Guard.NotEmpty(kernel, nameof(kernel));
        Guard.Finite(kernel, nameof(kernel));
        FastChecks.Modes(image.GetLength(0), image.GetLength(1), kernel.GetLength(0), kernel.GetLength(1), mode, border);
    }

    private static void CheckSeparable(float[,] image, float[] rowKernel, float[] columnKernel, OutputMode mode, BorderMode border)
    {
        Guard.NotEmpty(image, nameof(image));
        FastChecks.Factor(rowKernel, nameof(rowKernel));
        FastChecks.Factor(columnKernel, nameof(columnKernel));
        FastChecks.Modes(image.GetLength(0), image.GetLength(1), columnKernel.Length, rowKernel.Length, mode, border);
    }

    private static void CheckDestination(float[,] image, int kRows, int kCols, float[,] destination, OutputMode mode)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var (rows, cols) = Filters.Shape(image.GetLength(0), image.GetLength(1), kRows, kCols, mode);
        if (destination.GetLength(0) != rows || destination.GetLength(1) != cols)
        {
            throw new ArgumentException(
                $"destination is {destination.GetLength(0)} x {destination.GetLength(1)} but a {mode} result here is {rows} x {cols}: " +
                $"allocate it with new float[{rows}, {cols}] (Filters.OutputShape gives the size).", nameof(destination));
        }

        if (ReferenceEquals(image, destination))
        {
            throw new ArgumentException("destination is the image itself: the result would overwrite pixels still to be read. Pass a separate array.", nameof(destination));
        }
    }
}
