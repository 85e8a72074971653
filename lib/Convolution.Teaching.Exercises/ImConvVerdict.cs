namespace Convolution.Teaching.Exercises;

/// <summary>One case of CheckImConv as it ran: the student's result or the edge it ran past, its own words, the models' runs.</summary>
/// <param name="Name">The case, as the feedback names it.</param>
/// <param name="Image">The image given.</param>
/// <param name="Kernel">The kernel given.</param>
/// <param name="Expected">The right result.</param>
/// <param name="Result">What the student returned; null when it threw.</param>
/// <param name="Error">What the student threw (only <see cref="IndexOutOfRangeException"/> is kept for the verdict), or null.</param>
/// <param name="Problem">This case's own words for what went wrong, or null when it was right.</param>
/// <param name="Models">Every mistake model run on this case, computed only when needed.</param>
internal sealed record ImConvCase(string Name, double[,] Image, double[,] Kernel, double[,] Expected, double[,]? Result, Exception? Error,
    Diagnosis? Problem, Lazy<IReadOnlyList<ImConvModelRun>> Models)
{
    /// <summary>True when the student's result has another size than the right one.</summary>
    public bool WrongSize => Result is not null &&
        (Result.GetLength(0) != Expected.GetLength(0) || Result.GetLength(1) != Expected.GetLength(1));

    /// <summary>True when the student's run is right here (float rounding included).</summary>
    public bool Right => Result is not null && !WrongSize && Tutor.IsRight(Result, Expected, Image, Kernel);
}

/// <summary>
/// CheckImConv's verdict on a wrong ImConv, from EVERY case that ran: a known mistake is named only when its model gives
/// the student's numbers (or runs past the same edge) on all of them; several such models are named together as
/// undecided; with none, the feedback says where the first wrong value is, the right and the student's value, and the
/// window of the image under the kernel there, so the student can redo that one sum by hand.
/// </summary>
internal static class ImConvVerdict
{
    /// <summary>The feedback for the cases in <paramref name="ran"/>, of which at least one was wrong.</summary>
    /// <param name="ran">Every case that ran, in order.</param>
    /// <param name="firstHint">The first wrong case's own words (said when no case is wrong after all).</param>
    public static Diagnosis Decide(IReadOnlyList<ImConvCase> ran, Diagnosis firstHint)
    {
        List<Diagnosis> agreeing = [.. Enumerable.Range(0, ImConvMistakes.All.Count)
            .Where(m => ran.All(c => c.Models.Value[m].Agrees(c.Result, c.Error)))
            .Select(m => ImConvMistakes.All[m].Diagnosis)
            .Distinct()];
        if (ran.All(c => c.Result is not null && c.Result.Cast<double>().All(v => v == 0)))
        {
            agreeing.Insert(0, Tutor.NothingStored);
        }

        ImConvCase? wrong = ran.FirstOrDefault(c => !c.Right);
        if (wrong is null)
        {
            return firstHint;
        }

        if (agreeing.Count == 0 && (wrong.Error is not null || wrong.WrongSize) && wrong.Problem is not null)
        {
            // No model explains it: where it threw, or which size it gave, in that case's own words.
            return wrong.Problem;
        }

        string evidence = wrong.Error is { } e ? $"ImConv threw {e.GetType().Name}{StudentCode.Where(e)}"
            : wrong.WrongSize ? $"your result is {NumberText.Shape(wrong.Result!)}, the right one is {NumberText.Shape(wrong.Expected)}"
            : Tutor.Evidence(wrong.Result!, wrong.Expected);
        return ModelVerdict.Say(ran.Count, agreeing, wrong.Name, evidence, ByHand(wrong));
    }

    /// <summary>How to redo the first wrong value by hand, with the window and the kernel written out.</summary>
    private static Diagnosis ByHand(ImConvCase wrong)
    {
        Diagnosis how = "Work out that pixel by hand: lay the kernel on the image with its top-left at (r, c), multiply the pixels it covers by the kernel " +
            "entries under them, and add the products." + new FixLine("sum += im[r + i, c + j] * kernel[i, j];");
        if (wrong.Result is null || wrong.WrongSize || NumberText.FirstDifference(wrong.Result, wrong.Expected) is not { } at)
        {
            return how;
        }

        var (r, c) = at;
        int kRows = wrong.Kernel.GetLength(0), kCols = wrong.Kernel.GetLength(1);
        double[,] window = Arrays.Slice(wrong.Image, r..(r + kRows), c..(c + kCols));
        var (yours, right) = NumberText.Distinct(wrong.Result[r, c], wrong.Expected[r, c]);
        return $"The window there, the image under the kernel with its top-left at ({r}, {c}), is {NumberText.Inline(window)}, and the kernel is {NumberText.Inline(wrong.Kernel)}: " +
            $"the {kRows * kCols} products of the entries at the same places add up to {right}, where you have {yours}. " + how;
    }
}
