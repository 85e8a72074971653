namespace Convolution.Teaching.Exercises.Evidence;

/// <summary>A check's record does not fit the check the grader replays: the check cell was changed, or its output forged.</summary>
/// <param name="message">What does not fit.</param>
public sealed class EvidenceMismatchException(string message) : Exception(message);
