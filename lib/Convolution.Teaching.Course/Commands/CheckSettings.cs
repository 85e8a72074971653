using System.ComponentModel;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The command line of <c>course check [path ...] [--apps] [--timeout SECONDS] [--cell-timeout SECONDS]</c>.</summary>
public sealed class CheckSettings : TimeoutSettings
{
    /// <summary>Notebooks or folders (searched recursively); none means notebooks/.</summary>
    [CommandArgument(0, "[path]")]
    [Description("Notebooks (.ipynb) or folders to run; none means every notebook under notebooks/.")]
    public string[] Paths { get; init; } = [];

    /// <summary>Run the lessons' file-based apps (notebooks/apps/, or the .cs paths given) instead of the notebooks.</summary>
    [CommandOption("--apps")]
    [Description("Run the lessons' file-based apps (dotnet run notebooks/apps/*.cs, student copies' too) instead of the notebooks; paths, if any, are app files.")]
    public bool Apps { get; init; }

    /// <summary>What <see cref="CheckCommand.RunAsync"/> needs.</summary>
    public CheckOptions ToOptions() => ToOptions(Paths);
}
