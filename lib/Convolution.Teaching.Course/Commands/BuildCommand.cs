using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Release;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course build</c>, the default and the README's main job: <c>release</c> (regenerate the student copies
/// that changed), <c>check</c> (run every notebook, solutions and student copies, in the real kernel), then
/// <c>export</c> (the executed lessons as an offline site in artifacts/site/). Writes only under artifacts/
/// (and notebooks/student/ when a solution notebook changed); running it twice changes nothing the second time.
/// </summary>
public static class BuildCommand
{
    /// <summary>Runs the build and returns the exit code: 0 when every step went as expected.</summary>
    /// <param name="args">The arguments after <c>build</c>: only <c>--timeout</c> and <c>--cell-timeout</c>.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        CheckOptions options = CheckOptions.Parse(args);
        if (options.Paths.Count > 0)
        {
            throw new ArgumentException($"`course build` takes no paths (got '{options.Paths[0]}'); it builds every notebook. To run some notebooks: course check PATH ...", nameof(args));
        }

        RepoPaths repo = RepoPaths.Find();
        try
        {
            // Every notebook needs the kernel: say how to get it once, instead of failing each notebook.
            KernelLaunch.Locate(repo.Notebooks);
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return CheckCommand.Prerequisite;
        }

        Heading(console, "[bold]1. release[/]: student copies from the solution notebooks");
        int release = ReleaseCommand.Run([], console);

        Heading(console, "[bold]2. check[/]: every notebook in the real kernel");
        int check = await CheckCommand.RunAsync(options, console, cancellationToken).ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested)
        {
            return CheckCommand.Failures;
        }

        Heading(console, "[bold]3. export[/]: the executed lessons as an offline site");
        int export = ExportCommand.Run([], console);

        int[] codes = [release, check, export];
        string[] steps = ["release", "check", "export"];
        string[] failed = [.. steps.Where((_, i) => codes[i] != CheckCommand.Ok)];
        console.MarkupLineInterpolated($"Executed notebooks: {repo.Show(repo.Executed)}/   Site: {Path.Combine(ExportCommand.DefaultOutput, "index.html")}");
        if (failed.Length == 0)
        {
            console.MarkupLine("[green]Build finished: student copies up to date, every notebook ran as expected, site written.[/]");
            return CheckCommand.Ok;
        }

        console.MarkupLineInterpolated($"[red]Build finished with problems in: {string.Join(", ", failed)} (see above).[/]");
        return codes.Max();
    }

    /// A step heading that looks the same in a terminal and in a log: a rule would be as wide as the
    /// console, and a redirected console is 4096 columns wide.
    private static void Heading(IAnsiConsole console, string markup) =>
        console.MarkupLine($"[grey]──[/] {markup} [grey]{new string('─', 40)}[/]");
}
