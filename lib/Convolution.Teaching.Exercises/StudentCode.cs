using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Convolution.Teaching.Exercises;

/// <summary>The result of one call of a student's function: a value, an exception, or no answer in time.</summary>
/// <param name="Value">What the function returned (default when it threw or ran too long).</param>
/// <param name="Error">What it threw, if anything.</param>
/// <param name="TimedOut">True when it was still running at the time limit.</param>
/// <param name="Elapsed">How long it ran (up to the limit).</param>
/// <param name="LibraryCalls">The library's own implementations it called (see <see cref="Convolution.Teaching.LibraryCalls"/>).</param>
internal sealed record Outcome<T>(T? Value, Exception? Error, bool TimedOut, TimeSpan Elapsed, IReadOnlyList<string> LibraryCalls)
{
    /// <summary>True when the call returned normally.</summary>
    public bool Returned => Error is null && !TimedOut;
}

/// <summary>
/// Runs a student's function on a worker thread with a time limit, and puts what went wrong into words.
/// </summary>
/// <remarks>
/// .NET cannot stop a thread, so a function that never returns keeps running in the background:
/// the checker stops WAITING for it and says so (the kernel may need a restart). The worker is a
/// background thread, so it never keeps the process alive.
/// </remarks>
internal static partial class StudentCode
{
    /// <summary>The limit for a small, hand-checkable case: far more than any correct answer needs.</summary>
    public static readonly TimeSpan SmallCaseLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Calls <paramref name="call"/> on a worker thread and waits at most <paramref name="limit"/>. Inside a graded check
    /// the call is recorded as evidence; inside the grader's replay it is not run at all but answered from the record
    /// (see <see cref="Evidence.EvidenceSession"/>).
    /// </summary>
    /// <param name="call">The call of the student's function.</param>
    /// <param name="limit">How long to wait for it.</param>
    /// <param name="inputs">The arrays and values the call hands the function: matched against the record in a replay, and
    /// written back as the function left them (a function that changes its input must be seen doing so).</param>
    public static Outcome<T> Run<T>(Func<T> call, TimeSpan limit, params object?[] inputs)
    {
        Evidence.EvidenceSession? session = Evidence.EvidenceSession.Current;
        if (session is { IsReplay: true })
        {
            return Replay<T>(session, limit, inputs);
        }

        string? before = session is null ? null : Evidence.EvidenceValues.Fingerprint(inputs);
        string[]? beforeEach = session is null ? null : [.. inputs.Select(i => Evidence.EvidenceValues.Write(i)?.ToJsonString() ?? "null")];
        Outcome<T> outcome = RunOnWorker(call, limit);
        if (session is not null)
        {
            session.Add(Record(outcome, before!, beforeEach!, inputs));
        }

        return outcome;
    }

    private static Outcome<T> RunOnWorker<T>(Func<T> call, TimeSpan limit)
    {
        T? value = default;
        Exception? error = null;
        var calls = new List<string>();
        var clock = Stopwatch.StartNew();
        var worker = new Thread(() =>
        {
            try
            {
                // Which of the library's own implementations the student's code calls (the thread inherits the watch).
                using IDisposable watch = Convolution.Teaching.LibraryCalls.Watch(calls);
                value = call();
            }
            catch (Exception e)
            {
                error = e;
            }
        })
        {
            IsBackground = true,
            Name = "exercise check: student code",
        };
        worker.Start();
        if (!worker.Join(limit))
        {
            return new Outcome<T>(default, null, true, clock.Elapsed, Snapshot(calls));
        }

        return new Outcome<T>(value, error, false, clock.Elapsed, Snapshot(calls));
    }

    private static Evidence.CallRecord Record<T>(Outcome<T> outcome, string before, string[] beforeEach, object?[] inputs)
    {
        System.Text.Json.Nodes.JsonNode?[] after = [.. inputs.Select(i => Evidence.EvidenceValues.Write(i))];
        bool changed = after.Select((a, i) => (a?.ToJsonString() ?? "null") != beforeEach[i]).Any(c => c);
        return new Evidence.CallRecord(
            before,
            outcome.Returned ? Evidence.EvidenceValues.Write(outcome.Value) : null,
            outcome.Error?.GetType().FullName,
            outcome.Error?.Message,
            outcome.Error is null ? null : Where(outcome.Error),
            outcome.TimedOut,
            outcome.Elapsed.TotalMilliseconds,
            outcome.LibraryCalls,
            changed ? after.Select((a, i) => (a?.ToJsonString() ?? "null") != beforeEach[i] ? a : null).ToList() : null);
    }

    private static Outcome<T> Replay<T>(Evidence.EvidenceSession session, TimeSpan limit, object?[] inputs)
    {
        Evidence.CallRecord call = session.Next(Evidence.EvidenceValues.Fingerprint(inputs));
        if (call.InputsAfter is { } after)
        {
            for (int i = 0; i < inputs.Length && i < after.Count; i++)
            {
                if (after[i] is not null)
                {
                    Evidence.EvidenceValues.CopyInto(inputs[i], after[i]);
                }
            }
        }

        TimeSpan elapsed = TimeSpan.FromMilliseconds(Math.Clamp(call.Milliseconds, 0, limit.TotalMilliseconds));
        Exception? error = call.ErrorType is null ? null : Evidence.ReplayedException.Rebuild(call.ErrorType, call.ErrorMessage, call.ErrorWhere);
        T? value = call.TimedOut || error is not null ? default : Evidence.EvidenceValues.Read<T>(call.Returned);
        return new Outcome<T>(value, error, call.TimedOut, elapsed, call.LibraryCalls);
    }

    /// <summary>
    /// The feedback when the student's <paramref name="functionName"/> called one of the library's own implementations of
    /// the exercise (a name starting with one of <paramref name="forbidden"/>), or null when it did not.
    /// </summary>
    public static string? HandedToLibrary<T>(Outcome<T> outcome, string functionName, params string[] forbidden)
    {
        string? call = outcome.LibraryCalls.FirstOrDefault(c => forbidden.Any(f => c.StartsWith(f, StringComparison.Ordinal)));
        return call is null ? null :
            $"Your {functionName} calls {call}, the library's own version of this exercise, so the check cannot see your work: " +
            $"write the loops yourself (the library is there to compare with afterwards, not to call from {functionName}).";
    }

    private static List<string> Snapshot(List<string> calls)
    {
        lock (calls)
        {
            return [.. calls];
        }
    }

    /// <summary>The words for a function that was still running at the limit.</summary>
    public static string TooLong(string functionName, TimeSpan limit, string caseName) =>
        $"{functionName} was stopped for taking too long: no answer after {Seconds(limit)} on {caseName}, " +
        "where a correct version needs a few milliseconds. That usually means a loop that does not advance " +
        "(a `for` whose counter never changes, e.g. `c++` written as `r++` in the inner loop, or a `while` without a step). " +
        "It may still be running in the background and using the CPU: restart the kernel (Restart in the notebook toolbar), " +
        "run the cells above again, fix the loop, then run this check again.";

    /// <summary>The words for NotImplementedException: the exercise is not done yet.</summary>
    public static string NotDone(string functionName) =>
        $"{functionName} is not done yet: it still throws NotImplementedException. Replace the " +
        "`throw new NotImplementedException(...)` line with your code, run that cell, then run this check again.";

    /// <summary>
    /// Where in the student's code an exception was thrown: " (in ImConv, line 14 of its cell)", or
    /// an empty string when the stack trace has no frame outside this library and .NET.
    /// </summary>
    public static string Where(Exception e)
    {
        if (Evidence.ReplayedException.WhereOf(e) is { } replayed)
        {
            return replayed;
        }

        var trace = new StackTrace(e, fNeedFileInfo: true);
        foreach (StackFrame frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            var assembly = method?.DeclaringType?.Assembly;
            if (method is null || assembly is null || assembly == typeof(StudentCode).Assembly || IsFramework(assembly.GetName().Name))
            {
                continue;
            }

            string name = ReadableName(method.Name);
            int line = frame.GetFileLineNumber();
            return line > 0 ? $" (in {name}, line {line} of its cell)" : $" (in {name})";
        }

        return string.Empty;
    }

    /// <summary>"10 s", "0.5 s".</summary>
    public static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s";

    private static bool IsFramework(string? name) =>
        name is null || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal)
        || name == "mscorlib" || name == "netstandard" || name.StartsWith("xunit", StringComparison.Ordinal);

    // A local function compiles to "<<Initialize>>g__ImConv|0_0"; a lambda to "<Main>b__0_0". Keep the readable part.
    private static string ReadableName(string name)
    {
        Match local = LocalFunctionName().Match(name);
        return local.Success ? local.Groups[1].Value : name.StartsWith('<') ? "your function" : name;
    }

    [GeneratedRegex(@"g__([^|]+)\|")]
    private static partial Regex LocalFunctionName();
}
