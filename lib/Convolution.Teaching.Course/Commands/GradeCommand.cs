using Convolution.Teaching.Course.Grading;
using Convolution.Teaching.Course.Running;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course grade FOLDER</c>: every notebook below FOLDER graded in its own sandboxed kernel (see <see cref="Grader"/>),
/// its verdicts decided by the course, not by the student's code. Writes artifacts/grades/: gradebook.csv, gradebook.html,
/// and per submission a feedback page, a Gradescope results.json and the executed copy, all at the submission's own path.
/// The folder is replaced only when grading finished: a failed start leaves the last gradebook in place.
/// With <c>--gradescope</c> it is Gradescope's run_autograder: one results.json for the submission folder.
/// </summary>
/// <param name="console">Where to write (the one the command line app was given).</param>
public sealed class GradeCommand(IAnsiConsole console) : CourseCommand<GradeSettings>(console)
{
    /// <summary>Grades the folder the command line names.</summary>
    /// <param name="settings">The folder, the lesson and the limits.</param>
    /// <param name="cancellationToken">Stops the runs (Ctrl+C).</param>
    protected override async Task<ExitCode> RunCommandAsync(GradeSettings settings, CancellationToken cancellationToken)
    {
        RepoPaths repo = RepoPaths.Find();
        CheckOptions limits = settings.ToOptions([]);
        string grades = Path.Combine(repo.Root, "artifacts", "grades");
        string staging = grades + ".new";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var grader = new Grader(repo.Root, new GradingOptions
        {
            Limits = new RunnerOptions { CellTimeout = limits.CellTimeout, NotebookTimeout = limits.NotebookTimeout },
            Lesson = settings.Lesson,
            MemoryBytes = (long)settings.MemoryMegabytes << 20,
            Unsandboxed = settings.Unsandboxed,
        })
        { ExecutedFolder = Path.Combine(staging, "executed") };

        GradingRun run;
        try
        {
            // Checked before the build, so a wrong folder costs nothing.
            if (SubmissionDiscovery.Find(settings.FullFolder).Notebooks.Count > 0)
            {
                Console.MarkupLineInterpolated($"Building {HelperLibraryBuild.ProjectFor(repo.Root)} (Release) before any submission runs...");
                HelperLibraryBuild.Run(repo.Root);
            }

            run = await grader.GradeAsync(settings.FullFolder, cancellationToken).ConfigureAwait(false);
        }
        catch (GradingException e)
        {
            Skipped(e.Skipped);
            Console.MarkupLineInterpolated($"[red]course grade: {e.Message}[/]");
            if (settings.Gradescope)
            {
                WriteResults(settings.Results, $$"""{"score": 0, "output": {{System.Text.Json.JsonSerializer.Serialize("Not graded: " + e.Message)}}, "tests": []}""");
            }

            return e.MissingPrerequisite ? ExitCode.MissingPrerequisite : ExitCode.UsageError;
        }

        GradebookWriter.Write(staging, run);
        if (Directory.Exists(grades))
        {
            Directory.Delete(grades, recursive: true);
        }

        Directory.Move(staging, grades);
        if (settings.Gradescope)
        {
            WriteResults(settings.Results, GradescopeResults.For(Combined(run.Rows)));
        }

        var table = new Table().Title("Gradebook").AddColumns("submission", "lesson", "points", "seconds", "notes");
        foreach (GradedSubmission row in run.Rows)
        {
            table.AddRow(Markup.Escape(row.Name), Markup.Escape(row.Lesson ?? "?"), $"{row.Score} of {row.OutOf}", $"{row.Seconds:0.0}",
                Markup.Escape(string.Join("; ", row.Notes)));
        }

        Console.Write(table);
        Skipped(run.Skipped);
        Console.MarkupLineInterpolated($"Ran {run.Sandbox}.");
        Console.MarkupLineInterpolated($"Wrote {repo.Show(Path.Combine(grades, "gradebook.csv"))}, gradebook.html, and per submission a feedback page, a results.json and the executed copy.");
        return ExitCode.Success;
    }

    private void Skipped(IReadOnlyList<SkippedFile> skipped)
    {
        foreach (SkippedFile file in skipped)
        {
            Console.MarkupLineInterpolated($"  {file.Name}: skipped, {file.Why}");
        }
    }

    /// <summary>One row for Gradescope's one submission: its notebooks' checks together, named by file when there are several.</summary>
    private static GradedSubmission Combined(IReadOnlyList<GradedSubmission> rows)
    {
        if (rows.Count == 1)
        {
            return rows[0];
        }

        string Key(GradedSubmission r, string check) => $"{r.Name}: {check}";
        return new GradedSubmission(
            string.Join(", ", rows.Select(r => r.Name)),
            string.Join(", ", rows.Select(r => r.Lesson).OfType<string>().Distinct()),
            rows.SelectMany(r => r.Points.Select(p => (Key(r, p.Key), p.Value))).ToDictionary(),
            rows.SelectMany(r => r.MaxPoints.Select(p => (Key(r, p.Key), p.Value))).ToDictionary(),
            rows.SelectMany(r => r.Feedback.Select(p => (Key(r, p.Key), p.Value))).ToDictionary(),
            [.. rows.SelectMany(r => r.Notes.Select(n => $"{r.Name}: {n}"))],
            rows.Sum(r => r.Seconds),
            rows[0].Sandbox);
    }

    private static void WriteResults(string path, string json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, json);
    }
}
