namespace Convolution.Teaching.Course.Grading;

/// <summary>What one grading of a folder found: a row per notebook, the files it did not grade and why, and how it ran.</summary>
/// <param name="Rows">One per notebook, in the folder's order.</param>
/// <param name="Skipped">Every other file, with why.</param>
/// <param name="Sandbox">How the submissions ran (the sandbox's description, or the unsandboxed choice).</param>
public sealed record GradingRun(IReadOnlyList<GradedSubmission> Rows, IReadOnlyList<SkippedFile> Skipped, string Sandbox);
