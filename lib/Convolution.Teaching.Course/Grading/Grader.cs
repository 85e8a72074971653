using System.Text.Json;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;
using Convolution.Teaching.Course.Running;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Grades a folder of submitted notebooks: each one is identified (which lesson it is a copy of), gets its check
/// cells back as released, and runs in its own real kernel with the given limits, up to one per core at once; each
/// check's verdict is read from its output. Nothing is ever written into the submissions' folder: the graded copies
/// go to a work folder under artifacts/ laid out so the notebooks' relative paths resolve as in notebooks/student/.
/// </summary>
/// <param name="repoRoot">The repository (notebooks/student/ holds the released copies).</param>
/// <param name="options">Per-cell and per-notebook limits; <see cref="RunnerOptions.Answers"/> is set by the grader.</param>
public sealed class Grader(string repoRoot, RunnerOptions options)
{
    /// <summary>
    /// Where the graded copies run: artifacts/grading/, two folders below the repository as notebooks/student/ is, so
    /// "../../assets" and "../../artifacts" resolve as they do for a student; "../setup.csx" is a copy put beside it.
    /// </summary>
    public string WorkFolder => Path.Combine(repoRoot, "artifacts", "grading");

    /// <summary>Grades every .ipynb under <paramref name="folder"/>; <paramref name="lesson"/>, when given, is the only lesson accepted.</summary>
    /// <param name="folder">The submissions.</param>
    /// <param name="lesson">A lesson's file name (e.g. 05-task2-im-conv.ipynb) that every submission must be a copy of, or null.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    public async Task<IReadOnlyList<GradedSubmission>> GradeAsync(string folder, string? lesson, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> files = NotebookDiscovery.InFolder(folder, recursive: true);
        string notebooks = Path.Combine(repoRoot, "notebooks");
        string[] lessons = [.. NotebookDiscovery.InFolder(notebooks, recursive: false).Select(Path.GetFileName).OfType<string>()];
        // Each lesson's released copy is read once, however many submissions it has (a few small files); each submission
        // parses its own, so no two gradings running at once share a JsonNode.
        Dictionary<string, string> released = lessons
            .Select(l => (Lesson: l, Path: StudentCopies.StudentPathFor(Path.Combine(notebooks, l))))
            .Where(l => File.Exists(l.Path))
            .ToDictionary(l => l.Lesson, l => File.ReadAllText(l.Path), StringComparer.Ordinal);

        Directory.CreateDirectory(WorkFolder);
        // The notebooks load ../setup.csx: the graded copies find it beside their work folder.
        File.Copy(Path.Combine(notebooks, "setup.csx"), Path.Combine(WorkFolder, "..", "setup.csx"), overwrite: true);
        using var cores = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        var runner = new NotebookRunner(options with { Answers = true });
        Task<GradedSubmission>[] grading = [.. files.Select(async (file, i) =>
        {
            await cores.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await GradeOneAsync(file, i, lesson, lessons, released, runner, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                cores.Release();
            }
        })];
        return await Task.WhenAll(grading).ConfigureAwait(false);
    }

    private async Task<GradedSubmission> GradeOneAsync(
        string file, int index, string? lesson, IReadOnlyList<string> lessons, IReadOnlyDictionary<string, string> released, NotebookRunner runner, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(file);
        JsonObject submission;
        try
        {
            submission = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)) as JsonObject
                ?? throw new JsonException("the file is JSON but not a notebook object");
            _ = submission["cells"] as JsonArray ?? throw new JsonException("it has no \"cells\" list");
        }
        catch (JsonException e)
        {
            return Unrun(name, null, $"not a notebook: {e.Message.Split('\n')[0]}");
        }

        string? its = LessonOf(submission, name, lessons);
        if (its is null)
        {
            return Unrun(name, null, "cannot tell which lesson this is (no record from `course release` and no lesson number in its name)");
        }

        if (lesson is not null && !string.Equals(its, lesson, StringComparison.OrdinalIgnoreCase))
        {
            return Unrun(name, its, $"belongs to another lesson ({its}), not {lesson}: not run");
        }

        if (!released.TryGetValue(its, out string? official))
        {
            return Unrun(name, its, $"its lesson {its} has no released student copy in notebooks/student/");
        }

        var notes = new List<string>(CheckCellRestorer.Restore(submission, (JsonObject)JsonNode.Parse(official)!));
        string graded = Path.Combine(WorkFolder, $"{index:000}-{Path.GetFileNameWithoutExtension(name)}.ipynb");
        await File.WriteAllTextAsync(graded, submission.ToJsonString(), cancellationToken).ConfigureAwait(false);
        NotebookRunResult result = await runner.RunAsync(graded, null, cancellationToken).ConfigureAwait(false);
        result.Executed.WriteTo(Path.Combine(repoRoot, "artifacts", "grades", "executed", name));

        var passed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var feedback = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CellResult cell in result.Cells.Where(c => c.Exercise is not null))
        {
            bool ok = cell.Status == CellStatus.Passed;
            passed[cell.Exercise!] = ok;
            if (!ok)
            {
                feedback[cell.Exercise!] = FirstLine(cell);
            }
        }

        notes.AddRange(result.Cells.Where(c => c.Status is CellStatus.TimedOut).Select(c => $"cell {c.Number} ran out of time and the kernel was stopped (a loop that never ends?)"));
        if (result.Error is not null)
        {
            notes.Add(result.Error);
        }

        return new GradedSubmission(name, its, passed, feedback, notes);
    }

    /// <summary>The lesson a submission is a copy of: the release record first, else the NN- number of its name among <paramref name="lessons"/> (notebooks/' file names).</summary>
    private static string? LessonOf(JsonObject submission, string fileName, IReadOnlyList<string> lessons)
    {
        string? from = (string?)submission["metadata"]?[StudentCopies.MetadataKey]?["generated_from"];
        if (from is not null)
        {
            return Path.GetFileName(from);
        }

        string prefix = fileName.Length > 3 && char.IsDigit(fileName[0]) && char.IsDigit(fileName[1]) && fileName[2] == '-' ? fileName[..3] : "";
        return prefix.Length == 0 ? null
            : lessons.FirstOrDefault(n => n.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static string FirstLine(CellResult cell)
    {
        string text = cell.Verdict?.Feedback ?? cell.Error ?? cell.Status.ToString();
        // The feedback's first line is the headline ("NOT YET: ImConv"); the one after it says what is wrong.
        string[] lines = [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        return lines.Length > 1 && lines[0].StartsWith("NOT YET", StringComparison.Ordinal) ? lines[1] : lines.FirstOrDefault() ?? "";
    }

    private static GradedSubmission Unrun(string name, string? lesson, string why) =>
        new(name, lesson, new Dictionary<string, bool>(), new Dictionary<string, string>(), [why]);
}
