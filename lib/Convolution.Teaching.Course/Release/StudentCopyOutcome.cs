namespace Convolution.Teaching.Course.Release;

/// <summary>The result of generating one student copy.</summary>
/// <param name="SolutionPath">The solution notebook.</param>
/// <param name="StudentPath">The student copy.</param>
/// <param name="Status">What happened.</param>
/// <param name="Message">A sentence for the console.</param>
public sealed record StudentCopyOutcome(string SolutionPath, string StudentPath, StudentCopyStatus Status, string Message);
