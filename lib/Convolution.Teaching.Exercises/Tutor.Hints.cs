namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>The exercises whose checks give hints in steps, by their <c>// CHECK:</c> name, with where to start before any check ran.</summary>
    private static readonly Dictionary<string, string> FirstHints = new(StringComparer.Ordinal)
    {
        ["kernel-match"] = "Start with the two pictures that are mostly black: their kernels sum to 0, so flat fur becomes 0. " +
            "Then compare the other three with the original cat, whisker by whisker.",
        ["im-conv"] = "Work out the top-left output of the 0..8 case by hand (it is 19), then follow your loops for that one pixel.",
        ["output-size"] = "Work out n = 7, k = 3, p = 1, s = 2, d = 2 by hand (Tutor.OutputSizeHandCase prints it worked out), " +
            "then write the same steps: the span d(k - 1) + 1, the padded input n + 2p, the distance between them, whole steps of s, plus 1.",
        ["get-subimages"] = "Print the window your code cuts at (0, 0) and compare it with Arrays.Slice(im, 0..3, 0..3) for a 3 x 3 kernel.",
    };

    /// <summary>
    /// Prints the next hint for an exercise, by the name on its check cell (<c>// CHECK: kernel-match</c> gives
    /// "kernel-match"): each call goes one step further than the check cell went for your last failure, up to the
    /// exact line. Before the check has run, it prints where to start.
    /// </summary>
    /// <param name="checkName">The exercise's check name, e.g. "im-conv" or "kernel-match".</param>
    public static void Hint(string checkName) => Console.WriteLine(NextHint(checkName));

    /// <summary>The text <see cref="Hint"/> prints.</summary>
    internal static string NextHint(string? checkName)
    {
        string name = (checkName ?? string.Empty).Trim().ToLowerInvariant();
        if (!FirstHints.TryGetValue(name, out string? start))
        {
            return $"No hints for \"{checkName}\": use the name on the exercise's check cell, one of {string.Join(", ", FirstHints.Keys.Select(k => $"\"{k}\""))}.";
        }

        var (step, number, of) = HintBook.Current.Next(name);
        return (step, number) switch
        {
            (null, 0) => $"Hint for {name} (its check has not failed yet in this session): {start}",
            (null, _) => $"No more hints for {name}: all {of} were shown. Run the check again after your next change; a new mistake gets new hints.",
            _ => $"Hint {number} of {of} for {name}:\n" + string.Join("\n", step!.Select(line => "  " + line)),
        };
    }

    /// <summary>
    /// Fails with the diagnosis's words, which name the mistake and where to look; its exact fix lines (<see cref="Diagnosis.FixLines"/>)
    /// are held back to a repeated failure of <paramref name="checkName"/> in this session, or to Tutor.Hint(checkName).
    /// </summary>
    private static CheckResult FailWithLineHeldBack(Feedback feedback, string checkName, Diagnosis diagnosis) =>
        FailInSteps(feedback, checkName, diagnosis.Text, diagnosis.FixLines.Count == 0 ? [] : [["The line: " + string.Join("  Or: ", diagnosis.FixLines)]], shownOnFirst: 0);

    /// <summary>
    /// Fails <paramref name="feedback"/> with <paramref name="steps"/> shown as far as this session's failures of
    /// <paramref name="checkName"/> allow (<paramref name="shownOnFirst"/> on the first failure, one more on each after),
    /// after the lines it always shows, and says how to get the next one. <paramref name="shownOnFirst"/> is 0 when the
    /// diagnosis already names the mistake and where to look, so the first step is the exact line.
    /// </summary>
    /// <remarks>A failure without steps (nothing answered yet) is not counted: the first real mistake still gets the first step.</remarks>
    private static CheckResult FailInSteps(Feedback feedback, string checkName, string diagnosis, IReadOnlyList<string[]> steps, int shownOnFirst, params string[] always)
    {
        var lines = new List<string>(always);
        if (steps.Count == 0)
        {
            return feedback.Fail(diagnosis, [.. lines]);
        }

        int shown = HintBook.Current.Failed(checkName, steps, shownOnFirst);
        var hints = new List<string>();
        for (int i = 0; i < shown; i++)
        {
            lines.Add($"Hint {i + 1} of {steps.Count}:");
            lines.AddRange(steps[i].Select(line => "  " + line));
            hints.Add(string.Join('\n', steps[i]));
        }

        if (shown < steps.Count)
        {
            lines.Add(shown == 0
                ? $"Stuck? Run Tutor.Hint(\"{checkName}\") for the exact line, or fix this and check again (a second failure shows it too)."
                : $"Stuck? Run Tutor.Hint(\"{checkName}\") for the next hint, or fix this and check again.");
        }

        return feedback.Fail(diagnosis, [.. lines]).WithHints(hints);
    }
}
