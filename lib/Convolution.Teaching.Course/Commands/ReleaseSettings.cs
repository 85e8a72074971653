using System.ComponentModel;
using Convolution.Teaching.Course.Release;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The command line of <c>course release [--force]</c>.</summary>
public sealed class ReleaseSettings : CommandSettings
{
    /// <summary>Overwrite student copies that have hand edits (without it they are left alone, exit code 1).</summary>
    [CommandOption("--force")]
    [Description("Also overwrite student copies that have hand edits (without it they are left alone and the exit code is 1).")]
    public bool Force { get; init; }
}
