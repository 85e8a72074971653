namespace Convolution.Teaching.Course.Grading;

/// <summary>Grading cannot start; the message names the problem and the fix, and the last gradebook stays as it was.</summary>
/// <param name="message">What is wrong and what to do.</param>
/// <param name="skipped">The files of the folder that were not notebooks, to list with the message.</param>
/// <param name="missingPrerequisite">True when something must be installed (a sandbox), false for a mistake in the command.</param>
public sealed class GradingException(string message, IReadOnlyList<SkippedFile> skipped, bool missingPrerequisite = false) : Exception(message)
{
    /// <summary>The files of the folder that were skipped, with why.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; } = skipped;

    /// <summary>True when something must be installed first (a sandbox), false for a mistake in the command.</summary>
    public bool MissingPrerequisite { get; } = missingPrerequisite;
}
