using System.Text;
using System.Text.Json.Nodes;

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

    /// <summary>
    /// The MIME type of a result as data (<see cref="ToJson"/>), shown beside its HTML and text. Programs (course check,
    /// course grade) read this, never the words or the HTML.
    /// </summary>
    public const string MimeType = "application/vnd.convolution-teaching.check+json";

    /// <summary>The exercise's <c>// CHECK:</c> name, e.g. "im-conv", or null for a result made by hand.</summary>
    public string? Check { get; private init; }

    /// <summary>
    /// In a graded kernel only: what the student's code did during the check (every call of their function, with what it
    /// returned), from which the grader decides the verdict again in its own process. Null otherwise.
    /// </summary>
    internal JsonObject? Evidence { get; private init; }

    /// <summary>This result named by its check cell, with the evidence recorded while it ran (if any).</summary>
    internal CheckResult For(string check, JsonObject? evidence) => new(ExerciseName, Passed, Summary, Details) { Check = check, Evidence = evidence, Hints = Hints };

    /// <summary>This result with the hints it shows recorded as data.</summary>
    internal CheckResult WithHints(IReadOnlyList<string> hints) => new(ExerciseName, Passed, Summary, Details) { Check = Check, Evidence = Evidence, Hints = [.. hints] };

    /// <summary>
    /// The hints this result shows, each one step (its lines joined by newlines), the last of them perhaps the exact line of
    /// the fix; also among <see cref="Details"/> as the student reads them. Empty when a first failure holds the fix back.
    /// </summary>
    public IReadOnlyList<string> Hints { get; internal init; } = [];

    /// <summary>
    /// The result as data: <c>{"check", "exercise", "passed", "summary", "details", "hints", "evidence"}</c> (evidence only in a graded kernel).
    /// </summary>
    public string ToJson() => new JsonObject
    {
        ["check"] = Check,
        ["exercise"] = ExerciseName,
        ["passed"] = Passed,
        ["summary"] = Summary,
        ["details"] = new JsonArray([.. Details.Select(d => (JsonNode)d)]),
        ["hints"] = new JsonArray([.. Hints.Select(h => (JsonNode)h)]),
        ["evidence"] = Evidence?.DeepClone(),
    }.ToJsonString();

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
