using Convolution.Teaching.Course.Apps;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course check --apps</c>: runs every lesson app (or the ones named) as a reader runs it, two at a time after the first
/// (which builds the libraries they share), and says of each whether it ran as expected (<see cref="AppVerdict"/>).
/// </summary>
public static class AppsCheck
{
    /// <summary>How many apps run at once after the first: the machines this runs on have 2 cores.</summary>
    public const int Parallel = 2;

    /// <summary>Runs the apps and returns the exit code.</summary>
    /// <param name="paths">App files (.cs); none means every app under notebooks/apps/.</param>
    /// <param name="limit">The time limit per app, build included.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    public static async Task<ExitCode> RunAsync(IReadOnlyList<string> paths, TimeSpan limit, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(console);
        RepoPaths repo = RepoPaths.Find();
        string? missing = paths.FirstOrDefault(p => !File.Exists(p) || !p.EndsWith(".cs", StringComparison.Ordinal));
        if (missing is not null)
        {
            console.MarkupLineInterpolated($"[red]{missing} is not a lesson app (.cs file). Give files under notebooks/apps/, or none for all. Run `course check --help` for the options.[/]");
            return ExitCode.UsageError;
        }

        IReadOnlyList<string> apps = paths.Count > 0 ? [.. paths.Select(Path.GetFullPath)] : AppProcess.All(repo.Notebooks);
        if (apps.Count == 0)
        {
            console.MarkupLine("[yellow]No lesson apps in notebooks/apps/: run `course release` to write them.[/]");
            return ExitCode.Success;
        }

        foreach (string stale in LessonApps.Stale(repo.Root))
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {repo.Show(stale)} is out of date with its notebook: run `course release` to regenerate it.");
        }

        var table = new Table().Title("Lesson apps").AddColumns("app", "exit code", "seconds", "result");
        int bad = 0;
        // Each run's verdict, worked out once as it finishes (it reads the app's file) for both the live line and the table.
        var verdicts = new Dictionary<AppRunResult, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<AppRunResult> results = await AppProcess.RunAllAsync(apps, repo.Root, limit, Parallel, r =>
        {
            IReadOnlyList<string> problems = AppVerdict.Problems(r);
            lock (table)
            {
                verdicts[r] = problems;
                console.Markup(problems.Count == 0 ? "[green]✓[/] " : "[red]✗[/] ");
                console.MarkupLineInterpolated($"{repo.Show(r.AppPath)}: exit code {r.ExitCode}, {r.Seconds:0.0} s");
                foreach (string problem in problems)
                {
                    console.MarkupLineInterpolated($"    [red]{problem}[/]");
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        foreach (AppRunResult r in results)
        {
            IReadOnlyList<string> problems = verdicts[r];
            bad += problems.Count > 0 ? 1 : 0;
            table.AddRow(Markup.Escape(repo.Show(r.AppPath)), $"{r.ExitCode}", $"{r.Seconds:0.0}", problems.Count == 0 ? "[green]as expected[/]" : $"[red]{Markup.Escape(string.Join("; ", problems))}[/]");
        }

        console.Write(table);
        console.MarkupLine(bad == 0 ? $"[green]All {results.Count} lesson apps ran as expected.[/]" : $"[red]{bad} of {results.Count} lesson apps did not (see above).[/]");
        return bad == 0 ? ExitCode.Success : ExitCode.Failures;
    }
}
