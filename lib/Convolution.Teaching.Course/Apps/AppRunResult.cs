using System.Text.Json;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Notebooks.Apps;

namespace Convolution.Teaching.Course.Apps;

/// <summary>
/// How one run of a lesson app (<c>dotnet run notebooks/apps/NN-topic.cs</c>) went. What it decided is read from the result
/// the app's library wrote (<see cref="AppResult"/>, at the path <see cref="AppProcess"/> passed it), never from its printed
/// lines: those are the reader's, and a lesson's or a student's code can print anything.
/// </summary>
/// <param name="AppPath">The app.</param>
/// <param name="ExitCode">The process's exit code (-1 when it was stopped at the time limit).</param>
/// <param name="Seconds">Wall time, build included.</param>
/// <param name="Output">Standard output and error, as the terminal showed them (for people to read).</param>
/// <param name="TimedOut">True when it ran past the time limit and was stopped.</param>
/// <param name="ResultJson">The result file's text, or null when the app wrote none (it did not build, or stopped before its setup call).</param>
public sealed record AppRunResult(string AppPath, int ExitCode, double Seconds, string Output, bool TimedOut, string? ResultJson)
{
    /// <summary>The app's result, or null when it wrote none or one that cannot be read (<see cref="ResultProblem"/> says which).</summary>
    public AppResult? Result => Read().Result;

    /// <summary>Why there is no <see cref="Result"/>, in a sentence; null when there is one.</summary>
    public string? ResultProblem => Read().Problem;

    /// <summary>Where the app wrote its page, or null when it wrote no result.</summary>
    public string? PagePath => Result?.Page;

    /// <summary>The code cells the app declares exercise check cells, in order.</summary>
    public IReadOnlyList<int> CheckCells => [.. Checks.Select(c => c.Cell)];

    /// <summary>Every exercise check cell, with its check's verdict as the kernel's data says it (null when it showed none).</summary>
    public IReadOnlyList<(int Cell, string Check, CheckVerdict? Verdict)> Checks =>
        [.. (Result?.Cells ?? []).Where(c => c.Check is not null).Select(c => (c.Cell, c.Check!, Verdict(c)))];

    /// <summary>The code cells whose exercise check did not pass.</summary>
    public IReadOnlyList<int> FailedCheckCells => [.. Checks.Where(c => c.Verdict is not { Passed: true }).Select(c => c.Cell)];

    /// <summary>The cell whose exception stopped the app, or null.</summary>
    public int? CrashedCell => Result is { Completed: false, Cells: [.., { Status: AppCellResult.Threw } last] } ? last.Cell : null;

    /// <summary>The verdict of the check result a cell showed, read as the kernel's is (<see cref="CheckVerdict.FromJson"/>).</summary>
    internal static CheckVerdict? Verdict(AppCellResult cell) => cell.Result is { } json ? CheckVerdict.FromJson(json.ToJsonString()) : null;

    private (AppResult? Result, string? Problem) Read()
    {
        if (ResultJson is null)
        {
            return (null, "it wrote no result file: it stopped before its first cell (a build error, or no Display.Start), so nothing it decided is known; its output says why");
        }

        try
        {
            AppResult result = AppResult.Parse(ResultJson);
            return Path.GetFullPath(result.App) == Path.GetFullPath(AppPath)
                ? (result, null)
                : (null, $"its result file is another app's ({result.App}), so nothing this run decided is known");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return (null, $"its result file is not a lesson app's result ({e.Message}), so nothing it decided is known");
        }
    }
}
