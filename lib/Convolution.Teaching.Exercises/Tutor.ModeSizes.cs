namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>The sizes (iH, iW, kH, kW) the mode formulas are tried on: odd, even, non-square, kernel as big as the image.</summary>
    private static readonly (int IH, int IW, int KH, int KW)[] ModeSizeCases =
    [
        (5, 7, 3, 3), (6, 6, 2, 2), (4, 9, 2, 5), (8, 3, 3, 1), (7, 7, 7, 7), (9, 4, 4, 3), (300, 451, 3, 3), (10, 12, 1, 1),
    ];

    /// <summary>
    /// "What are the sizes of the three modes?": checks your three formulas, each written as a
    /// lambda <c>(iH, iW, kH, kW) =&gt; (rows, cols)</c> of the image's and kernel's heights and widths,
    /// on many sizes (odd, even, non-square, kernel as big as the image). A wrong formula gets a
    /// counter-example in words, e.g. "valid: for a 5-row image and a 3-row kernel you said 2 rows,
    /// but the kernel fits at rows 0, 1 and 2".
    /// </summary>
    /// <param name="full">The size of FULL mode.</param>
    /// <param name="same">The size of SAME mode.</param>
    /// <param name="valid">The size of VALID mode.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckModeSizes(
        Func<int, int, int, int, (int Rows, int Cols)> full,
        Func<int, int, int, int, (int Rows, int Cols)> same,
        Func<int, int, int, int, (int Rows, int Cols)> valid) =>
        Graded("mode-sizes", [], () => CheckModeSizes(full, same, valid, StudentCode.SmallCaseLimit));

    /// <summary><see cref="CheckModeSizes(Func{int, int, int, int, ValueTuple{int, int}}, Func{int, int, int, int, ValueTuple{int, int}}, Func{int, int, int, int, ValueTuple{int, int}})"/> with a chosen time limit per mode.</summary>
    internal static CheckResult CheckModeSizes(
        Func<int, int, int, int, (int Rows, int Cols)> full,
        Func<int, int, int, int, (int Rows, int Cols)> same,
        Func<int, int, int, int, (int Rows, int Cols)> valid,
        TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(same);
        ArgumentNullException.ThrowIfNull(valid);
        var feedback = new Feedback("Output sizes");
        var problems = new List<string>();
        foreach (var (mode, f) in new[] { (OutputMode.Full, full), (OutputMode.Same, same), (OutputMode.Valid, valid) })
        {
            string? problem = DiagnoseModeSize(mode, f, limit);
            if (problem is null)
            {
                feedback.Ok($"{ModeName(mode)}: {ModeFormula(mode)}, right on all {ModeSizeCases.Length} sizes.");
            }
            else
            {
                problems.Add("✗ " + problem);
            }
        }

        if (problems.Count > 0)
        {
            var names = problems.Select(p => p[2..].Split(':')[0]).ToArray();
            string which = names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
            return feedback.Fail($"Not yet: {which} {(problems.Count == 1 ? "is" : "are")} wrong.", problems.ToArray());
        }

        return feedback.Pass("Right: full grows by the kernel size minus 1, same keeps the image size, valid shrinks by the kernel size minus 1.");
    }

    private static string ModeName(OutputMode mode) => mode.ToString().ToLowerInvariant();

    private static string ModeFormula(OutputMode mode) => mode switch
    {
        OutputMode.Full => "(iH + kH - 1, iW + kW - 1)",
        OutputMode.Same => "(iH, iW)",
        _ => "(iH - kH + 1, iW - kW + 1)",
    };

    /// <summary>Null when the formula is right on every size, else the diagnosis with a counter-example.</summary>
    private static string? DiagnoseModeSize(OutputMode mode, Func<int, int, int, int, (int Rows, int Cols)> f, TimeSpan limit)
    {
        string name = ModeName(mode);
        Outcome<(int Rows, int Cols)[]> outcome = StudentCode.Run(() => ModeSizeCases.Select(s => f(s.IH, s.IW, s.KH, s.KW)).ToArray(), limit);
        if (StudentCode.HandedToLibrary(outcome, $"{name} formula", "Filters.") is { } handed)
        {
            return $"{name}: {handed}";
        }

        if (outcome.TimedOut)
        {
            return $"{name}: {StudentCode.TooLong("your formula", limit, "a few small sizes")}";
        }

        if (outcome.Error is NotImplementedException)
        {
            return $"{name}: not written yet (it throws NotImplementedException). Replace it with (iH, iW, kH, kW) => (rows, cols).";
        }

        if (outcome.Error is { } error)
        {
            return $"{name}: your formula threw {error.GetType().Name}{StudentCode.Where(error)}: {error.Message}";
        }

        var answers = outcome.Value!;
        var truth = ModeSizeCases.Select(s => Filters.OutputShape(s.IH, s.IW, s.KH, s.KW, mode)).ToArray();
        if (answers.SequenceEqual(truth))
        {
            return null;
        }

        foreach (OutputMode other in new[] { OutputMode.Full, OutputMode.Same, OutputMode.Valid }.Where(m => m != mode))
        {
            if (answers.SequenceEqual(ModeSizeCases.Select(s => Filters.OutputShape(s.IH, s.IW, s.KH, s.KW, other))))
            {
                return $"{name}: you wrote {ModeFormula(other)}, which is the size of {ModeName(other).ToUpperInvariant()} mode. {ModeWhy(mode)}";
            }
        }

        if (answers.Zip(truth).All(p => p.First == (p.Second.Cols, p.Second.Rows)))
        {
            return $"{name}: you gave (columns, rows). The first number is the rows (the height, from iH and kH), the second the columns (from iW and kW), as in im[row, col].";
        }

        int firstRows = FirstWrong(answers, truth, rows: true);
        bool rowsAreTheProblem = firstRows >= 0;
        int index = rowsAreTheProblem ? firstRows : FirstWrong(answers, truth, rows: false);
        var (iH, iW, kH, kW) = ModeSizeCases[index];
        bool squareOnly = Enumerable.Range(0, truth.Length)
            .Where(i => ModeSizeCases[i].IH == ModeSizeCases[i].IW && ModeSizeCases[i].KH == ModeSizeCases[i].KW)
            .All(i => answers[i] == truth[i]);
        string mix = squareOnly
            ? " Your formula is right only on square images with square kernels: the rows must come from heights only (iH, kH), the columns from widths only (iW, kW)."
            : string.Empty;
        int offset = rowsAreTheProblem ? answers[index].Rows - truth[index].Rows : answers[index].Cols - truth[index].Cols;
        bool constant = answers.Zip(truth).All(p => p.First.Rows - p.Second.Rows == offset && p.First.Cols - p.Second.Cols == offset);
        string off = constant ? $" Your answers are {Math.Abs(offset)} too {(offset < 0 ? "small" : "big")} on every size: an off-by-{Math.Abs(offset)}." : string.Empty;
        return rowsAreTheProblem
            ? $"{name}: {CounterExample(mode, "row", iH, kH, answers[index].Rows)}{off}{mix}"
            : $"{name}: {CounterExample(mode, "column", iW, kW, answers[index].Cols)}{off}{mix}";
    }

    /// <summary>The first size whose rows (or columns) are wrong, or -1.</summary>
    private static int FirstWrong((int Rows, int Cols)[] answers, (int Rows, int Cols)[] truth, bool rows) =>
        Enumerable.Range(0, answers.Length).FirstOrDefault(i => rows ? answers[i].Rows != truth[i].Rows : answers[i].Cols != truth[i].Cols, -1);

    /// <summary>"for a 5-row image and a 3-row kernel you said 2 rows, but the kernel fits at rows 0, 1 and 2 ...".</summary>
    private static string CounterExample(OutputMode mode, string noun, int image, int kernel, int said)
    {
        var (i, k) = noun == "row" ? ("iH", "kH") : ("iW", "kW");
        string setting = $"for a {image}-{noun} image and a {kernel}-{noun} kernel you said {said} {noun}{(said == 1 ? string.Empty : "s")}";
        int fits = image - kernel + 1;
        return mode switch
        {
            OutputMode.Valid => $"{setting}, but the kernel fits at {NumberText.Positions(noun, 0, image - kernel)}: its first {noun} goes from 0 to {i} - {k} = {image - kernel} " +
                $"so that it stays inside the image. That is {fits} {noun}{(fits == 1 ? string.Empty : "s")}: {i} - {k} + 1.",
            OutputMode.Full => $"{setting}, but the kernel overlaps the image with its first {noun} anywhere from -{kernel - 1} to {image - 1}, " +
                $"that is from -({k} - 1) to {i} - 1: {image + kernel - 1} {noun}s, {i} + {k} - 1.",
            _ => $"{setting}, but same mode gives one output pixel per image pixel: {image} {noun}s ({i}), whatever the kernel.",
        };
    }

    /// <summary>One sentence on what a mode's size means.</summary>
    private static string ModeWhy(OutputMode mode) => mode switch
    {
        OutputMode.Full => "Full keeps every position where the kernel overlaps the image by at least one pixel, so it grows: (iH + kH - 1, iW + kW - 1).",
        OutputMode.Same => "Same gives one output pixel per input pixel: (iH, iW).",
        _ => "Valid keeps only the positions where the whole kernel lies inside the image, so it shrinks: (iH - kH + 1, iW - kW + 1).",
    };
}
