using System.Globalization;

namespace Convolution.Teaching.Tests.Support;

/// <summary>
/// Runs a call with a time limit that grows with its work, so a hang or a cost far beyond the work fails the test
/// instead of stalling the run. The call runs on a thread of its own: .NET cannot stop a thread, so a call that never
/// returns is left behind (a background thread, gone when the test process ends) and the test fails at the limit.
/// </summary>
internal static class TimeBound
{
    /// <summary>What any call may take, whatever its work: room for the JIT, the GC and a loaded shared machine.</summary>
    public static readonly TimeSpan Base = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Per unit of work (one multiply-add or one pixel written): 50 ns, some 10 to 50 times what the reference loop
    /// needs, so only a cost that grows faster than the work (or a hang) reaches it.
    /// </summary>
    public const double NanosecondsPerUnit = 50;

    /// <summary>The limit for <paramref name="work"/> units: <see cref="Base"/> + <see cref="NanosecondsPerUnit"/> * work.</summary>
    public static TimeSpan For(double work) => Base + TimeSpan.FromMilliseconds(Math.Min(NanosecondsPerUnit * Math.Max(0, work) / 1e6, Longest.TotalMilliseconds));

    /// <summary>The cap on the work's share (Thread.Join takes at most int.MaxValue ms; a refused call has no real work).</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <paramref name="call"/> and returns what it returned, rethrows what it threw (its own exception, stack kept),
    /// or throws <see cref="TimeoutException"/> naming <paramref name="what"/> when it takes longer than the limit for
    /// <paramref name="work"/>.
    /// </summary>
    public static T Run<T>(string what, double work, Func<T> call)
    {
        TimeSpan limit = For(work);
        T result = default!;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = call();
            }
            catch (Exception e)
            {
                thrown = e;
            }
        }) { IsBackground = true, Name = "TimeBound: " + what };
        thread.Start();
        if (!thread.Join(limit))
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"{what} did not return within {limit.TotalSeconds:0.###} s (work {work:G3} units: {Base.TotalSeconds} s + {NanosecondsPerUnit} ns a unit); it is left running."));
        }

        if (thrown is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(thrown).Throw();
        }

        return result;
    }
}
