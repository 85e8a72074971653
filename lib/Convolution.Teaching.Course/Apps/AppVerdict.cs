using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Notebooks.Apps;

namespace Convolution.Teaching.Course.Apps;

/// <summary>
/// Whether a lesson app ran as it should: a lesson's app exits 0 with every check passed; a student copy's app fails
/// exactly at its check cells (the exercises are stubs), exit code 1, and nowhere else. Both write their page. Decided
/// from the result the app's library wrote (<see cref="AppRunResult.Result"/>) and the exit code, never from printed lines.
/// </summary>
public static class AppVerdict
{
    /// <summary>What is wrong with the run, in sentences; empty when it went as expected.</summary>
    /// <param name="result">The run.</param>
    public static IReadOnlyList<string> Problems(AppRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.TimedOut)
        {
            return [$"it ran past its time limit ({result.Seconds:0} s) and was stopped"];
        }

        if (result.Result is not { } run)
        {
            return [result.ResultProblem!];
        }

        var problems = new List<string>();
        bool student = ExerciseMarker.IsStudentCopy(result.AppPath);
        foreach (AppCellResult cell in run.Cells)
        {
            if (cell.Status == AppCellResult.Threw)
            {
                string what = cell.Exception is { } e ? $"{e.Type} ({e.Message})" : "an exception";
                problems.Add($"cell {cell.Cell} threw {what}" + (result.CrashedCell == cell.Cell ? ", which stopped the app" : ""));
            }
            else if (cell.Status != AppCellResult.Ok)
            {
                problems.Add($"cell {cell.Cell} ended as \"{cell.Status}\", which is neither \"{AppCellResult.Ok}\" nor \"{AppCellResult.Threw}\"");
            }

            CheckVerdict? verdict = AppRunResult.Verdict(cell);
            if (cell.Check is null)
            {
                if (verdict is { Passed: false })
                {
                    problems.Add($"cell {cell.Cell} showed a check result that did not pass ({verdict.Exercise}), but it is not a check cell");
                }
            }
            else if (verdict is null)
            {
                problems.Add($"cell {cell.Cell} (check {cell.Check}) showed no check result");
            }
            else if (verdict.Passed && student)
            {
                problems.Add($"cell {cell.Cell} (check {cell.Check}) passed: a student copy's stub should say \"not yet\"");
            }
            else if (!verdict.Passed && !student)
            {
                problems.Add($"cell {cell.Cell} (check {cell.Check}) did not pass: {Summary(cell)}");
            }
        }

        if (!run.Completed && result.CrashedCell is null)
        {
            problems.Add("it stopped before its last cell (Display.End)");
        }

        int expectedExit = student && result.CheckCells.Count > 0 ? 1 : 0;
        if (result.ExitCode != expectedExit)
        {
            problems.Add($"exit code {result.ExitCode}, expected {expectedExit}");
        }

        if (!File.Exists(run.Page))
        {
            problems.Add("it wrote no page");
        }

        return problems;
    }

    /// The checker's summary, the check JSON's own field.
    private static string Summary(AppCellResult cell) => cell.Result?["summary"] is JsonValue v && v.TryGetValue(out string? summary) ? summary : "(no summary)";
}
