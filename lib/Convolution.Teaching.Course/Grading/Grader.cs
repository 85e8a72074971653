using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Exercises;
using Convolution.Teaching.Exercises.Evidence;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Grades a folder of submitted notebooks. Each one is identified (which lesson its cells come from), gets the
/// instructor's cells back as released, and runs in its own real kernel inside its own sandbox (see <see cref="Sandbox"/>),
/// up to one per core at once. The verdicts are decided here, never in the student's kernel: each check cell there only
/// records what the student's code did (the evidence), and this process replays the check on that record
/// (<see cref="CheckReplay"/>). Nothing is ever written into the submissions' folder.
/// </summary>
/// <param name="repoRoot">The repository (notebooks/student/ holds the released copies).</param>
/// <param name="options">The limits, the lesson, the memory cap and whether an unsandboxed run was chosen.</param>
public sealed class Grader(string repoRoot, GradingOptions options)
{
    /// <summary>The largest notebook file a grader reads (a hand-in is a few hundred kilobytes; its outputs are not needed).</summary>
    public const long MaxNotebookBytes = 50L << 20;

    /// <summary>Where the submissions run: one work folder each, under artifacts/grading/.</summary>
    public string WorkFolder => Path.Combine(repoRoot, "artifacts", "grading");

    /// <summary>Where the executed copies go, by the submission's relative path.</summary>
    public string ExecutedFolder { get; init; } = Path.Combine(repoRoot, "artifacts", "grades", "executed");

    /// <summary>Grades every notebook below <paramref name="folder"/>.</summary>
    /// <param name="folder">The submissions (full path).</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <exception cref="GradingException">Nothing to grade, an unknown lesson, or no sandbox (and no explicit choice to go without).</exception>
    public async Task<GradingRun> GradeAsync(string folder, CancellationToken cancellationToken = default)
    {
        var (found, skipped) = SubmissionDiscovery.Find(folder);
        if (found.Count == 0)
        {
            throw new GradingException($"there is no notebook (.ipynb) in '{folder}'" +
                (skipped.Count > 0 ? $" (it holds {skipped.Count} other file(s), listed below)" : "") + ": give the folder the hand-ins were collected in", skipped);
        }

        IReadOnlyList<ReleasedLesson> lessons = ReleasedLesson.All(Path.Combine(repoRoot, "notebooks"));
        if (options.Lesson is { } only && !lessons.Any(l => l.Name == only))
        {
            throw new GradingException($"no released lesson is called '{only}'; the lessons are: {string.Join(", ", lessons.Select(l => l.Name))}", skipped);
        }

        KernelLaunch launch = KernelLaunch.Locate(repoRoot);
        Sandbox? sandbox = Sandbox.ForLessons(repoRoot, options.MemoryBytes, launch.Packages, out string whyNot);
        if (sandbox is null && !options.Unsandboxed)
        {
            throw new GradingException($"no sandbox can be had here: {whyNot}. Grading runs students' code, so it refuses to run it unsandboxed " +
                "unless you pass --unsandboxed (only for submissions you trust; the gradebook then says so).", skipped, missingPrerequisite: true);
        }

        launch = launch with
        {
            Sandbox = sandbox,
            Environment = new Dictionary<string, string> { [CheckReplay.EvidenceVariable] = "1" },
        };
        if (!ScratchFolder.Delete(WorkFolder))
        {
            throw new GradingException($"could not clear the last run's work folder {WorkFolder}: delete it by hand, then grade again", skipped);
        }

        Directory.CreateDirectory(WorkFolder);
        var runner = new NotebookRunner(options.Limits with { Answers = true, Launch = launch, Judge = Decide });
        using var cores = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        string how = sandbox?.Describe() ?? $"unsandboxed (the instructor's choice: {whyNot})";
        Task<GradedSubmission>[] grading = [.. found.Select(async (submission, i) =>
        {
            await cores.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await GradeOneAsync(submission, i, lessons, runner, sandbox is not null, how, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                cores.Release();
            }
        })];
        GradedSubmission[] rows = await Task.WhenAll(grading).ConfigureAwait(false);
        return new GradingRun(rows, skipped, how);
    }

    /// <summary>
    /// A check cell's verdict, decided here: the one result it showed is replayed on its evidence; none, or more than one,
    /// is "not yet" with the reason. The check's name is the released cell's, never the submission's words.
    /// </summary>
    private static CheckVerdict? Decide(string check, IReadOnlyList<CellOutput> outputs)
    {
        IReadOnlyList<CheckVerdict> shown = CheckVerdict.AllFrom(outputs);
        if (shown.Count == 0)
        {
            return null;
        }

        CheckResult result = shown.Count == 1 ? CheckReplay.Judge(check, shown[0].Data)
            : new CheckResult(check, passed: false, $"The check cell showed {shown.Count} results where it shows one: something in the notebook made more. None is counted.");
        return CheckVerdict.Of(result);
    }

    private async Task<GradedSubmission> GradeOneAsync(FoundSubmission found, int index, IReadOnlyList<ReleasedLesson> lessons, NotebookRunner runner,
        bool sandboxed, string how, CancellationToken cancellationToken)
    {
        NotebookDocument submission;
        try
        {
            if (new FileInfo(found.Path).Length > MaxNotebookBytes)
            {
                return Unrun(found.Name, null, $"not graded: the file is larger than {MaxNotebookBytes >> 20} MB (clear its outputs and hand it in again)", how);
            }

            submission = NotebookDocument.Parse(await File.ReadAllTextAsync(found.Path, cancellationToken).ConfigureAwait(false), found.Path);
        }
        catch (NotebookFormatException e)
        {
            return Unrun(found.Name, null, $"not a notebook: {e.Message.Split('\n')[0]}", how);
        }

        var notes = new List<string>();
        ReleasedLesson? lesson = LessonOf(submission, found.Name, lessons, notes);
        if (lesson is null)
        {
            return Unrun(found.Name, null, "cannot tell which lesson this is: its cells match no released lesson and its name has no lesson number", how);
        }

        notes.AddRange(CheckCellRestorer.Restore(submission, lesson));
        string work = Path.Combine(WorkFolder, $"{index:000}");
        Directory.CreateDirectory(work);
        // The copy takes the released copy's name in its own work folder. Any folder inside the clone will do: the setup
        // cell runs the lesson from the clone's notebooks/ folder, so nothing is copied beside it and no path is rewritten.
        string graded = Path.Combine(work, lesson.Name);

        await File.WriteAllTextAsync(graded, submission.ToJson(), cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        NotebookRunResult result = await runner.RunAsync(graded, null, cancellationToken).ConfigureAwait(false);
        double seconds = clock.Elapsed.TotalSeconds;
        result.Executed.WriteTo(Path.Combine(ExecutedFolder, found.Name));
        // The work folder is scratch: what the submission wrote there (its /tmp and home included) goes with it, so no
        // student's files outlive their grading or sit where the next run or an instructor's search would find them.
        ScratchFolder.Delete(work);

        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        var max = new Dictionary<string, int>(StringComparer.Ordinal);
        var feedback = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReleasedCheck check in lesson.Checks)
        {
            max[check.Name] = check.Points;
            CellResult? cell = result.Cells.FirstOrDefault(c => c.Exercise == check.Name);
            bool passed = cell?.Status == CellStatus.Passed;
            points[check.Name] = passed ? check.Points : 0;
            if (!passed)
            {
                feedback[check.Name] = cell is null ? "its check did not run" : FirstLine(cell);
            }
        }

        notes.AddRange(result.Cells.Where(c => c.OutputCut is not null).Select(c => $"cell {c.Number}: {c.OutputCut}"));
        notes.AddRange(result.Cells.Where(c => c.Status is CellStatus.TimedOut)
            .Select(c => $"cell {c.Number} hit the time limit and the kernel was stopped (a loop that never ends?)"));
        notes.AddRange(result.Cells.Where(c => c.Error?.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal) == true)
            .Select(c => $"cell {c.Number} hit the memory limit of {options.MemoryBytes >> 20} MB (OutOfMemoryException)"));
        if (result.Error is not null)
        {
            notes.Add(result.Error);
        }

        if (!sandboxed)
        {
            notes.Add("graded unsandboxed");
        }

        return new GradedSubmission(found.Name, lesson.Name, points, max, feedback, notes, seconds, how, sandboxed);
    }

    /// <summary>
    /// The lesson a submission is a copy of: the one named by --lesson; else the released lesson whose cell ids it shares
    /// most (cells keep their ids whatever the student edits); else the NN- number of its file name. Its own metadata is
    /// only compared, never trusted: a copy that says it is another lesson gets a note.
    /// </summary>
    private ReleasedLesson? LessonOf(NotebookDocument submission, string name, IReadOnlyList<ReleasedLesson> lessons, List<string> notes)
    {
        HashSet<string> ids = [.. submission.Cells.Select(c => c.Id).OfType<string>()];
        ReleasedLesson? byCells = lessons.Select(l => (Lesson: l, Shared: l.CellIds.Count(ids.Contains)))
            .Where(m => m.Shared > 0).OrderByDescending(m => m.Shared).Select(m => m.Lesson).FirstOrDefault();
        string file = Path.GetFileName(name);
        string prefix = file.Length > 3 && char.IsAsciiDigit(file[0]) && char.IsAsciiDigit(file[1]) && file[2] == '-' ? file[..3] : "\0";
        ReleasedLesson? lesson = options.Lesson is { } only ? lessons.First(l => l.Name == only)
            : byCells ?? lessons.FirstOrDefault(l => l.Name.StartsWith(prefix, StringComparison.Ordinal));
        string? claimed = (string?)submission.Metadata[Release.StudentCopies.MetadataKey]?["generated_from"];
        if (lesson is not null && claimed is not null && Path.GetFileName(claimed) != lesson.Name)
        {
            notes.Add($"says it comes from {Path.GetFileName(claimed)} (its own metadata), but was graded as {lesson.Name}, the lesson its cells come from");
        }

        if (lesson is not null && options.Lesson is not null && byCells is not null && byCells != lesson)
        {
            notes.Add($"its cells are those of {byCells.Name}, not {lesson.Name}: handed in for the wrong lesson?");
        }

        return lesson;
    }

    /// What a check that did not pass says is wrong: its result's own summary field, or the cell's error.
    private static string FirstLine(CellResult cell) =>
        cell.Verdict is { } verdict ? verdict.Summary : cell.ErrorSummary ?? cell.Status.ToString();

    private static GradedSubmission Unrun(string name, string? lesson, string why, string how) =>
        new(name, lesson, new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, string>(), [why], 0, how);
}
