using Convolution.Teaching.Notebooks.Pages;
using System.Globalization;
using System.Net;
using System.Text;
using Convolution.Teaching.Notebooks;
using Microsoft.Data.Analysis;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Writes the gradebook: gradebook.csv (one row per submission: its path in the folder, the lesson, one column per check
/// with the points earned, the total, the maximum, the seconds it took, how it ran, the first line of feedback of each
/// check not passed, and notes), gradebook.html (the same as a table, then the files not graded), and for each submission
/// a feedback page and a Gradescope results.json at its own path below the folder, so same-named files never meet.
/// </summary>
public static class GradebookWriter
{
    /// <summary>Writes everything into <paramref name="folder"/> (a fresh folder) and returns the CSV's path.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="run">What grading found.</param>
    public static string Write(string folder, GradingRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        IReadOnlyList<GradedSubmission> rows = run.Rows;
        Directory.CreateDirectory(folder);
        string[] checks = [.. rows.SelectMany(r => r.MaxPoints.Keys).Distinct(StringComparer.Ordinal)];
        string[] header = ["submission", "lesson", .. checks, "points", "max_points", "seconds", "sandbox", "feedback", "notes"];
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", header.Select(Csv)));
        foreach (GradedSubmission row in rows)
        {
            csv.AppendLine(string.Join(",", Cells(row, checks).Select(Csv)));
        }

        string csvPath = Path.Combine(folder, "gradebook.csv");
        File.WriteAllText(csvPath, csv.ToString());
        var columns = header.Select((h, i) => (DataFrameColumn)new StringDataFrameColumn(h, rows.Select(r => Cells(r, checks)[i]))).ToList();
        string skipped = run.Skipped.Count == 0 ? "" : "<h2>Files not graded</h2><ul>" +
            string.Concat(run.Skipped.Select(s => $"<li>{HtmlText.Escape(s.Name)}: {HtmlText.Escape(s.Why)}</li>")) + "</ul>";
        File.WriteAllText(Path.Combine(folder, "gradebook.html"),
            Page("Gradebook", $"<p>{HtmlText.Escape(run.Sandbox)}</p>" + DataFrameHtml.Render(new DataFrame(columns), rows.Count) + skipped));
        foreach (GradedSubmission row in rows)
        {
            string stem = Path.Combine(folder, Path.ChangeExtension(row.Name, null));
            Directory.CreateDirectory(Path.GetDirectoryName(stem)!);
            File.WriteAllText(stem + ".feedback.html", Page($"Feedback: {row.Name}", FeedbackBody(row)));
            File.WriteAllText(stem + ".results.json", GradescopeResults.For(row));
        }

        return csvPath;
    }

    private static string[] Cells(GradedSubmission row, string[] checks) =>
    [
        row.Name,
        row.Lesson ?? "",
        .. checks.Select(c => row.Points.TryGetValue(c, out int p) ? p.ToString(CultureInfo.InvariantCulture) : ""),
        row.Score.ToString(CultureInfo.InvariantCulture),
        row.OutOf.ToString(CultureInfo.InvariantCulture),
        row.Seconds.ToString("0.0", CultureInfo.InvariantCulture),
        row.Sandboxed ? "yes" : "no",
        string.Join("; ", row.Feedback.Select(f => $"{f.Key}: {f.Value}")),
        string.Join("; ", row.Notes),
    ];

    private static string FeedbackBody(GradedSubmission row)
    {
        var html = new StringBuilder($"<p>Lesson: {HtmlText.Escape(row.Lesson ?? "unknown")}. Score: {row.Score} of {row.OutOf}.</p><ul>");
        foreach ((string check, int max) in row.MaxPoints)
        {
            int score = row.Points.TryGetValue(check, out int p) ? p : 0;
            string words = score == max ? "passed" : "not yet: " + (row.Feedback.TryGetValue(check, out string? f) ? f : "");
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{HtmlText.Escape(check)}</b> ({score} of {max}): {HtmlText.Escape(words)}</li>");
        }

        html.Append("</ul>");
        foreach (string note in row.Notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Escape(note)}</p>");
        }

        return html.ToString();
    }

    private static string Page(string title, string body) =>
        $"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{HtmlText.Escape(title)}</title></head>\n<body><h1>{HtmlText.Escape(title)}</h1>\n{body}\n</body></html>\n";

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.</summary>
    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
