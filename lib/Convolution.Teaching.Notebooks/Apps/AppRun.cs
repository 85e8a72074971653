using System.Text.Json.Nodes;
using Convolution.Teaching.Notebooks.Pages;
using Convolution.Teaching.Exercises;
using Microsoft.DotNet.Interactive.Formatting;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// One run of a lesson app: which cell is running, what each cell output (terminal text and displayed values), how each
/// cell ended and what each check said; at the end the page and the run's result as data (<see cref="AppResult"/>).
/// Everything an app shows goes through here, so the terminal, the page and the result agree.
/// </summary>
internal sealed class AppRun
{
    private readonly object gate = new();
    private readonly List<AppOutput> outputs = [];
    private readonly List<string> failed = [];
    private readonly List<AppCellResult> cells = [];
    private readonly TextWriter terminal;
    private readonly string app;
    private readonly string notebook;
    private readonly string root;
    private readonly string resultPath;
    private readonly bool ownsProcess;
    private int cell;
    private bool ended;

    /// <summary>A run of <paramref name="app"/> in the clone <paramref name="root"/>, printing to <paramref name="terminal"/>.</summary>
    /// <param name="app">The app's source file.</param>
    /// <param name="notebook">The notebook it was made from, relative to the app's folder.</param>
    /// <param name="root">The clone.</param>
    /// <param name="terminal">The real standard output.</param>
    /// <param name="resultPath">Where the result goes; null for <see cref="AppResult.DefaultPath"/>.</param>
    /// <param name="ownsProcess">True in the app itself: a check not passed sets the process's exit code (a test's run leaves it alone).</param>
    internal AppRun(string app, string notebook, string root, TextWriter terminal, string? resultPath, bool ownsProcess = false)
    {
        this.ownsProcess = ownsProcess;
        this.app = app;
        this.notebook = notebook;
        this.root = root;
        this.terminal = terminal;
        this.resultPath = string.IsNullOrWhiteSpace(resultPath) ? AppResult.DefaultPath(PagePath) : Path.GetFullPath(resultPath);
    }

    /// <summary>Where the run's result (<see cref="AppResult"/>) is written at its end.</summary>
    public string ResultPath => resultPath;

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
        var run = new AppRun(appPath, notebook, root, Console.Out, Environment.GetEnvironmentVariable(AppResult.Variable), ownsProcess: true);
        Console.SetOut(new ConsoleTee(run.terminal, run.Record));
        AppDomain.CurrentDomain.UnhandledException += (_, e) => run.Crashed(e.ExceptionObject as Exception);
        return run;
    }

    /// <summary>What follows belongs to code cell <paramref name="number"/>, an exercise check cell when <paramref name="check"/> names one.</summary>
    public void Cell(int number, string? check = null)
    {
        Console.Out.Flush();
        lock (gate)
        {
            cell = number;
            cells.Add(new AppCellResult(number, AppCellResult.Ok, string.IsNullOrWhiteSpace(check) ? null : check.Trim()));
        }
    }

    /// <summary>A check cell's check threw: the cell failed with the exception (recorded), and the check did not pass.</summary>
    public void CheckThrew(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        lock (gate)
        {
            Update(c => c with { Status = AppCellResult.Threw, Exception = new AppException(e.GetType().Name, e.Message) });
        }

        Failed(new CheckResult("this check", passed: false, $"The check threw {e.GetType().Name}: {e.Message}"));
    }

    /// <summary>A displayed value: its text to the terminal, its HTML to the page; a check result is also the cell's verdict (a failed one counts as a failure).</summary>
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

        if (value is CheckResult passed)
        {
            Record(passed);
        }

        terminal.WriteLine(TerminalText.Of(value));
        Add(AppOutputKind.Html, value.ToDisplayString(HtmlFormatter.MimeType));
    }

    /// <summary>A check that did not pass: its feedback in the terminal and in an error box, and exit code 1.</summary>
    public void Failed(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        terminal.WriteLine(result.ToString());
        Add(AppOutputKind.Error, CheckResultHtml.Render(result));
        Record(result);
        lock (gate)
        {
            failed.Add($"cell {cell} ({result.ExerciseName})");
        }

        ExitOne();
    }

    /// <summary>Writes the page and the result and says where; names the checks that failed.</summary>
    public void End() => End(completed: true);

    /// <summary>The run's result so far.</summary>
    public AppResult Result(bool completed)
    {
        lock (gate)
        {
            return new AppResult(app, notebook, PagePath, completed, [.. cells]);
        }
    }

    private void End(bool completed)
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
        bool checkWithoutPass;
        lock (gate)
        {
            checkWithoutPass = cells.Any(c => c.Check is not null && c.Result?["passed"]?.GetValue<bool>() != true);
        }

        if (checkWithoutPass)
        {
            ExitOne(); // a check cell whose check showed no result did not pass either
        }

        WriteResult(Result(completed));
        terminal.WriteLine($"Page: {PagePath}");
        if (failed.Count > 0)
        {
            terminal.WriteLine($"{failed.Count} exercise check(s) not passed yet: {string.Join(", ", failed)}. Exit code 1.");
        }

        terminal.Flush();
    }

    private void ExitOne()
    {
        if (ownsProcess)
        {
            Environment.ExitCode = 1;
        }
    }

    /// The result is written whole to a file beside it and moved into place, so a reader never sees half of it.
    private void WriteResult(AppResult result)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
        string partial = resultPath + ".partial";
        File.WriteAllText(partial, result.ToJson());
        File.Move(partial, resultPath, overwrite: true);
    }

    /// A check result shown in the current cell becomes that cell's verdict, as the kernel's data shows it.
    private void Record(CheckResult result)
    {
        var json = (JsonObject)JsonNode.Parse(result.ToJson())!;
        lock (gate)
        {
            Update(c => c with { Result = json });
        }
    }

    /// Changes the current cell's entry (the setup call, cell 0, gets one the first time it needs it). Called under the gate.
    private void Update(Func<AppCellResult, AppCellResult> change)
    {
        if (cells.Count == 0 || cells[^1].Cell != cell)
        {
            cells.Add(new AppCellResult(cell, AppCellResult.Ok));
        }

        cells[^1] = change(cells[^1]);
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

    /// <summary>
    /// An exception no cell caught stops the lesson, as a failing cell stops "Run All": the current cell is recorded as
    /// having thrown it, and the page and the result still show how far it got.
    /// </summary>
    public void Threw(Exception? e)
    {
        string text = e is null ? "The app stopped." : $"{e.GetType().Name}: {e.Message}";
        Add(AppOutputKind.Error, $"<pre>{HtmlText.Escape(e?.ToString() ?? text)}</pre>");
        lock (gate)
        {
            Update(c => c with { Status = AppCellResult.Threw, Exception = new AppException(e?.GetType().Name ?? "unknown", e?.Message ?? text) });
        }

        terminal.WriteLine($"Cell {cell} failed: {text}");
        End(completed: false);
    }

    private void Crashed(Exception? e)
    {
        Threw(e);
        Console.Error.WriteLine(e);
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
