using Convolution.Teaching.Course.Commands;
using Spectre.Console;

// course [build|release|check|export] ...: one entry per subcommand.
var commands = new Dictionary<string, (string Help, Func<string[], CancellationToken, Task<int>> Run)>(StringComparer.Ordinal)
{
    ["build"] = ("the default: release, then check every notebook (solutions and student copies), then export: course build [--timeout SECONDS] [--cell-timeout SECONDS]", (a, ct) => BuildCommand.RunAsync(a, AnsiConsole.Console, ct)),
    ["release"] = ("regenerate notebooks/student/ from the solution notebooks: course release [--force]", (a, _) => Task.FromResult(Convolution.Teaching.Course.Release.ReleaseCommand.Run(a, AnsiConsole.Console))),
    ["check"] = ("run notebooks in the real kernel: course check [path ...] [--timeout SECONDS] [--cell-timeout SECONDS]", (a, ct) => CheckCommand.RunAsync(CheckOptions.Parse(a), AnsiConsole.Console, ct)),
    ["export"] = ("write the executed lessons as an offline HTML site: course export [--from FOLDER] [--to FOLDER] (default artifacts/site/)", (a, _) => Task.FromResult(Convolution.Teaching.Course.Export.ExportCommand.Run(a, AnsiConsole.Console))),
};

if (Console.IsOutputRedirected)
{
    // A log file has no width: never fold a line, so a message that names a long path (a CI checkout
    // under /check/...) stays on one line that grep and the tests can find. Tables size to content.
    AnsiConsole.Profile.Width = 4096;
}

string name = args.Length == 0 ? "build" : args[0];
if (name is "-h" or "--help" or "help")
{
    AnsiConsole.MarkupLine("Usage: [bold]course[/] [[command]] [[options]]");
    foreach (var (command, entry) in commands)
    {
        AnsiConsole.MarkupLineInterpolated($"  [bold]{command,-7}[/] {entry.Help}");
    }

    return 0;
}

if (!commands.TryGetValue(name, out var chosen))
{
    AnsiConsole.MarkupLineInterpolated($"[red]Unknown command '{name}'. Commands: {string.Join(", ", commands.Keys)} (course --help).[/]");
    return CheckCommand.Usage;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the runner kill the kernel cleanly.
    cancel.Cancel();
};

try
{
    return await chosen.Run(args.Length == 0 ? [] : args[1..], cancel.Token);
}
catch (ArgumentException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{CheckCommand.Plain(e)}[/]");
    return CheckCommand.Usage;
}
catch (InvalidOperationException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
    return CheckCommand.Prerequisite;
}
