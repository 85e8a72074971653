using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// The command line of <c>course grade FOLDER [--lesson NAME] [--memory MB] [--unsandboxed] [--timeout SECONDS]
/// [--cell-timeout SECONDS]</c>, and of <c>course grade --gradescope [--submission DIR] [--results FILE]</c>.
/// </summary>
public sealed class GradeSettings : TimeoutSettings
{
    /// <summary>Set by scripts/course.sh: the folder the command was typed in (the script itself moves to the repository).</summary>
    public const string CallerDirectoryVariable = "COURSE_CALLER_DIR";

    /// <summary>The folder of submitted notebooks (searched recursively; never written into).</summary>
    [CommandArgument(0, "[folder]")]
    [Description("The folder of submitted notebooks, searched recursively and never written into; relative to where you typed the command.")]
    public string? Folder { get; init; }

    /// <summary>When given, the one lesson the submissions must be copies of (e.g. 05-task2-im-conv.ipynb).</summary>
    [CommandOption("--lesson <NAME>")]
    [Description("The lesson every submission is graded as, e.g. 05-task2-im-conv.ipynb; without it each is told by its cells.")]
    public string? Lesson { get; init; }

    /// <summary>The memory limit of one submission's kernel, in megabytes.</summary>
    [CommandOption("--memory <MB>")]
    [Description("The memory limit of one submission's kernel, in megabytes.")]
    [DefaultValue(2048)]
    public int MemoryMegabytes { get; init; } = 2048;

    /// <summary>Grade without a sandbox where none can be had (only for submissions the instructor trusts).</summary>
    [CommandOption("--unsandboxed")]
    [Description("Where no sandbox can be had (not Linux, no bubblewrap): run the submissions as yourself anyway. Only for submissions you trust; every row says so.")]
    public bool Unsandboxed { get; init; }

    /// <summary>Gradescope's autograder: grade its submission folder and write its results.json.</summary>
    [CommandOption("--gradescope")]
    [Description("Run as Gradescope's run_autograder: grade --submission and write one results.json to --results.")]
    public bool Gradescope { get; init; }

    /// <summary>With --gradescope: the submission folder.</summary>
    [CommandOption("--submission <DIR>")]
    [Description("With --gradescope: the student's files.")]
    [DefaultValue("/autograder/submission")]
    public string Submission { get; init; } = "/autograder/submission";

    /// <summary>With --gradescope: where results.json goes.</summary>
    [CommandOption("--results <FILE>")]
    [Description("With --gradescope: where results.json is written.")]
    [DefaultValue("/autograder/results/results.json")]
    public string Results { get; init; } = "/autograder/results/results.json";

    /// <summary>The folder to grade as a full path: relative to where the command was typed.</summary>
    public string FullFolder => Path.GetFullPath(Gradescope ? Submission : Folder ?? "", CallerDirectory);

    /// <summary>Where the command was typed (scripts/course.sh passes it on), else the current directory.</summary>
    public static string CallerDirectory =>
        Environment.GetEnvironmentVariable(CallerDirectoryVariable) is { Length: > 0 } dir && Directory.Exists(dir) ? dir : Environment.CurrentDirectory;

    /// <summary>Refuses a folder that does not exist, a memory limit too small for the kernel, and the time limits' own mistakes.</summary>
    public override ValidationResult Validate()
    {
        ValidationResult limits = base.Validate();
        return !limits.Successful ? limits
            : !Gradescope && Folder is null ? ValidationResult.Error("give the folder that holds the submitted notebooks: course grade FOLDER (or --gradescope)")
            : MemoryMegabytes < 512 ? ValidationResult.Error($"--memory needs at least 512 MB for the kernel itself (got {MemoryMegabytes}), e.g. --memory 2048")
            : !Directory.Exists(FullFolder) ? ValidationResult.Error($"the folder '{FullFolder}' does not exist: give the folder that holds the submitted notebooks")
            : ValidationResult.Success();
    }
}
