using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// A submission's results in the form Gradescope's autograder reads (results.json): the score, and one test per check
/// with its score, maximum and feedback. Other graders that take this form (Classroom tools, CI) need only this file.
/// </summary>
public static class GradescopeResults
{
    /// <summary>The results.json text for <paramref name="row"/>.</summary>
    /// <param name="row">A graded submission.</param>
    public static string For(GradedSubmission row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var tests = new JsonArray();
        foreach ((string check, int max) in row.MaxPoints)
        {
            int score = row.Points.TryGetValue(check, out int p) ? p : 0;
            tests.Add(new JsonObject
            {
                ["name"] = check,
                ["score"] = score,
                ["max_score"] = max,
                ["output"] = score == max ? "Passed." : row.Feedback.TryGetValue(check, out string? f) ? f : "Not yet.",
                ["visibility"] = "visible",
            });
        }

        return new JsonObject
        {
            ["score"] = row.Score,
            ["output"] = row.Notes.Count == 0 ? $"Graded as {row.Lesson}." : $"Graded as {row.Lesson ?? "no lesson"}. " + string.Join(" ", row.Notes.Select(n => n.TrimEnd('.') + ".")),
            ["visibility"] = "visible",
            ["tests"] = tests,
        }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
