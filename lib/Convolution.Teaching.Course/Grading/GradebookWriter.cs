using System.Globalization;
using System.Net;
using System.Text;
using Convolution.Teaching.Notebooks;
using Microsoft.Data.Analysis;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Writes the gradebook: gradebook.csv (one row per submission: its file name, one column per exercise named by its
/// <c>// CHECK:</c> name with 1 or 0, then the first line of feedback of each failure, then notes), gradebook.html
/// (the same as a table), and one feedback page per submission.
/// </summary>
public static class GradebookWriter
{
    /// <summary>Writes the three kinds of file into <paramref name="folder"/> and returns the CSV's path.</summary>
    /// <param name="folder">The output folder (artifacts/grades).</param>
    /// <param name="rows">The graded submissions.</param>
    public static string Write(string folder, IReadOnlyList<GradedSubmission> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(folder);
        string[] exercises = [.. rows.SelectMany(r => r.Passed.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", new[] { "submission", "lesson" }.Concat(exercises).Append("feedback").Append("notes").Select(Csv)));
        foreach (GradedSubmission row in rows)
        {
            IEnumerable<string> marks = exercises.Select(e => row.Passed.TryGetValue(e, out bool ok) ? (ok ? "1" : "0") : "");
            csv.AppendLine(string.Join(",", new[] { row.FileName, row.Lesson ?? "" }.Concat(marks).Append(Feedback(row)).Append(string.Join("; ", row.Notes)).Select(Csv)));
        }

        string csvPath = Path.Combine(folder, "gradebook.csv");
        File.WriteAllText(csvPath, csv.ToString());
        File.WriteAllText(Path.Combine(folder, "gradebook.html"), Page("Gradebook", DataFrameHtml.Render(Frame(rows, exercises), rows.Count)));
        foreach (GradedSubmission row in rows)
        {
            File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(row.FileName, ".feedback.html")), Page($"Feedback: {row.FileName}", FeedbackBody(row)));
        }

        return csvPath;
    }

    private static DataFrame Frame(IReadOnlyList<GradedSubmission> rows, string[] exercises)
    {
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("submission", rows.Select(r => r.FileName)) };
        columns.AddRange(exercises.Select(e => new StringDataFrameColumn(e, rows.Select(r => r.Passed.TryGetValue(e, out bool ok) ? (ok ? "1" : "0") : ""))));
        columns.Add(new StringDataFrameColumn("feedback", rows.Select(Feedback)));
        columns.Add(new StringDataFrameColumn("notes", rows.Select(r => string.Join("; ", r.Notes))));
        return new DataFrame(columns);
    }

    private static string Feedback(GradedSubmission row) => string.Join("; ", row.Feedback.Select(f => $"{f.Key}: {f.Value}"));

    private static string FeedbackBody(GradedSubmission row)
    {
        var html = new StringBuilder($"<p>Lesson: {WebUtility.HtmlEncode(row.Lesson ?? "unknown")}</p><ul>");
        foreach ((string exercise, bool ok) in row.Passed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string words = ok ? "passed" : "not yet: " + (row.Feedback.TryGetValue(exercise, out string? f) ? f : "");
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{WebUtility.HtmlEncode(exercise)}</b>: {WebUtility.HtmlEncode(words)}</li>");
        }

        html.Append("</ul>");
        foreach (string note in row.Notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(note)}</p>");
        }

        return html.ToString();
    }

    private static string Page(string title, string body) =>
        $"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>\n<body><h1>{WebUtility.HtmlEncode(title)}</h1>\n{body}\n</body></html>\n";

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.</summary>
    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
