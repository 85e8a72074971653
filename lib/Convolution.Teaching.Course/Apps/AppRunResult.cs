using System.Globalization;
using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Apps;

/// <summary>How one run of a lesson app (<c>dotnet run notebooks/apps/NN-topic.cs</c>) went.</summary>
/// <param name="AppPath">The app.</param>
/// <param name="ExitCode">The process's exit code (-1 when it was stopped at the time limit).</param>
/// <param name="Seconds">Wall time, build included.</param>
/// <param name="Output">Standard output and error, as the terminal showed them.</param>
/// <param name="TimedOut">True when it ran past the time limit and was stopped.</param>
public sealed partial record AppRunResult(string AppPath, int ExitCode, double Seconds, string Output, bool TimedOut)
{
    /// <summary>The code cells whose exercise check did not pass, from the app's closing line.</summary>
    public IReadOnlyList<int> FailedCheckCells =>
        [.. NotPassed().Matches(Output).SelectMany(m => CellNumber().Matches(m.Value)).Select(c => int.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>Where the app says it wrote its page, or null when it did not get that far.</summary>
    public string? PagePath => PageLine().Match(Output) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    /// <summary>The cell whose exception stopped the app, or null.</summary>
    public int? CrashedCell => CrashLine().Match(Output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"exercise check\(s\) not passed yet: .*")]
    private static partial Regex NotPassed();

    [GeneratedRegex(@"cell (\d+) \(")]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"^Page: (.+)$", RegexOptions.Multiline)]
    private static partial Regex PageLine();

    [GeneratedRegex(@"^Cell (\d+) failed: ", RegexOptions.Multiline)]
    private static partial Regex CrashLine();
}
