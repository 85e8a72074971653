using System.Text.RegularExpressions;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Apps;

/// <summary>
/// Whether a lesson app ran as it should: a lesson's app exits 0 with every check passed; a student copy's app fails
/// exactly at its check cells (the exercises are stubs), exit code 1, and nowhere else. Both write their page.
/// </summary>
public static partial class AppVerdict
{
    /// <summary>The code cells of an app that are exercise checks (<c>Display.Cell(N);</c> followed by <c>// CHECK:</c>).</summary>
    /// <param name="appText">The app's source.</param>
    public static IReadOnlyList<int> CheckCells(string appText) =>
        [.. CheckCell().Matches(appText ?? "").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>What is wrong with the run, in sentences; empty when it went as expected.</summary>
    /// <param name="result">The run.</param>
    public static IReadOnlyList<string> Problems(AppRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problems = new List<string>();
        if (result.TimedOut)
        {
            return [$"it ran past its time limit ({result.Seconds:0} s) and was stopped"];
        }

        bool student = ExerciseMarker.IsStudentCopy(result.AppPath);
        IReadOnlyList<int> checks = student ? CheckCells(File.ReadAllText(result.AppPath)) : [];
        int expectedExit = checks.Count > 0 ? 1 : 0;
        if (result.CrashedCell is int cell)
        {
            problems.Add($"cell {cell} threw an exception, which stopped the app");
        }

        if (result.ExitCode != expectedExit)
        {
            problems.Add($"exit code {result.ExitCode}, expected {expectedExit}");
        }

        if (!result.FailedCheckCells.SequenceEqual(checks))
        {
            problems.Add($"failed checks in cells [{string.Join(", ", result.FailedCheckCells)}], expected [{string.Join(", ", checks)}]");
        }

        if (result.PagePath is not { } page || !File.Exists(page))
        {
            problems.Add("it wrote no page");
        }

        return problems;
    }

    [GeneratedRegex(@"^Display\.Cell\((\d+)\);\r?\n// CHECK:", RegexOptions.Multiline)]
    private static partial Regex CheckCell();
}
