using System.Diagnostics;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Running;

/// <summary>
/// Runs a notebook's code cells in order in a fresh <c>dotnet-interactive stdio</c> kernel started in the
/// notebook's folder, like "Run All" in VS Code: after a failure it goes on, so later failures show too,
/// but marks later cells as having run after the failure. A timeout kills the kernel; later cells are Skipped.
/// </summary>
public sealed class NotebookRunner
{
    private readonly RunnerOptions options;

    /// <summary>Creates a runner with the given limits.</summary>
    /// <param name="options">Limits and the kernel to use; null for the defaults.</param>
    public NotebookRunner(RunnerOptions? options = null)
    {
        this.options = options ?? new RunnerOptions();
        if (this.options.CellTimeout <= TimeSpan.Zero || this.options.NotebookTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("CellTimeout and NotebookTimeout must be positive, e.g. 180 s and 600 s.", nameof(options));
        }
    }

    /// <summary>Runs the notebook at <paramref name="path"/>.</summary>
    /// <param name="path">An .ipynb file.</param>
    /// <param name="progress">Told when the kernel starts and before and after each code cell; may be null.</param>
    /// <param name="cancellationToken">Stops the run (the kernel is killed; remaining cells are Skipped).</param>
    /// <exception cref="NotebookFormatException">The file is not a readable notebook.</exception>
    public async Task<NotebookRunResult> RunAsync(string path, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        NotebookDocument notebook = NotebookDocument.Load(path);
        bool student = !options.Answers && (options.StudentCopy ?? ExerciseMarker.IsStudentCopy(notebook.Path));
        Role role = student ? Role.Verify : options.Answers ? Role.Answers : Role.Solution;
        List<NotebookCell> code = [.. notebook.CodeCells];
        var watch = Stopwatch.StartNew();
        // The limits count the kernel's time only (its start and its cells), never the runner's own work between cells.
        TimeSpan kernelTime = TimeSpan.Zero;
        var results = new List<CellResult>();
        var executions = new Dictionary<int, (int, JsonArray)>();
        string folder = Path.GetDirectoryName(notebook.Path)!;
        progress?.Report(new RunProgress(notebook.FileName, 0, code.Count, "", null));

        KernelSession session;
        try
        {
            KernelLaunch launch = options.Launch ?? KernelLaunch.Locate(folder);
            session = await KernelSession.StartAsync(launch, folder, Min(options.StartTimeout, options.NotebookTimeout), cancellationToken).ConfigureAwait(false);
            kernelTime = watch.Elapsed;
        }
        catch (InvalidOperationException e)
        {
            results.AddRange(code.Select((c, i) => Skip(c, i + 1, "not run: the kernel did not start.")));
            return Result(notebook, results, executions, watch, student, e.Message);
        }

        await using (session.ConfigureAwait(false))
        {
            int? firstFailure = null;
            string? stopReason = null;
            for (int i = 0; i < code.Count; i++)
            {
                NotebookCell cell = code[i];
                if (stopReason is not null)
                {
                    results.Add(Skip(cell, i + 1, stopReason));
                    continue;
                }

                progress?.Report(new RunProgress(notebook.FileName, i + 1, code.Count, cell.FirstLine, null));
                TimeSpan left = options.NotebookTimeout - kernelTime;
                bool notebookLimit = left < options.CellTimeout;
                SubmissionResult run = left <= TimeSpan.Zero
                    ? new SubmissionResult(SubmissionOutcome.TimedOut, "", [], TimeSpan.Zero)
                    : await session.SubmitCodeAsync(cell.Source, Min(options.CellTimeout, left), cancellationToken).ConfigureAwait(false);

                kernelTime += run.Elapsed;
                CellResult result = Judge(cell, i + 1, run, role, firstFailure, options.Judge);
                if (run.Outcome == SubmissionOutcome.TimedOut && notebookLimit)
                {
                    result = result with { Error = $"Timed out: the notebook's limit of {options.NotebookTimeout.TotalSeconds:0} s ran out during this cell; the kernel was stopped." };
                }

                results.Add(result);
                executions[cell.Number] = (i + 1, CellOutputs.ToNbformat(result.Outputs, i + 1));
                progress?.Report(new RunProgress(notebook.FileName, i + 1, code.Count, cell.FirstLine, result));

                if (result.IsUnexpected)
                {
                    firstFailure ??= cell.Number;
                }

                if (run.Outcome is SubmissionOutcome.TimedOut or SubmissionOutcome.KernelExited)
                {
                    stopReason = $"not run: the kernel was stopped after cell {cell.Number} ({result.Status}).";
                }
            }
        }

        return Result(notebook, results, executions, watch, student, null);
    }

    /// <summary>Whose run it is, which decides what an exercise check's verdict means.</summary>
    private enum Role
    {
        /// <summary>A solution notebook: every check must pass.</summary>
        Solution,

        /// <summary>The instructor's proof that a student copy's stubs fail: every check must say "not yet".</summary>
        Verify,

        /// <summary>A student's answers: each check reports the answer, passed or not yet.</summary>
        Answers,
    }

    private static CellResult Judge(NotebookCell cell, int codeIndex, SubmissionResult run, Role role, int? firstFailure,
        Func<string, IReadOnlyList<CellOutput>, CheckVerdict?>? judge)
    {
        string? exercise = ExerciseMarker.ExerciseName(cell);
        IReadOnlyList<CellOutput> outputs = CellOutputs.FromEvents(run.Events);
        CheckVerdict? verdict = exercise is null ? null : judge is null ? CheckVerdict.From(outputs) : judge(exercise, outputs);
        if (judge is not null && verdict is not null)
        {
            // The executed copy shows the verdict that was decided, not what the cell claimed (its evidence is large and spent).
            outputs = [.. outputs.Where(o => !o.Data.ContainsKey(Convolution.Teaching.Exercises.CheckResult.MimeType)), verdict.Output];
        }

        (CellStatus status, string? error) = run.Outcome switch
        {
            SubmissionOutcome.TimedOut => (CellStatus.TimedOut, run.Error),
            SubmissionOutcome.Succeeded when exercise is null => (CellStatus.Passed, run.Error),
            SubmissionOutcome.Succeeded when verdict is null => (CellStatus.Failed,
                $"check cell '{exercise}' ran but showed no check result: its last line should be the checker's call (e.g. Tutor.CheckImConv(ImConv)), without a semicolon."),
            SubmissionOutcome.Succeeded => Verdict(role, exercise!, verdict!),
            // A check cell that throws is not a verdict: in a student's run it is their code that failed (it did not compile, say).
            SubmissionOutcome.Failed when exercise is not null && role == Role.Answers => (CellStatus.NotYet, run.Error),
            _ => (CellStatus.Failed, run.Error),
        };
        return new CellResult
        {
            Number = cell.Number,
            CodeIndex = codeIndex,
            FirstLine = cell.FirstLine,
            Status = status,
            Error = error,
            Seconds = run.Elapsed.TotalSeconds,
            Outputs = outputs,
            Exercise = exercise,
            AfterFailureOf = firstFailure,
            Verdict = verdict,
            OutputCut = run.DroppedNote,
        };
    }

    private static (CellStatus, string?) Verdict(Role role, string exercise, CheckVerdict verdict) => (role, verdict.Passed) switch
    {
        (Role.Verify, false) => (CellStatus.ExpectedFailure, null),
        (Role.Verify, true) => (CellStatus.UnexpectedPass,
            $"exercise check '{exercise}' passed in a student copy: the exercise's stub should make it say \"not yet\" (is the solution left in the student copy?)."),
        (Role.Answers, false) => (CellStatus.NotYet, verdict.Feedback),
        (Role.Solution, false) => (CellStatus.Failed, $"the solution does not pass its own check '{exercise}':\n{verdict.Feedback}"),
        _ => (CellStatus.Passed, null),
    };

    private static CellResult Skip(NotebookCell cell, int codeIndex, string reason) => new()
    {
        Number = cell.Number,
        CodeIndex = codeIndex,
        FirstLine = cell.FirstLine,
        Status = CellStatus.Skipped,
        Error = reason,
        Seconds = 0,
        Exercise = ExerciseMarker.ExerciseName(cell),
    };

    private static NotebookRunResult Result(
        NotebookDocument notebook, List<CellResult> cells, Dictionary<int, (int, JsonArray)> executions, Stopwatch watch, bool student, string? error) => new()
        {
            Path = notebook.Path,
            Executed = notebook.WithOutputs(executions),
            Cells = cells,
            Seconds = watch.Elapsed.TotalSeconds,
            StudentCopy = student,
            Error = error,
        };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
