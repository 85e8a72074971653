namespace Convolution.Teaching.Exercises;

/// <summary>
/// The words for wrong values, decided from EVERY case a checker ran (the rule each function checker follows): a known
/// mistake is named only when its model gives the student's numbers on all of them; several that all agree are named
/// together as undecided; with none, the feedback says what was seen and names no cause.
/// </summary>
internal static class ModelVerdict
{
    /// <summary>The sentence for <paramref name="agreeing"/> mistakes after <paramref name="casesRan"/> cases.</summary>
    /// <param name="casesRan">How many cases ran.</param>
    /// <param name="agreeing">The diagnoses of the models that agree with the student on every case.</param>
    /// <param name="firstWrongCase">The first case whose values are wrong, as the feedback names it.</param>
    /// <param name="evidence">Where that case differs, e.g. "at (0, 1) you have 44, the right value is 25".</param>
    /// <param name="byHand">What to do when no cause can be named: how to work one value out by hand.</param>
    public static Diagnosis Say(int casesRan, IReadOnlyList<Diagnosis> agreeing, string firstWrongCase, string evidence, Diagnosis byHand)
    {
        string cases = casesRan == 1 ? "the one case that ran" : $"all {casesRan} cases the checker ran";
        return agreeing.Count switch
        {
            1 => $"On {cases}, your results are exactly those of one known mistake: " + agreeing[0] + $" (On {firstWrongCase}: {evidence}.)",
            > 1 => $"On {cases}, your results match {agreeing.Count} known mistakes, which give the same numbers here, so the checker cannot tell which: " +
                Diagnosis.Join(" Or: ", agreeing) + $" (On {firstWrongCase}: {evidence}.)",
            _ => $"On {firstWrongCase}, the values are wrong ({evidence}). They do not match any mistake the checker knows on {cases}, so it names no cause. " + byHand,
        };
    }

    /// <summary>The problem a case proves by itself before any value is read: no answer in time, or not written yet; else null.</summary>
    /// <param name="outcome">The student's run.</param>
    /// <param name="function">The student's function, as the exercise calls it.</param>
    /// <param name="limit">The time limit it had.</param>
    /// <param name="caseName">The case, as the feedback names it.</param>
    public static string? Unfinished<T>(Outcome<T> outcome, string function, TimeSpan limit, string caseName) =>
        outcome.TimedOut ? StudentCode.TooLong(function, limit, caseName)
        : outcome.Error is NotImplementedException ? StudentCode.NotDone(function)
        : null;
}
