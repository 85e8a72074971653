using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The command line of <c>course grade FOLDER [--lesson NAME] [--timeout SECONDS] [--cell-timeout SECONDS]</c>.</summary>
public sealed class GradeSettings : TimeoutSettings
{
    /// <summary>The folder of submitted notebooks (searched recursively; never written into).</summary>
    [CommandArgument(0, "<folder>")]
    [Description("The folder of submitted notebooks (searched recursively; nothing is ever written into it).")]
    public string Folder { get; init; } = "";

    /// <summary>When given, the one lesson the submissions must be copies of (e.g. 05-task2-im-conv.ipynb).</summary>
    [CommandOption("--lesson <NAME>")]
    [Description("The lesson every submission must be a copy of, e.g. 05-task2-im-conv.ipynb; others get a row that says so.")]
    public string? Lesson { get; init; }

    /// <summary>Refuses a folder that does not exist, and the time limits' own mistakes.</summary>
    public override ValidationResult Validate()
    {
        ValidationResult limits = base.Validate();
        return !limits.Successful ? limits
            : !Directory.Exists(Folder) ? ValidationResult.Error($"the folder '{Folder}' does not exist: give the folder that holds the submitted notebooks")
            : ValidationResult.Success();
    }
}
