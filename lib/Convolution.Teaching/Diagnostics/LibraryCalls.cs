namespace Convolution.Teaching;

/// <summary>
/// Which of the library's own implementations of an exercise (correlation and convolution, the windows, the output
/// sizes) were called while a watch was open on this flow of execution. An exercise checker opens one around the
/// student's function, so an answer that hands the work to the library is told so instead of passing. Threads
/// and tasks started inside the watch inherit it (it rides on the execution context).
/// </summary>
public static class LibraryCalls
{
    private static readonly AsyncLocal<List<string>?> Watching = new();

    /// <summary>Starts recording into <paramref name="calls"/> until the returned handle is disposed.</summary>
    /// <param name="calls">Receives each library function's name once, in the order of the first call, e.g. "Filters.CorrelateValid".</param>
    public static IDisposable Watch(List<string> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        List<string>? outer = Watching.Value;
        Watching.Value = calls;
        return new Restore(outer);
    }

    /// <summary>Called at the entry of each watched library function; costs one read of a thread-local value when nobody watches.</summary>
    /// <param name="function">The function, as a student would write it, e.g. "Filters.CorrelateValid".</param>
    internal static void Note(string function)
    {
        List<string>? calls = Watching.Value;
        if (calls is null)
        {
            return;
        }

        lock (calls)
        {
            if (!calls.Contains(function))
            {
                calls.Add(function);
            }
        }
    }

    private sealed class Restore(List<string>? outer) : IDisposable
    {
        public void Dispose() => Watching.Value = outer;
    }
}
