namespace Convolution.Teaching.Course.Grading;

/// <summary>One row of the gradebook: a submitted notebook and what the grader decided for each of its lesson's checks.</summary>
/// <param name="Name">The submission's path relative to the graded folder ('/' separators): unique, even for same-named files.</param>
/// <param name="Lesson">The lesson it was graded as (e.g. 05-task2-im-conv.ipynb), or null when it could not be graded.</param>
/// <param name="Points">Per check of the lesson (its // CHECK: name), in the lesson's order: the points earned (0 when it did not pass or never ran).</param>
/// <param name="MaxPoints">Per check: what it is worth.</param>
/// <param name="Feedback">Per check that did not pass: the first line of the grader's feedback.</param>
/// <param name="Notes">What grading did or saw besides the checks: restored cells, limits hit, why it did not run.</param>
/// <param name="Seconds">How long its grading took, kernel start to last cell.</param>
/// <param name="Sandbox">How it ran, in words: the sandbox, or "unsandboxed" when the instructor chose so.</param>
/// <param name="Sandboxed">Whether it ran in the sandbox (the gradebook's column reads this, never the words).</param>
public sealed record GradedSubmission(
    string Name,
    string? Lesson,
    IReadOnlyDictionary<string, int> Points,
    IReadOnlyDictionary<string, int> MaxPoints,
    IReadOnlyDictionary<string, string> Feedback,
    IReadOnlyList<string> Notes,
    double Seconds,
    string Sandbox,
    bool Sandboxed = true)
{
    /// <summary>The points earned in all.</summary>
    public int Score => Points.Values.Sum();

    /// <summary>The most points the lesson gives.</summary>
    public int OutOf => MaxPoints.Values.Sum();
}
