using System.Collections.Concurrent;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>Which exercises the library stood in for, last time a later cell needed them (this kernel session).</summary>
    private static readonly ConcurrentDictionary<string, bool> LibraryStoodIn = new(StringComparer.Ordinal);

    /// <summary>
    /// For a later cell that needs ImConv's result: your <paramref name="imConv"/> on the image, or, while it is not
    /// finished (it throws, or runs far too long), the library's <see cref="Filters.CorrelateValid{T}(T[,], T[,])"/>,
    /// saying so, so the rest of the lesson still runs.
    /// </summary>
    /// <param name="imConv">Your ImConv.</param>
    /// <param name="image">The image.</param>
    /// <param name="kernel">The kernel.</param>
    public static double[,] ImConvOrLibrary(Func<double[,], double[,], double[,]> imConv, double[,] image, double[,] kernel)
    {
        ArgumentNullException.ThrowIfNull(imConv);
        return UseOrFallback("ImConv", () => imConv(image, kernel), () => Filters.CorrelateValid(image, kernel));
    }

    /// <summary>
    /// For a later cell that needs GetSubimages' result: yours on the image, or, while it is not finished, the
    /// library's <see cref="Subimages.Get{T}(T[,], int, int)"/>, saying so.
    /// </summary>
    /// <param name="getSubimages">Your GetSubimages.</param>
    /// <param name="image">The image.</param>
    /// <param name="kernel">The kernel (only its size matters).</param>
    public static Dictionary<(int Row, int Col), double[,]> GetSubimagesOrLibrary(
        Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> getSubimages, double[,] image, double[,] kernel)
    {
        ArgumentNullException.ThrowIfNull(getSubimages);
        ArgumentNullException.ThrowIfNull(kernel);
        return UseOrFallback("GetSubimages", () => getSubimages(image, kernel), () => Subimages.Get(image, kernel.GetLength(0), kernel.GetLength(1)));
    }

    /// <summary>
    /// For a later cell of lesson 9 that needs Hysteresis' result: yours on the thinned gradient, or, while it is not
    /// finished, the library's <see cref="Edges.Hysteresis"/> of <see cref="Edges.DoubleThreshold"/>, saying so.
    /// </summary>
    /// <param name="hysteresis">Your Hysteresis: the thinned gradient and the two thresholds in, the edges (0 or 255) out.</param>
    /// <param name="thin">The thinned gradient magnitude.</param>
    /// <param name="low">The low threshold.</param>
    /// <param name="high">The high threshold.</param>
    public static byte[,] HysteresisOrLibrary(Func<double[,], double, double, byte[,]> hysteresis, double[,] thin, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(hysteresis);
        return UseOrFallback("Hysteresis", () => hysteresis(thin, low, high), () => Edges.Hysteresis(Edges.DoubleThreshold(thin, low, high)));
    }

    /// <summary>
    /// <paramref name="message"/> (a sentence about your result, such as "both checks pass") when your
    /// <paramref name="exerciseName"/> produced the result; when the library stood in for it, a sentence that says so
    /// instead, so no cell claims a success for code that did not run.
    /// </summary>
    /// <param name="exerciseName">The exercise, e.g. "ImConv".</param>
    /// <param name="message">What to say about your result.</param>
    public static string IfYoursRan(string exerciseName, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exerciseName);
        return LibraryStoodIn.TryGetValue(exerciseName, out bool library) && library
            ? $"The library's {exerciseName} ran: yours is not finished yet, so there is nothing of yours to judge here. (Once yours is done, run this cell again.)"
            : message;
    }

    /// <summary>Remembers whether the library stood in for <paramref name="exerciseName"/> in the last cell that needed it.</summary>
    private static void Remember(string exerciseName, bool libraryRan) => LibraryStoodIn[exerciseName] = libraryRan;
}
