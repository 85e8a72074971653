namespace Convolution.Teaching.Exercises;

/// <summary>Collects the lines of one check, then passes or fails it (a result either way: a check cell never throws, so Run All goes on).</summary>
internal sealed class Feedback(string exerciseName)
{
    private readonly List<string> details = [];

    /// <summary>The exercise being checked.</summary>
    public string ExerciseName { get; } = exerciseName;

    /// <summary>Adds a line for a part that is right.</summary>
    public void Ok(string line) => details.Add("  ✓ " + line);

    /// <summary>Adds a plain line (a measurement, a skipped part).</summary>
    public void Note(string line) => details.Add("  " + line);

    /// <summary>The passing result, with every line collected so far.</summary>
    public CheckResult Pass(string summary) => new(ExerciseName, passed: true, summary, details);

    /// <summary>The failing result: the diagnosis, then the lines collected so far, then any hints.</summary>
    public CheckResult Fail(string diagnosis, params string[] hints)
    {
        var lines = new List<string>(details);
        lines.AddRange(hints.Select(h => "  " + h));
        return new CheckResult(ExerciseName, passed: false, diagnosis, lines);
    }
}
