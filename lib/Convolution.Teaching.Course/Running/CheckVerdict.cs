using Convolution.Teaching.Notebooks.Pages;
using System.Text.Json;
using System.Text.Json.Nodes;
using Convolution.Teaching.Exercises;

namespace Convolution.Teaching.Course.Running;

/// <summary>
/// What an exercise check cell showed: the exercise, whether it passed, and the checker's feedback as text. Read from
/// the result's data (<see cref="CheckResult.MimeType"/>, JSON), never from its HTML or its words, and never from a cell
/// error: a check never throws, so Run All goes on past an unfinished exercise.
/// </summary>
/// <param name="Exercise">The exercise the result names.</param>
/// <param name="Passed">Whether the answer passed.</param>
/// <param name="Feedback">The checker's words: the headline, the summary and the details, one per line.</param>
/// <param name="Data">The result's data as shown, which a grader replays (<see cref="Convolution.Teaching.Exercises.Evidence.CheckReplay"/>).</param>
public sealed record CheckVerdict(string Exercise, bool Passed, string Feedback, string Data)
{
    /// <summary>The checker's one or two sentences (the result's <c>summary</c> field), or empty when the data has none.</summary>
    public string Summary
    {
        get
        {
            try
            {
                return JsonNode.Parse(Data)?["summary"] is JsonValue v && v.TryGetValue(out string? summary) ? summary : "";
            }
            catch (JsonException)
            {
                return "";
            }
        }
    }

    /// <summary>The verdict of a result the course computed itself (a grader's replay).</summary>
    /// <param name="result">The result.</param>
    public static CheckVerdict Of(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CheckVerdict(result.ExerciseName, result.Passed, result.ToString(), result.ToJson());
    }

    /// <summary>This verdict as a cell output (HTML, text and data), for an executed copy.</summary>
    public CellOutput Output => new(OutputKind.Result, new Dictionary<string, string>
    {
        ["text/html"] = "<div class=\"check-result\"><pre style=\"white-space:pre-wrap\">" + HtmlText.Escape(Feedback) + "</pre></div>",
        ["text/plain"] = Feedback,
        [CheckResult.MimeType] = Data,
    });

    /// <summary>Every check result among a cell's outputs, in order (a cell that shows more than one is suspect).</summary>
    /// <param name="outputs">The cell's outputs.</param>
    public static IReadOnlyList<CheckVerdict> AllFrom(IReadOnlyList<CellOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var verdicts = new List<CheckVerdict>();
        foreach (CellOutput output in outputs)
        {
            if (output.Data.TryGetValue(CheckResult.MimeType, out string? json) && FromJson(json) is { } verdict)
            {
                verdicts.Add(verdict);
            }
        }

        return verdicts;
    }

    /// <summary>The last check result among a cell's outputs, or null when the cell showed none.</summary>
    /// <param name="outputs">The cell's outputs.</param>
    public static CheckVerdict? From(IReadOnlyList<CellOutput> outputs) => AllFrom(outputs).LastOrDefault();

    /// <summary>
    /// The verdict in a check result's data (<see cref="CheckResult.ToJson"/>), wherever it was shown: a kernel's display
    /// under <see cref="CheckResult.MimeType"/>, or a lesson app's result file; null when it is not such data.
    /// </summary>
    /// <param name="json">The result's data.</param>
    public static CheckVerdict? FromJson(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject o)
            {
                return null;
            }

            string exercise = (string?)o["exercise"] ?? "";
            bool passed = (bool?)o["passed"] ?? false;
            IEnumerable<string> details = o["details"] is JsonArray d ? d.Select(l => (string?)l ?? "") : [];
            string feedback = string.Join('\n', new[] { $"{(passed ? "PASSED" : "NOT YET")}: {exercise}", (string?)o["summary"] ?? "" }.Concat(details));
            return new CheckVerdict(exercise, passed, feedback, json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
