using Convolution.Teaching.Course.Kernel;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course build</c>, the default and the README's main job: <c>release</c> (regenerate the student copies
/// that changed), <c>check</c> (run every notebook, solutions and student copies, in the real kernel), then
/// <c>export</c> (the executed lessons as an offline site in artifacts/site/). Writes only under artifacts/
/// (and notebooks/student/ when a solution notebook changed); running it twice changes nothing the second time.
/// </summary>
/// <param name="console">Where to write (the one the command line app was given).</param>
public sealed class BuildCommand(IAnsiConsole console) : CourseCommand<TimeoutSettings>(console)
{
    /// <summary>Runs the build the command line asked for.</summary>
    /// <param name="settings">The time limits for the check step.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    protected override Task<ExitCode> RunCommandAsync(TimeoutSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, Console, cancellationToken);

    /// <summary>Runs the build and returns the exit code: <see cref="ExitCode.Success"/> when every step went as expected, else the worst step's code.</summary>
    /// <param name="settings">The time limits for the check step (it checks every notebook, so it takes no paths).</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<ExitCode> RunAsync(TimeoutSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        // The instructor's proof: solutions pass every check, student copies' stubs fail every check.
        CheckOptions options = settings.ToOptions([]) with { Verify = true };
        RepoPaths repo = RepoPaths.Find();
        try
        {
            // Every notebook needs the kernel: say how to get it once, instead of failing each notebook.
            KernelLaunch.Locate(repo.Notebooks);
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCode.MissingPrerequisite;
        }

        Heading(console, "[bold]1. release[/]: student copies from the solution notebooks");
        ExitCode release = ReleaseCommand.Run(force: false, console);

        Heading(console, "[bold]2. verify[/]: every notebook in the real kernel (solutions pass their checks; student copies' stubs fail theirs)");
        ExitCode check = await CheckCommand.RunAsync(options, console, cancellationToken).ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested)
        {
            return ExitCode.Failures;
        }

        Heading(console, "[bold]3. export[/]: the executed lessons as an offline site");
        ExitCode export = ExportCommand.Run(new ExportSettings().ToOptions(repo), console);

        ExitCode[] codes = [release, check, export];
        string[] steps = ["release", "check", "export"];
        string[] failed = [.. steps.Where((_, i) => codes[i] != ExitCode.Success)];
        console.MarkupLineInterpolated($"Executed notebooks: {repo.Show(repo.Executed)}/   Site: {Path.Combine(ExportCommand.DefaultOutput, "index.html")}");
        if (failed.Length == 0)
        {
            console.MarkupLine("[green]Build finished: student copies up to date, every notebook ran as expected, site written.[/]");
            return ExitCode.Success;
        }

        console.MarkupLineInterpolated($"[red]Build finished with problems in: {string.Join(", ", failed)} (see above).[/]");
        return codes.Max();
    }

    /// A step heading that looks the same in a terminal and in a log: a rule would be as wide as the
    /// console, and a redirected console is 4096 columns wide.
    private static void Heading(IAnsiConsole console, string markup) =>
        console.MarkupLine($"[grey]──[/] {markup} [grey]{new string('─', 40)}[/]");
}
