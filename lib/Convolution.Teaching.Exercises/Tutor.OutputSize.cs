using System.Globalization;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// The settings the output-size formula is tried on, (n, k, p, s, d): hand-sized ones first, then the first layers of
    /// AlexNet (its paper's 224 and the 227 it really ran on) and ResNet, then windows that do not fit at all (size 0).
    /// </summary>
    private static readonly (int N, int K, int P, int S, int D)[] OutputSizeCases =
    [
        (5, 3, 0, 1, 1), (5, 3, 1, 1, 1), (7, 3, 0, 2, 1), (8, 3, 0, 2, 1), (7, 3, 0, 1, 2), (10, 3, 2, 1, 2), (9, 2, 1, 3, 1),
        (224, 11, 0, 4, 1), (227, 11, 0, 4, 1), (224, 7, 3, 2, 1), (32, 3, 1, 2, 2), (5, 3, 1, 1, 3),
        (3, 5, 0, 1, 1), (5, 3, 0, 1, 3), (3, 5, 0, 4, 1),
    ];

    /// <summary>A wrong formula a student may write, with what to say about it.</summary>
    private sealed record OutputSizeMistake(string Name, Func<long, long, long, long, long, double> Formula, string Why);

    /// <summary>
    /// The named mistakes, each the formula it stands for. Each is written with the numerator
    /// <c>top = n + 2p - d(k - 1) - 1</c> changed in one place, or the rounding changed.
    /// </summary>
    private static readonly OutputSizeMistake[] OutputSizeMistakes =
    [
        new("forgot the + 1", (n, k, p, s, d) => Math.Floor((double)(n + (2 * p) - (d * (k - 1)) - 1) / s),
            "floor(...) counts the steps the window takes after its first position; the first position is an output too, so add 1."),
        new("forgot the - 1", (n, k, p, s, d) => Math.Floor((double)(n + (2 * p) - (d * (k - 1))) / s) + 1,
            "a window of span w fits at starts 0 to n + 2p - w, and the span is d(k - 1) + 1 (k taps, d apart), not d(k - 1): keep the - 1."),
        new("forgot the dilation", (n, k, p, s, d) => Math.Floor((double)(n + (2 * p) - (k - 1) - 1) / s) + 1,
            "with dilation d the taps are d pixels apart, so the k taps span d(k - 1) + 1 pixels, not k: write d * (k - 1)."),
        new("took the dilated span as d * k", (n, k, p, s, d) => Math.Floor((double)(n + (2 * p) - (d * k)) / s) + 1,
            "k taps d apart have k - 1 gaps of d, so they span d(k - 1) + 1 pixels; d * k counts d - 1 pixels too many."),
        new("used ceil", (n, k, p, s, d) => Math.Ceiling((double)(n + (2 * p) - (d * (k - 1)) - 1) / s) + 1,
            "a last step that does not fit whole is not taken: the window would stick out past the padded input. Round down (integer division of non-negative numbers does)."),
        new("rounded to the nearest whole number", (n, k, p, s, d) => Math.Round((double)(n + (2 * p) - (d * (k - 1)) - 1) / s, MidpointRounding.AwayFromZero) + 1,
            "a last step that does not fit whole is not taken, however close it comes: round down."),
        new("forgot the 2 in 2p", (n, k, p, s, d) => Math.Floor((double)(n + p - (d * (k - 1)) - 1) / s) + 1,
            "padding p adds p pixels on each side, before the first pixel and after the last: the input grows by 2p."),
        new("forgot the padding", (n, k, p, s, d) => Math.Floor((double)(n - (d * (k - 1)) - 1) / s) + 1,
            "padding p adds p pixels on each side, and the window slides over them too: the input grows by 2p."),
        new("forgot the stride", (n, k, p, s, d) => n + (2 * p) - (d * (k - 1)) - 1 + 1,
            "with stride s the window moves s pixels at a time, so only every s-th start counts: divide the distance it can move by s, then add 1."),
        new("divided the + 1 by the stride too", (n, k, p, s, d) => Math.Floor((double)(n + (2 * p) - (d * (k - 1))) / s),
            "the + 1 counts the first position, which is there whatever the stride: floor(top / s) + 1, with the + 1 outside the division."),
    ];

    /// <summary>
    /// "How many outputs does a window give?": checks your <c>OutputSize(n, k, p, s, d)</c>, the number of outputs along one
    /// axis for an input of n pixels, a kernel of k taps, padding p, stride s and dilation d, or 0 when the window does not fit
    /// anywhere. It tries 15 settings: small ones to check by hand, the first layers of AlexNet and ResNet, and three that do
    /// not fit; it names the settings that do not fit (exactly, or at all), and a wrong formula's mistake: the + 1 or the - 1
    /// left out, the dilation forgotten or taken as d * k, ceil or rounding instead of floor, p instead of 2p, ...
    /// </summary>
    /// <param name="outputSize">Your formula, <c>(n, k, p, s, d) =&gt; outputs</c>.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckOutputSize(Func<int, int, int, int, int, int> outputSize) =>
        Graded("output-size", [], () => CheckOutputSize(outputSize, StudentCode.SmallCaseLimit));

    /// <summary>The lesson's hand case, <c>n = 7, k = 3, p = 1, s = 2, d = 2</c>, and its answer worked out.</summary>
    public static string OutputSizeHandCase =>
        "n = 7, k = 3, p = 1, s = 2, d = 2: the taps are 2 apart, so the window spans d(k - 1) + 1 = 5 pixels; the padded input has " +
        "n + 2p = 9, so the window starts at 0, 2 and 4 (the next start, 6, would end at 10, past the last pixel, 8): 3 outputs. " +
        "The formula: floor((7 + 2 - 4 - 1) / 2) + 1 = floor(4 / 2) + 1 = 3.";

    /// <summary>The right size, or 0 when the window does not fit anywhere.</summary>
    private static int TrueOutputSize((int N, int K, int P, int S, int D) c) =>
        Fits(c) ? Filters.OutputSize(c.N, c.K, c.P, c.S, c.D) : 0;

    private static bool Fits((int N, int K, int P, int S, int D) c) => ((long)c.D * (c.K - 1)) + 1 <= c.N + (2L * c.P);

    private static string Setting((int N, int K, int P, int S, int D) c) => $"n = {c.N}, k = {c.K}, p = {c.P}, s = {c.S}, d = {c.D}";

    /// <summary>The formula's value before rounding, e.g. "54.25".</summary>
    private static string Exact((int N, int K, int P, int S, int D) c) =>
        ((((double)c.N + (2 * c.P) - (c.D * (c.K - 1)) - 1) / c.S) + 1).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The formula worked out for one setting, ending in its answer.</summary>
    private static string Worked((int N, int K, int P, int S, int D) c)
    {
        long span = ((long)c.D * (c.K - 1)) + 1, padded = c.N + (2L * c.P);
        if (span > padded)
        {
            return $"the window spans d(k - 1) + 1 = {span} pixels but the padded input has only n + 2p = {padded}: it fits nowhere, so the size is 0.";
        }

        long top = padded - span;
        return $"the window spans d(k - 1) + 1 = {span} pixels and the padded input has n + 2p = {padded}, so it can move {top} pixels: " +
            $"floor({top} / {c.S}) + 1 = {(top / c.S) + 1}.";
    }

    /// <summary><see cref="CheckOutputSize(Func{int, int, int, int, int, int})"/> with a chosen time limit per case.</summary>
    internal static CheckResult CheckOutputSize(Func<int, int, int, int, int, int> outputSize, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(outputSize);
        var feedback = new Feedback("Output size with padding, stride and dilation");
        var answers = new int[OutputSizeCases.Length];
        for (int i = 0; i < OutputSizeCases.Length; i++)
        {
            var c = OutputSizeCases[i];
            Outcome<int> outcome = StudentCode.Run(() => outputSize(c.N, c.K, c.P, c.S, c.D), limit, c.N, c.K, c.P, c.S, c.D);
            if (StudentCode.HandedToLibrary(outcome, "outputSize", "Filters.") is { } handed)
            {
                return feedback.Fail(handed);
            }

            if (outcome.TimedOut)
            {
                return feedback.Fail(StudentCode.TooLong("outputSize", limit, Setting(c)));
            }

            if (outcome.Error is NotImplementedException)
            {
                return feedback.Fail("Not yet: outputSize is not written yet (it throws NotImplementedException). Replace the throw with the formula.");
            }

            if (outcome.Error is { } error)
            {
                return feedback.Fail($"Not yet: for {Setting(c)} outputSize threw {error.GetType().Name}{StudentCode.Where(error)}: {error.Message}",
                    Fits(c) ? "These settings fit: return the number of outputs." : "No window fits here: return 0 rather than throwing.");
            }

            answers[i] = outcome.Value;
        }

        int[] truth = OutputSizeCases.Select(TrueOutputSize).ToArray();
        int[] fitting = Enumerable.Range(0, truth.Length).Where(i => Fits(OutputSizeCases[i])).ToArray();
        string[] notFitting = DoNotFit();
        if (answers.SequenceEqual(truth))
        {
            foreach (int i in fitting.Take(7))
            {
                feedback.Ok($"{Setting(OutputSizeCases[i])}: {truth[i]}.");
            }

            feedback.Ok($"... and the other {truth.Length - 7} settings, among them AlexNet's and ResNet's first layers.");
            foreach (string line in notFitting)
            {
                feedback.Note(line);
            }

            return feedback.Pass("Right: floor((n + 2p - d(k - 1) - 1) / s) + 1 on every setting that fits, and 0 where the window fits nowhere.");
        }

        string[] about = [.. notFitting];
        int[] wrongFitting = fitting.Where(i => answers[i] != truth[i]).ToArray();
        if (wrongFitting.Length == 0)
        {
            int i = Enumerable.Range(0, truth.Length).First(j => answers[j] != truth[j]);
            var c = OutputSizeCases[i];
            string how = answers[i] > 0
                ? " In C#, integer division rounds towards zero, so a negative numerator such as (3 - 5) / 4 gives 0, not -1, and the + 1 then makes 1: check that the window fits before you divide."
                : string.Empty;
            return feedback.Fail(
                $"Not yet: your formula is right on every setting that fits, but for {Setting(c)} you said {answers[i]}: {Worked(c)}{how}",
                ["Return 0 when d(k - 1) + 1 > n + 2p.", .. about]);
        }

        foreach (OutputSizeMistake mistake in OutputSizeMistakes)
        {
            int[] model = fitting.Select(i => (int)mistake.Formula(OutputSizeCases[i].N, OutputSizeCases[i].K, OutputSizeCases[i].P, OutputSizeCases[i].S, OutputSizeCases[i].D)).ToArray();
            if (fitting.Select(i => answers[i]).SequenceEqual(model))
            {
                int first = fitting.First(i => answers[i] != truth[i]);
                var c = OutputSizeCases[first];
                return feedback.Fail(
                    $"Not yet: you {mistake.Name}. For {Setting(c)} you said {answers[first]}, but {Worked(c)}",
                    ["Why: " + mistake.Why, .. about]);
            }
        }

        int wrong = wrongFitting[0];
        var w = OutputSizeCases[wrong];
        return feedback.Fail(
            $"Not yet: for {Setting(w)} you said {answers[wrong]}, but {Worked(w)}",
            [$"Your formula is wrong on {wrongFitting.Length} of the {fitting.Length} settings that fit. Build it in steps: the span d(k - 1) + 1, the padded input n + 2p, how far the window can move (their difference), how many steps of s fit in that (round down), plus 1 for the first position.", .. about]);
    }

    /// <summary>What the checker says of the settings that do not fit: exactly (a fraction before rounding) or at all.</summary>
    private static string[] DoNotFit()
    {
        var lines = new List<string> { "Settings that do not fit:" };
        foreach (var c in OutputSizeCases)
        {
            if (!Fits(c))
            {
                lines.Add($"  {Setting(c)}: not at all. {char.ToUpperInvariant(Worked(c)[0])}{Worked(c)[1..]}");
            }
            else if (Filters.UncoveredPixels(c.N, c.K, c.P, c.S, c.D) is int left and > 0)
            {
                string extra = c is (224, 11, 0, 4, 1)
                    ? " This is AlexNet's first layer as its paper describes it; with 227 pixels, the next setting, it fits exactly: 55."
                    : string.Empty;
                lines.Add($"  {Setting(c)}: not exactly. The formula gives {Exact(c)} before rounding down to {TrueOutputSize(c)}: " +
                    $"the last {left} pixel{(left == 1 ? string.Empty : "s")} of the padded input {(left == 1 ? "is" : "are")} never covered.{extra}");
            }
        }

        return [.. lines];
    }
}
