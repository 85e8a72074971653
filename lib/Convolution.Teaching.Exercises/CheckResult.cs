using System.Text;

namespace Convolution.Teaching.Exercises;

/// <summary>
/// What an exercise check found: which exercise, whether it passed, a one-line summary in a
/// student's words and the lines of detail behind it. <see cref="ToString"/> is the readable text; how it
/// looks in a notebook is the Notebooks library's business (feedback here is data, not HTML).
/// </summary>
public sealed class CheckResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="exerciseName">The exercise, e.g. "ImConv".</param>
    /// <param name="passed">True when the answer is right.</param>
    /// <param name="summary">One or two sentences for the student.</param>
    /// <param name="details">What was checked and what was seen, one line each.</param>
    public CheckResult(string exerciseName, bool passed, string summary, IEnumerable<string>? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exerciseName);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ExerciseName = exerciseName;
        Passed = passed;
        Summary = summary;
        Details = (details ?? []).ToArray();
    }

    /// <summary>The exercise, e.g. "ImConv".</summary>
    public string ExerciseName { get; }

    /// <summary>True when the answer is right.</summary>
    public bool Passed { get; }

    /// <summary>One or two sentences for the student: what is right, or the specific mistake.</summary>
    public string Summary { get; }

    /// <summary>What was checked and what was seen, one line each (may span several lines).</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>The readable feedback: a headline, the summary, then the details.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Passed ? $"PASSED: {ExerciseName}" : $"NOT YET: {ExerciseName}").Append('\n').Append(Summary);
        foreach (string line in Details)
        {
            text.Append('\n').Append(line);
        }

        return text.ToString();
    }
}
