using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Release;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course;

/// <summary>
/// The <c>course</c> command line: <c>build</c> (the default), <c>release</c>, <c>check</c> and <c>export</c>, each
/// with <c>--help</c>. Parsing, usage texts and usage errors come from Spectre.Console.Cli; the exit codes are <see cref="ExitCode"/>.
/// </summary>
public static class CourseApp
{
    /// <summary>The command names, in the order the help lists them.</summary>
    public static readonly IReadOnlyList<string> Commands = ["build", "release", "check", "export", "prepare", "grade"];

    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code (see <see cref="ExitCode"/>).</summary>
    /// <param name="args">The command line after the program name.</param>
    /// <param name="console">Where the commands, the help and the errors write.</param>
    /// <param name="cancellationToken">Stops a running command (Ctrl+C).</param>
    public static Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var app = new CommandApp<BuildCommand>();
        app.WithDescription("The course's main job: student copies, every notebook run headless in the real kernel, the offline HTML site. With no command it runs build.");
        app.Configure(config =>
        {
            config.SetApplicationName("course");
            config.UseStrictParsing(); // an unknown option is an error, not a remaining argument silently ignored.
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(console); // the commands write where the help does (tests pass their own).
            config.CancellationExitCode((int)ExitCode.Failures); // as before: an interrupted run did not run as expected.
            config.SetExceptionHandler((e, _) => (int)Report(e, args, console));
            config.AddCommand<BuildCommand>("build")
                .WithDescription("The default: release, then check every notebook (solutions and student copies), then export.");
            config.AddCommand<ReleaseCommand>("release")
                .WithDescription("Regenerate notebooks/student/ from the solution notebooks; never writes a solution notebook.")
                .WithExample("release", "--force");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Run notebooks in the real kernel; executed copies go to artifacts/executed/.")
                .WithExample("check", "notebooks/01-images-as-arrays.ipynb", "--cell-timeout", "60");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Write the executed lessons as an offline HTML site, " + ExportCommand.DefaultOutput + "/index.html.");
            config.AddCommand<GradeCommand>("grade")
                .WithDescription("Grade a folder of submitted notebooks. Each runs in a bubblewrap sandbox: no network; it writes only its own work folder; " +
                    "it reads only the system's programs and libraries (of /etc only what they need, no secrets), the .NET SDK, the NuGet packages and the lesson's files; memory capped (--memory); every process it starts ends with it. " +
                    "Check and setup cells are restored as released, and each verdict is decided by the course from what the student's function returned, " +
                    "not by the notebook. Writes artifacts/grades/: gradebook.csv and .html, and per submission a feedback page, a Gradescope results.json and the executed copy.")
                .WithExample("grade", "submissions/", "--lesson", "05-task2-im-conv.ipynb")
                .WithExample("grade", "--gradescope");
            config.AddCommand<PrepareCommand>("prepare")
                .WithDescription("For a classroom without internet: build the lessons' libraries and restore every package they pin into the local NuGet cache.");
        });

        // `course help` worked before the parser did; keep it as the spelling of `course --help`.
        return app.RunAsync(args is ["help"] ? ["--help"] : args, cancellationToken);
    }

    /// Turns what went wrong into one line and an exit code: a bad command line is a usage error with a pointer to
    /// the right help; a missing prerequisite names it; anything else is a bug, whose stack trace is worth seeing.
    private static ExitCode Report(Exception e, IReadOnlyList<string> args, IAnsiConsole console)
    {
        switch (e)
        {
            case CommandParseException or CommandRuntimeException:
            case ArgumentException:
                string message = e is ArgumentException a ? CheckCommand.Plain(a) : TimeoutSettings.BadSeconds(args) ?? AsTyped(e.Message, args);
                string help = args.Count > 0 && Commands.Contains(args[0]) ? $"course {args[0]} --help" : "course --help";
                console.MarkupLineInterpolated($"[red]{message.TrimEnd('.')}. Run `{help}` for the commands and options.[/]");
                return ExitCode.UsageError;
            case InvalidOperationException:
                console.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return ExitCode.MissingPrerequisite;
            default:
                console.WriteException(e);
                return ExitCode.Failures;
        }
    }

    /// The parser names an unknown option without its dashes ("Unknown option 'fast'"): show it as it was typed.
    private static string AsTyped(string message, IReadOnlyList<string> args)
    {
        const string Unknown = "Unknown option '";
        if (!message.StartsWith(Unknown, StringComparison.Ordinal))
        {
            return message;
        }

        string name = message[Unknown.Length..].TrimEnd('.', '\'');
        string? typed = args.FirstOrDefault(a => a == "--" + name || a == "-" + name);
        return typed is null ? message : $"{Unknown}{typed}'.";
    }
}
