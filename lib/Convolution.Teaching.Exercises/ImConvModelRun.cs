namespace Convolution.Teaching.Exercises;

/// <summary>
/// What one mistake model gave on one case: its result, or that it ran past an array's edge. A model agrees with a
/// student's run when both give the same numbers (size included), or both run past the edge.
/// </summary>
/// <param name="Model">The mistake.</param>
/// <param name="Value">Its result; null when it threw or cannot run on these inputs.</param>
/// <param name="Threw">It threw <see cref="IndexOutOfRangeException"/> here.</param>
internal sealed record ImConvModelRun(ImConvMistakes.Model Model, double[,]? Value, bool Threw)
{
    /// <summary>Every model of <see cref="ImConvMistakes.All"/> run on one case.</summary>
    /// <param name="image">The case's image (never changed: the models only read it).</param>
    /// <param name="kernel">The case's kernel.</param>
    public static IReadOnlyList<ImConvModelRun> On(double[,] image, double[,] kernel) =>
        [.. ImConvMistakes.All.Select(model => Of(model, image, kernel))];

    /// <summary>True when the student's run on this case is what this model gives.</summary>
    /// <param name="result">What the student returned, or null.</param>
    /// <param name="error">What the student threw, or null.</param>
    public bool Agrees(double[,]? result, Exception? error) =>
        error is not null ? error is IndexOutOfRangeException && Threw
        : !Threw && Value is not null && NumberText.Same(Value, result);

    private static ImConvModelRun Of(ImConvMistakes.Model model, double[,] image, double[,] kernel)
    {
        try
        {
            return new(model, model.Result(image, kernel), false);
        }
        catch (IndexOutOfRangeException)
        {
            return new(model, null, true);
        }
    }
}
