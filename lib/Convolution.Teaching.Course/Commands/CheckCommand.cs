using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course check</c>: runs notebooks one after another, each in its own kernel, with live progress;
/// writes executed copies under artifacts/executed/; prints a summary table; exit code 1 on anything unexpected.
/// </summary>
/// <param name="console">Where to write (the one the command line app was given).</param>
public sealed class CheckCommand(IAnsiConsole console) : CourseCommand<CheckSettings>(console)
{
    /// <summary>Runs the check the command line asked for: the notebooks, or with <c>--apps</c> the lessons' apps.</summary>
    /// <param name="settings">Paths and limits.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    protected override Task<ExitCode> RunCommandAsync(CheckSettings settings, CancellationToken cancellationToken) =>
        settings.Apps
            ? AppsCheck.RunAsync(settings.Paths, TimeSpan.FromSeconds(settings.TimeoutSeconds), Console, cancellationToken)
            : RunAsync(settings.ToOptions(), Console, cancellationToken);

    /// <summary>Runs the check and returns the exit code.</summary>
    /// <param name="options">Paths and limits.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    public static async Task<ExitCode> RunAsync(CheckOptions options, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        RepoPaths repo = RepoPaths.Find();
        IReadOnlyList<string> notebooks;
        try
        {
            notebooks = NotebookDiscovery.Resolve(options.Paths, repo.Notebooks);
        }
        catch (ArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]{Plain(e)}[/]");
            return ExitCode.UsageError;
        }

        if (notebooks.Count == 0)
        {
            console.MarkupLineInterpolated($"[yellow]No notebooks found in {string.Join(", ", options.Paths.DefaultIfEmpty(repo.Show(repo.Notebooks)))}: nothing to check.[/]");
            return ExitCode.Success;
        }

        foreach (string problem in Prerequisites.Check())
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {problem}");
        }

        // Read every notebook first: a malformed file is reported at once, not after minutes of running others.
        var rows = new List<SummaryRow>();
        var runnable = new List<(string Path, IReadOnlyList<HygieneProblem> Hygiene)>();
        foreach (string path in notebooks)
        {
            try
            {
                runnable.Add((path, NotebookHygiene.Check(NotebookDocument.Load(path))));
            }
            catch (NotebookFormatException e)
            {
                console.MarkupLineInterpolated($"[red]✗ {repo.Show(path)}: {e.Message}[/]");
                rows.Add(new SummaryRow(repo.Show(path), 0, 0, 0, 0, 0, 0, 0, 0, false));
            }
        }

        if (runnable.Count > 0 && !BuildHelperLibrary(repo, console))
        {
            return ExitCode.MissingPrerequisite;
        }

        // course check judges the answers it finds (a student's run); course build proves the stubs fail (the instructor's).
        var runner = new NotebookRunner(new RunnerOptions { CellTimeout = options.CellTimeout, NotebookTimeout = options.NotebookTimeout, Answers = !options.Verify });
        if (runnable.Count > 0)
        {
            await console.Status().StartAsync("Starting", async status =>
            {
                foreach (var (path, hygiene) in runnable)
                {
                    rows.Add(await CheckOne(path, hygiene, repo, runner, console, status, cancellationToken).ConfigureAwait(false));
                }
            }).ConfigureAwait(false);
        }

        Summary(console, repo, rows);
        return rows.All(r => r.Ok) ? ExitCode.Success : ExitCode.Failures;
    }

    private static bool BuildHelperLibrary(RepoPaths repo, IAnsiConsole console)
    {
        string project = HelperLibraryBuild.ProjectFor(repo.Root);
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            console.Status().Start($"Building {project} (Release) before any notebook runs", _ => HelperLibraryBuild.Run(repo.Root));
            console.MarkupLineInterpolated($"Built [bold]{project}[/] (Release) in {watch.Elapsed.TotalSeconds:0.0} s.");
            return true;
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return false;
        }
    }

    private static async Task<SummaryRow> CheckOne(
        string path, IReadOnlyList<HygieneProblem> hygiene, RepoPaths repo, NotebookRunner runner, IAnsiConsole console, StatusContext status, CancellationToken cancellationToken)
    {
        string name = repo.Show(path);
        status.Status($"{Markup.Escape(name)}: starting the kernel");
        var progress = new Inline<RunProgress>(p =>
        {
            if (p.Result is null && p.CodeIndex > 0)
            {
                status.Status($"{Markup.Escape(name)}: cell {p.CodeIndex}/{p.CodeCount} [grey]{Markup.Escape(Shorten(p.FirstLine))}[/]");
            }
        });
        NotebookRunResult result = await runner.RunAsync(path, progress, cancellationToken).ConfigureAwait(false);
        string copy = repo.ExecutedCopyOf(path);
        result.Executed.WriteTo(copy);

        bool ok = result.Succeeded && hygiene.Count == 0;
        console.Markup(ok ? "[green]✓[/] " : "[red]✗[/] ");
        console.MarkupLineInterpolated($"{name}: {result.Cells.Count} code cells, {result.Seconds:0.0} s → {repo.Show(copy)}");
        foreach (CellResult check in result.Cells.Where(c => c.Status is CellStatus.Passed or CellStatus.NotYet && c.Exercise is not null && !result.StudentCopy))
        {
            // The checker's own words, in full: the terminal is where a student reads them.
            if (check.Status == CellStatus.Passed)
            {
                console.MarkupLineInterpolated($"    [green]✓ {check.Exercise}: passed[/]");
            }
            else
            {
                console.MarkupLineInterpolated($"    [red]✗ {check.Exercise}: not yet[/]");
            }

            if (check.Status == CellStatus.NotYet)
            {
                string words = check.Verdict?.Feedback ?? check.Error ?? "the check cell showed no feedback";
                console.WriteLine(string.Join("\n", words.Split('\n').Select(l => "      " + l)));
            }
        }

        foreach (string problem in result.Problems(notYet: false))
        {
            console.MarkupLineInterpolated($"    [red]{Shorten(problem, 600)}[/]");
        }

        foreach (HygieneProblem problem in hygiene)
        {
            console.MarkupLineInterpolated($"    [yellow]hygiene: {problem}[/]");
        }

        return new SummaryRow(name, result.Cells.Count, result.Passed, result.Failed, result.ExpectedFailures, result.NotYet, result.Skipped, hygiene.Count, result.Seconds, ok);
    }

    private static void Summary(IAnsiConsole console, RepoPaths repo, List<SummaryRow> rows)
    {
        var table = new Table().Title("Notebooks").AddColumns("notebook", "cells", "passed", "failed", "expected-to-fail", "not-yet", "skipped", "hygiene", "seconds");
        foreach (SummaryRow r in rows)
        {
            string color = r.Ok ? "green" : "red";
            table.AddRow(
                $"[{color}]{Markup.Escape(r.Name)}[/]", $"{r.Cells}", $"{r.Passed}", r.Failed > 0 ? $"[red]{r.Failed}[/]" : "0",
                $"{r.ExpectedFailures}", r.NotYet > 0 ? $"[red]{r.NotYet}[/]" : "0", $"{r.Skipped}", r.Hygiene > 0 ? $"[yellow]{r.Hygiene}[/]" : "0", $"{r.Seconds:0.0}");
        }

        table.AddRow(
            "[bold]total[/]", $"{rows.Sum(r => r.Cells)}", $"{rows.Sum(r => r.Passed)}", $"{rows.Sum(r => r.Failed)}",
            $"{rows.Sum(r => r.ExpectedFailures)}", $"{rows.Sum(r => r.NotYet)}", $"{rows.Sum(r => r.Skipped)}", $"{rows.Sum(r => r.Hygiene)}", $"{rows.Sum(r => r.Seconds):0.0}");
        console.Write(table);
        int bad = rows.Count(r => !r.Ok);
        console.MarkupLineInterpolated($"Executed copies: {repo.Show(repo.Executed)}/");
        int notYet = rows.Sum(r => r.NotYet);
        console.MarkupLine(bad == 0
            ? $"[green]All {rows.Count} notebooks ran as expected.[/]"
            : notYet > 0 && rows.All(r => r.Ok || r.NotYet > 0)
                ? $"[red]{notYet} exercise check(s) do not pass yet (their feedback is above).[/]"
                : $"[red]{bad} of {rows.Count} notebooks had unexpected results (see above).[/]");
    }

    /// <summary>An argument error's message without the " (Parameter 'x')" suffix, for people.</summary>
    internal static string Plain(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);

    private static string Shorten(string text, int max = 70) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private sealed record SummaryRow(string Name, int Cells, int Passed, int Failed, int ExpectedFailures, int NotYet, int Skipped, int Hygiene, double Seconds, bool Ok);

    /// <summary>Reports on the runner's thread, in order (Progress&lt;T&gt; would post to the thread pool and reorder).</summary>
    private sealed class Inline<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}
