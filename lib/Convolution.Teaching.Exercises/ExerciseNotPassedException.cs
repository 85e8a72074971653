namespace Convolution.Teaching.Exercises;

/// <summary>
/// Thrown by an exercise check when the answer is not right yet, so the notebook cell turns red.
/// <see cref="Exception.Message"/> and <see cref="ToString"/> are the full feedback, and there is no
/// stack trace: the student sees what to fix, not where inside the checker the check failed.
/// </summary>
public sealed class ExerciseNotPassedException : Exception
{
    /// <summary>Creates the exception from a failed result.</summary>
    /// <param name="result">The result of the check; its text becomes the message.</param>
    public ExerciseNotPassedException(CheckResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).ToString())
    {
        Result = result;
    }

    /// <summary>The failed check: exercise name, summary and details.</summary>
    public CheckResult Result { get; }

    /// <summary>Always empty: the feedback is the whole story for a student.</summary>
    public override string StackTrace => string.Empty;

    /// <summary>The feedback only (no type name, no stack trace), which is what .NET Interactive shows for a failed cell.</summary>
    public override string ToString() => Message;
}
