namespace Convolution.Teaching.Course.Grading;

/// <summary>A file in the submissions folder that is not graded, and why.</summary>
/// <param name="Name">Its path relative to the folder.</param>
/// <param name="Why">Why it is not graded.</param>
public sealed record SkippedFile(string Name, string Why);
