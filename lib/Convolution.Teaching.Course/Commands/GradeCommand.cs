using Convolution.Teaching.Course.Grading;
using Convolution.Teaching.Course.Running;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course grade FOLDER</c>: every submitted notebook in FOLDER, with its check cells restored as released, run in
/// its own real kernel (up to one per core at once, with the same limits as <c>check</c>); writes
/// artifacts/grades/gradebook.csv, gradebook.html and one feedback page per submission. A submission that is not a
/// notebook, belongs to another lesson or runs out of time gets a row that says so, and the run goes on.
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
        Console.MarkupLineInterpolated($"Building {HelperLibraryBuild.ProjectFor(repo.Root)} (Release) before any submission runs...");
        HelperLibraryBuild.Run(repo.Root, TimeSpan.FromMinutes(15));
        var grader = new Grader(repo.Root, new RunnerOptions { CellTimeout = limits.CellTimeout, NotebookTimeout = limits.NotebookTimeout });
        IReadOnlyList<GradedSubmission> rows = await grader.GradeAsync(Path.GetFullPath(settings.Folder), settings.Lesson, cancellationToken).ConfigureAwait(false);
        string csv = GradebookWriter.Write(Path.Combine(repo.Root, "artifacts", "grades"), rows);

        var table = new Table().Title("Gradebook").AddColumns("submission", "lesson", "passed", "not yet", "notes");
        foreach (GradedSubmission row in rows)
        {
            table.AddRow(Markup.Escape(row.FileName), Markup.Escape(row.Lesson ?? "?"), $"{row.Passed.Count(p => p.Value)}", $"{row.Passed.Count(p => !p.Value)}",
                Markup.Escape(string.Join("; ", row.Notes)));
        }

        Console.Write(table);
        Console.MarkupLineInterpolated($"Wrote {repo.Show(csv)}, gradebook.html and {rows.Count} feedback page(s) beside it.");
        return ExitCode.Success;
    }
}
