namespace Convolution.Teaching.Course.Grading;

/// <summary>One row of the gradebook: a submitted notebook and what each of its exercise checks said.</summary>
/// <param name="FileName">The submission's file name in the graded folder.</param>
/// <param name="Lesson">The lesson it is a copy of (e.g. 05-task2-im-conv.ipynb), or null when that could not be told.</param>
/// <param name="Passed">Per exercise (its // CHECK: name): true or false; an exercise whose check never ran is absent.</param>
/// <param name="Feedback">Per exercise that did not pass: the first line of the checker's feedback.</param>
/// <param name="Notes">What grading did or saw besides the checks: restored check cells, a timeout, why it did not run.</param>
public sealed record GradedSubmission(
    string FileName,
    string? Lesson,
    IReadOnlyDictionary<string, bool> Passed,
    IReadOnlyDictionary<string, string> Feedback,
    IReadOnlyList<string> Notes);
