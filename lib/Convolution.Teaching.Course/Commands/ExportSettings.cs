using System.ComponentModel;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Export;
using Spectre.Console.Cli;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The command line of <c>course export [--from FOLDER] [--to FOLDER]</c>.</summary>
public sealed class ExportSettings : CommandSettings
{
    /// <summary>The folder of executed notebooks; null means artifacts/executed/.</summary>
    [CommandOption("--from <FOLDER>")]
    [Description("The folder of executed notebooks (what `course check` writes). Default: artifacts/executed/.")]
    public string? From { get; init; }

    /// <summary>The site folder; null means <see cref="ExportCommand.DefaultOutput"/>.</summary>
    [CommandOption("--to <FOLDER>")]
    [Description("The site folder, replaced on every export. Default: " + ExportCommand.DefaultOutput + "/.")]
    public string? To { get; init; }

    /// <summary>Refuses a --from folder that does not exist, naming the folders that do.</summary>
    public override ValidationResult Validate() =>
        From is null || Directory.Exists(From)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--from '{From}' does not exist. {ExportCommand.WhatExists(RepoPaths.Find())}");

    /// <summary>Where to read and write, with the defaults under <paramref name="repo"/>.</summary>
    /// <param name="repo">The repository.</param>
    public ExportOptions ToOptions(RepoPaths repo)
    {
        ArgumentNullException.ThrowIfNull(repo);
        string from = From is null ? repo.Executed : Path.GetFullPath(From);
        string to = Path.GetFullPath(To ?? Path.Combine(repo.Root, ExportCommand.DefaultOutput));
        return new ExportOptions(repo.Notebooks, from, to);
    }
}
