using System.ComponentModel;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The command line of <c>course check [path ...] [--timeout SECONDS] [--cell-timeout SECONDS]</c>.</summary>
public sealed class CheckSettings : TimeoutSettings
{
    /// <summary>Notebooks or folders (searched recursively); none means notebooks/.</summary>
    [CommandArgument(0, "[path]")]
    [Description("Notebooks (.ipynb) or folders to run; none means every notebook under notebooks/.")]
    public string[] Paths { get; init; } = [];

    /// <summary>What <see cref="CheckCommand.RunAsync"/> needs.</summary>
    public CheckOptions ToOptions() => ToOptions(Paths);
}
