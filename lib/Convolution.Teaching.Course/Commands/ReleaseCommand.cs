using Convolution.Teaching.Course.Apps;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course release [--force]</c>: regenerates <c>notebooks/student/NN-topic.ipynb</c> from every
/// solution notebook <c>notebooks/NN-topic.ipynb</c>, and both as file-based apps in <c>notebooks/apps/</c> (see <see cref="LessonApp"/>). Never writes a solution notebook; leaves an edited student
/// copy alone (exit code 1) unless <c>--force</c>.
/// </summary>
/// <param name="console">Where to write (the one the command line app was given).</param>
public sealed class ReleaseCommand(IAnsiConsole console) : CourseCommand<ReleaseSettings>(console)
{
    /// <summary>Runs the release the command line asked for.</summary>
    /// <param name="settings">Whether to overwrite edited copies.</param>
    /// <param name="cancellationToken">Unused: a release takes well under a second.</param>
    protected override Task<ExitCode> RunCommandAsync(ReleaseSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(Run(settings.Force, Console));

    /// <summary>Writes the student copies and returns <see cref="ExitCode.Success"/>, or <see cref="ExitCode.Failures"/> when a student copy was left alone.</summary>
    /// <param name="force">Overwrite student copies that have hand edits.</param>
    /// <param name="console">Where to write.</param>
    public static ExitCode Run(bool force, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        RepoPaths repo = RepoPaths.Find();
        var outcomes = new List<StudentCopyOutcome>();
        // Each lesson is read and its student copy made once: the copy is written here, the lesson's apps are made from the same two below.
        var lessons = new List<(NotebookDocument Solution, NotebookDocument Student)>();
        foreach (string path in NotebookDiscovery.InFolder(repo.Notebooks, recursive: false))
        {
            // Every lesson gets a copy, exercises or not, so the student folder is a complete, linked course.
            NotebookDocument solution = NotebookDocument.Load(path);
            NotebookDocument student = StudentCopies.StudentCopy(solution);
            outcomes.Add(StudentCopies.Write(solution, student, force));
            lessons.Add((solution, student));
        }

        var table = new Table().Title("Student copies").AddColumns("solution", "student copy", "result");
        foreach (StudentCopyOutcome o in outcomes)
        {
            table.AddRow(Markup.Escape(repo.Show(o.SolutionPath)), Markup.Escape(repo.Show(o.StudentPath)), StatusMarkup(o.Status));
        }

        console.Write(table);
        foreach (StudentCopyOutcome o in outcomes.Where(o => o.Status == StudentCopyStatus.RefusedEdited))
        {
            console.MarkupLineInterpolated($"[red]{o.Message}[/]");
        }

        bool appsOk = WriteApps(repo, lessons, force, console);
        return outcomes.Any(o => o.Status == StudentCopyStatus.RefusedEdited) || !appsOk ? ExitCode.Failures : ExitCode.Success;
    }

    /// Each lesson's file-based apps (solution and student copy), after the student copies they are made from.
    private static bool WriteApps(RepoPaths repo, IReadOnlyList<(NotebookDocument Solution, NotebookDocument Student)> lessons, bool force, IAnsiConsole console)
    {
        var table = new Table().Title("Lesson apps (dotnet run notebooks/apps/...)").AddColumns("notebook", "app", "result");
        var problems = new List<string>();
        foreach (var (solution, student) in lessons)
        {
            try
            {
                foreach (LessonAppOutcome o in LessonApps.Write(solution, student, repo.Root, force))
                {
                    table.AddRow(Markup.Escape(repo.Show(o.NotebookPath)), Markup.Escape(repo.Show(o.AppPath)), StatusMarkup(o.Status));
                    if (o.Status == StudentCopyStatus.RefusedEdited)
                    {
                        problems.Add(o.Message);
                    }
                }
            }
            catch (FormatException e)
            {
                table.AddRow(Markup.Escape(repo.Show(solution.Path)), "", "[red]not written[/]");
                problems.Add(e.Message);
            }
        }

        console.Write(table);
        foreach (string problem in problems)
        {
            console.MarkupLineInterpolated($"[red]{problem}[/]");
        }

        return problems.Count == 0;
    }

    /// The result column of both tables: a student copy and a lesson app are written, and reported, alike.
    private static string StatusMarkup(StudentCopyStatus status) => status switch
    {
        StudentCopyStatus.RefusedEdited => "[red]left alone: edited[/]",
        StudentCopyStatus.Unchanged => "unchanged",
        _ => $"[green]{status.ToString().ToLowerInvariant()}[/]",
    };
}
