namespace Convolution.Teaching.Exercises;

/// <summary>
/// What the checks of one kernel session have said, so hints come in steps: the first failure of an exercise
/// names the mistake and where to look; only a repeated failure of the same exercise (or an explicit
/// <see cref="Tutor.Hint"/>) goes further, up to the exact line. A student who is told the line at once
/// copies it and learns nothing; one who is never told it can stay stuck for the whole lesson.
/// </summary>
internal sealed class HintBook
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The book of this kernel session (one per process: a kernel restart forgets every hint, as it forgets the cells).</summary>
    public static HintBook Session { get; } = new();

    // A test sets its own book, so tests that run in parallel never see each other's failures.
    private static readonly AsyncLocal<HintBook?> Override = new();

    /// <summary>The book the checks write to: the session's, or a test's own.</summary>
    public static HintBook Current => Override.Value ?? Session;

    /// <summary>True when a test set its own book on this async flow.</summary>
    public static bool HasOverride => Override.Value is not null;

    /// <summary>Uses a fresh book on this async flow until the result is disposed: tests, and the grader's replay (which must
    /// not inherit hints a previous submission earned).</summary>
    public static IDisposable UseFresh()
    {
        HintBook? before = Override.Value;
        Override.Value = new HintBook();
        return new Restore(() => Override.Value = before);
    }

    /// <summary>
    /// Records a failure of <paramref name="checkName"/> and returns how many of its <paramref name="steps"/> to show:
    /// one more on each failure of the same exercise (the first failure shows the first step only).
    /// </summary>
    /// <param name="checkName">The exercise's <c>// CHECK:</c> name, e.g. "im-conv".</param>
    /// <param name="steps">The hints for this failure, mildest first, each one or more lines; the last may be the exact line.</param>
    /// <param name="shownOnFirst">How many steps the first failure shows (0 when the feedback itself already says where to look).</param>
    public int Failed(string checkName, IReadOnlyList<string[]> steps, int shownOnFirst = 1)
    {
        lock (entries)
        {
            int failures = entries.TryGetValue(checkName, out Entry? before) ? before.Failures + 1 : 1;
            int shown = Math.Clamp(failures - 1 + shownOnFirst, 0, steps.Count);
            entries[checkName] = new Entry(failures, [.. steps], shown);
            return shown;
        }
    }

    /// <summary>Forgets <paramref name="checkName"/>'s failures: once it passes, a new mistake starts from the first step again.</summary>
    public void Passed(string checkName)
    {
        lock (entries)
        {
            entries.Remove(checkName);
        }
    }

    /// <summary>
    /// The next step not yet shown for the last failure of <paramref name="checkName"/>, and its number (1-based);
    /// (null, 0) when that exercise has not failed in this session, (null, steps + 1) when every step was shown.
    /// </summary>
    public (string[]? Step, int Number, int Of) Next(string checkName)
    {
        lock (entries)
        {
            if (!entries.TryGetValue(checkName, out Entry? entry))
            {
                return (null, 0, 0);
            }

            if (entry.Shown >= entry.Steps.Length)
            {
                return (null, entry.Steps.Length + 1, entry.Steps.Length);
            }

            entries[checkName] = entry with { Shown = entry.Shown + 1 };
            return (entry.Steps[entry.Shown], entry.Shown + 1, entry.Steps.Length);
        }
    }

    private sealed record Entry(int Failures, string[][] Steps, int Shown);

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
