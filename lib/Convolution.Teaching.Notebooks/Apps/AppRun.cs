using Convolution.Teaching.Notebooks.Pages;
using Convolution.Teaching.Exercises;
using Microsoft.DotNet.Interactive.Formatting;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// One run of a lesson app: which cell is running, what each cell output (terminal text and displayed values), the
/// checks that failed; at the end the page. Everything an app shows goes through here, so the terminal and the page agree.
/// </summary>
internal sealed class AppRun
{
    private readonly object gate = new();
    private readonly List<AppOutput> outputs = [];
    private readonly List<string> failed = [];
    private readonly TextWriter terminal;
    private readonly string app;
    private readonly string root;
    private int cell;
    private bool ended;

    private AppRun(string app, string root, TextWriter terminal)
    {
        this.app = app;
        this.root = root;
        this.terminal = terminal;
    }

    /// <summary>Where the page is written: <c>artifacts/apps/</c>, mirroring the app's place under <c>notebooks/apps/</c>.</summary>
    public string PagePath => Path.Combine(root, "artifacts", "apps", Path.ChangeExtension(Path.GetRelativePath(Path.Combine(root, "notebooks", "apps"), app), ".html"));

    /// <summary>Starts the run: finds the clone, changes to its notebooks/ folder, records the console.</summary>
    /// <exception cref="InvalidOperationException">The app is not inside a Convolution.Teaching clone.</exception>
    public static AppRun Begin(string app, string notebook)
    {
        string appPath = Path.GetFullPath(app);
        string folder = Path.GetDirectoryName(appPath)!;
        string root = FindRoot(folder) ?? throw new InvalidOperationException(
            $"{appPath} (the app of {notebook}) is not inside a Convolution.Teaching clone (no Convolution.Teaching.sln above it): lesson apps live in notebooks/apps/ of a clone. Run it from there.");
        // The lesson's paths ("../assets/chelsea.png") are relative to the clone's notebooks/ folder, where the setup cell
        // runs every lesson in the kernel, a student copy's app as much as the lesson's.
        Environment.CurrentDirectory = Path.Combine(root, "notebooks");
        var run = new AppRun(appPath, root, Console.Out);
        Console.SetOut(new ConsoleTee(run.terminal, run.Record));
        AppDomain.CurrentDomain.UnhandledException += (_, e) => run.Crashed(e.ExceptionObject as Exception);
        return run;
    }

    /// <summary>What follows belongs to code cell <paramref name="number"/>.</summary>
    public void Cell(int number)
    {
        Console.Out.Flush();
        lock (gate)
        {
            cell = number;
        }
    }

    /// <summary>A displayed value: its text to the terminal, its HTML to the page; a failed check result counts as a failure.</summary>
    public void Show(object? value)
    {
        if (value is null)
        {
            return; // a notebook shows nothing for a null value either
        }

        if (value is CheckResult { Passed: false } result)
        {
            Failed(result);
            return;
        }

        terminal.WriteLine(TerminalText.Of(value));
        Add(AppOutputKind.Html, value.ToDisplayString(HtmlFormatter.MimeType));
    }

    /// <summary>A check that did not pass: its feedback in the terminal and in an error box, and exit code 1.</summary>
    public void Failed(CheckResult result)
    {
        terminal.WriteLine(result.ToString());
        Add(AppOutputKind.Error, CheckResultHtml.Render(result));
        lock (gate)
        {
            failed.Add($"cell {cell} ({result.ExerciseName})");
        }

        Environment.ExitCode = 1;
    }

    /// <summary>Writes the page and says where; names the checks that failed.</summary>
    public void End()
    {
        lock (gate)
        {
            if (ended)
            {
                return;
            }

            ended = true;
        }

        Console.Out.Flush();
        AppPage.Write(PagePath, Path.Combine(root, "artifacts", "apps", "assets"), AppSource.Read(app), outputs);
        terminal.WriteLine($"Page: {PagePath}");
        if (failed.Count > 0)
        {
            terminal.WriteLine($"{failed.Count} exercise check(s) not passed yet: {string.Join(", ", failed)}. Exit code 1.");
        }

        terminal.Flush();
    }

    private void Record(string text)
    {
        lock (gate)
        {
            // Consecutive writes of one cell make one block, as a notebook's stream output does.
            if (outputs.Count > 0 && outputs[^1] is { Kind: AppOutputKind.Text } last && last.Cell == cell)
            {
                outputs[^1] = last with { Content = last.Content + text };
                return;
            }

            outputs.Add(new AppOutput(cell, AppOutputKind.Text, text));
        }
    }

    private void Add(AppOutputKind kind, string content)
    {
        lock (gate)
        {
            outputs.Add(new AppOutput(cell, kind, content));
        }
    }

    /// An exception no cell caught stops the lesson, as a failing cell stops "Run All": the page still shows how far it got.
    private void Crashed(Exception? e)
    {
        string text = e is null ? "The app stopped." : $"{e.GetType().Name}: {e.Message}";
        Add(AppOutputKind.Error, $"<pre>{HtmlText.Escape(e?.ToString() ?? text)}</pre>");
        terminal.WriteLine($"Cell {cell} failed: {text}");
        Console.Error.WriteLine(e);
        End();
        Environment.Exit(1); // a plain failure, not the runtime's abort (exit code 134 and a core dump) for an unhandled exception
    }

    private static string? FindRoot(string folder)
    {
        for (DirectoryInfo? dir = new(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Convolution.Teaching.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
