namespace Convolution.Teaching.Course.Grading;

/// <summary>A notebook to grade.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Name">Its path relative to the submissions folder, with '/' separators: the gradebook's row name.</param>
public sealed record FoundSubmission(string Path, string Name);
