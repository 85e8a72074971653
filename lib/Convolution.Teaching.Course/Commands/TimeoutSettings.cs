using System.Globalization;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The time limits of <c>course build</c>, and of <c>course check</c> (which adds paths).</summary>
public class TimeoutSettings : CommandSettings
{
    /// <summary>Time limit per notebook, in seconds.</summary>
    [CommandOption("--timeout <SECONDS>")]
    [Description("Time limit per notebook, in seconds.")]
    [DefaultValue(CheckOptions.DefaultTimeoutSeconds)]
    public int TimeoutSeconds { get; init; } = CheckOptions.DefaultTimeoutSeconds;

    /// <summary>Time limit per cell, in seconds; never more than <see cref="TimeoutSeconds"/>.</summary>
    [CommandOption("--cell-timeout <SECONDS>")]
    [Description("Time limit per cell, in seconds (never more than --timeout).")]
    [DefaultValue(CheckOptions.DefaultCellTimeoutSeconds)]
    public int CellTimeoutSeconds { get; init; } = CheckOptions.DefaultCellTimeoutSeconds;

    /// <summary>Refuses a limit of 0 or less: the parser already refused what is not a whole number.</summary>
    public override ValidationResult Validate() =>
        TimeoutSeconds <= 0 ? NotPositive("--timeout", TimeoutSeconds)
        : CellTimeoutSeconds <= 0 ? NotPositive("--cell-timeout", CellTimeoutSeconds)
        : ValidationResult.Success();

    /// <summary>The limits with <paramref name="paths"/>, the cell limit capped at the notebook limit.</summary>
    /// <param name="paths">Notebooks or folders; empty means notebooks/.</param>
    public CheckOptions ToOptions(IReadOnlyList<string> paths) =>
        new(paths, TimeSpan.FromSeconds(TimeoutSeconds), TimeSpan.FromSeconds(Math.Min(CellTimeoutSeconds, TimeoutSeconds)));

    /// <summary>
    /// Says which seconds option in <paramref name="args"/> lacks a whole number, or null when none does. The parser's
    /// own message ("Failed to convert 'abc' to Int32") names neither the option nor the fix.
    /// </summary>
    /// <param name="args">The command line as typed.</param>
    internal static string? BadSeconds(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "--timeout" or "--cell-timeout"
                && (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) || seconds <= 0))
            {
                string got = i + 1 < args.Count ? $"'{args[i + 1]}'" : "nothing";
                return $"{args[i]} needs a whole number of seconds greater than 0 (got {got}), e.g. {args[i]} 300.";
            }
        }

        return null;
    }

    private static ValidationResult NotPositive(string option, int got) =>
        ValidationResult.Error($"{option} needs a whole number of seconds greater than 0 (got {got}), e.g. {option} 300.");
}
