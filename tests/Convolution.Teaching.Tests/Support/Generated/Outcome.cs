using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests.Support;

/// <summary>
/// The generated suite's rule for one call: it either returns (and the answer is then checked) or, when some argument is
/// wrong, throws an <see cref="ArgumentException"/> (or a subclass) that names one of the wrong arguments and says what to
/// do instead; and it does so within <see cref="TimeBound"/>'s limit for its work.
/// </summary>
internal static partial class Outcome
{
    /// <summary>
    /// Runs <paramref name="call"/> (time-bounded by <paramref name="work"/>). With no <paramref name="wrong"/> arguments it
    /// must return, and <paramref name="check"/> judges the answer; with some, it must throw as the rule says.
    /// </summary>
    public static void Expect<T>(string what, double work, IReadOnlyCollection<string> wrong, Func<T> call, Action<T> check)
    {
        T result;
        try
        {
            result = TimeBound.Run(what, work, call);
        }
        catch (ArgumentException e) when (wrong.Count > 0)
        {
            NamesArgumentAndFix(what, e, wrong);
            return;
        }
        catch (Exception e) when (e is not TimeoutException)
        {
            throw new XunitException(wrong.Count == 0
                ? $"{what} threw {e.GetType().Name} on arguments that are all right: {e.Message}"
                : $"{what} threw {e.GetType().Name}, not an ArgumentException naming {string.Join(" or ", wrong)}: {e.Message}");
        }

        if (wrong.Count > 0)
        {
            throw new XunitException($"{what} returned although {string.Join(" and ", wrong)} {(wrong.Count == 1 ? "is" : "are")} wrong: it should have thrown an ArgumentException naming it.");
        }

        check(result);
    }

    /// <summary>The exception names one of <paramref name="wrong"/> (ParamName) and its message says what to do instead.</summary>
    public static void NamesArgumentAndFix(string what, ArgumentException e, IReadOnlyCollection<string> wrong)
    {
        if (e.ParamName is null || !wrong.Contains(e.ParamName))
        {
            throw new XunitException($"{what} threw {e.GetType().Name} naming '{e.ParamName}', expected one of {string.Join(", ", wrong)}: {e.Message}");
        }

        if (!SaysWhatToDo(e.Message))
        {
            throw new XunitException($"{what}: the message names {e.ParamName} but not what to do instead: {e.Message}");
        }
    }

    /// <summary>A message that tells the reader what to do: an imperative (use, pass, give, ...) or a rule (must, needs, at least).</summary>
    public static bool SaysWhatToDo(string message) => FixWords().IsMatch(message);

    [GeneratedRegex(@"\b(use|pass|give|allocate|check|set|copy|must|needs?|at least|at most)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixWords();
}
