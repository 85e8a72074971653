namespace Convolution.Teaching.Exercises;

/// <summary>
/// The tutor at a student's elbow: one check per exercise, the hints, and the library's version to go on with when an
/// exercise is not done yet. Each check returns a <see cref="CheckResult"/>, passed or
/// not, with feedback that names the specific mistake and where to look. A check never throws: in VS Code and
/// Jupyter, Run All stops at the first cell that throws, and an unfinished exercise must not stop the lesson.
/// Student functions run on a worker thread with a time limit, so a loop that never ends is
/// reported instead of hanging the notebook.
/// </summary>
public static partial class Tutor
{
    /// <summary>
    /// For a cell that needs an exercise's result: runs <paramref name="studentVersion"/>; if it
    /// throws (e.g. NotImplementedException because the exercise is not done yet) or runs far too
    /// long, prints plainly that the lesson goes on with the library's version and returns
    /// <paramref name="libraryVersion"/>'s result instead. A student stuck on one exercise can still
    /// run the rest of the lesson.
    /// </summary>
    /// <param name="exerciseName">The exercise, as the student knows it, e.g. "ImConv".</param>
    /// <param name="studentVersion">The call of the student's code, e.g. <c>() =&gt; ImConv(cat, blur)</c>.</param>
    /// <param name="libraryVersion">The same call with the library, e.g. <c>() =&gt; Filters.CorrelateValid(cat, blur)</c>.</param>
    /// <returns>The student's result when it ran; otherwise the library's.</returns>
    public static T UseOrFallback<T>(string exerciseName, Func<T> studentVersion, Func<T> libraryVersion) =>
        UseOrFallback(exerciseName, studentVersion, libraryVersion, FallbackLimit);

    /// <summary>How long a later cell waits for the student's version before it goes on without it.</summary>
    internal static readonly TimeSpan FallbackLimit = TimeSpan.FromSeconds(60);

    /// <summary><see cref="UseOrFallback{T}(string, Func{T}, Func{T})"/> with a chosen time limit (tests use a short one).</summary>
    internal static T UseOrFallback<T>(string exerciseName, Func<T> studentVersion, Func<T> libraryVersion, TimeSpan limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exerciseName);
        ArgumentNullException.ThrowIfNull(studentVersion);
        ArgumentNullException.ThrowIfNull(libraryVersion);
        Outcome<T> outcome = StudentCode.Run(studentVersion, limit);
        Remember(exerciseName, libraryRan: !outcome.Returned);
        if (outcome.Returned)
        {
            return outcome.Value!;
        }

        string why = outcome.TimedOut
            ? $"your {exerciseName} gave no answer within {StudentCode.Seconds(limit)} (it may still be running: restart the kernel when you fix it)"
            : outcome.Error is NotImplementedException
                ? $"the exercise {exerciseName} is not finished yet (it throws NotImplementedException)"
                : $"your {exerciseName} threw {outcome.Error!.GetType().Name}: {outcome.Error.Message}{StudentCode.Where(outcome.Error)}";
        Console.WriteLine(
            $"Note: {why}. This cell goes on with the library's version instead, so the rest of the lesson still runs. " +
            $"Come back to {exerciseName} later; its check cell says what to fix.");
        return libraryVersion();
    }
}
