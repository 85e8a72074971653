using Convolution.Teaching.Course.Commands;
using Spectre.Console;

namespace Convolution.Teaching.Course.Release;

/// <summary>
/// <c>course release [--force]</c>: regenerates <c>notebooks/student/NN-topic.ipynb</c> from every
/// solution notebook <c>notebooks/NN-topic.ipynb</c>. Never writes a solution notebook; leaves an edited student
/// copy alone (exit code 1) unless <c>--force</c>.
/// </summary>
public static class ReleaseCommand
{
    /// <summary>Runs the command and returns the exit code: 0, or 1 when a student copy was left alone.</summary>
    /// <param name="args">The arguments after <c>release</c>: only <c>--force</c>.</param>
    /// <param name="console">Where to write.</param>
    public static int Run(IReadOnlyList<string> args, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        bool force = false;
        foreach (string a in args)
        {
            if (a == "--force")
            {
                force = true;
            }
            else
            {
                throw new ArgumentException($"`course release` takes only --force (got '{a}'). It regenerates every student copy under notebooks/student/.", nameof(args));
            }
        }

        RepoPaths repo = RepoPaths.Find();
        var outcomes = new List<StudentCopyOutcome>();
        foreach (string solution in NotebookDiscovery.InFolder(repo.Notebooks, recursive: false))
        {
            // Every lesson gets a copy, exercises or not, so the student folder is a complete, linked course.
            outcomes.Add(StudentCopies.Write(solution, force));
        }

        var table = new Table().Title("Student copies").AddColumns("solution", "student copy", "result");
        foreach (StudentCopyOutcome o in outcomes)
        {
            string status = o.Status switch
            {
                StudentCopyStatus.RefusedEdited => "[red]left alone: edited[/]",
                StudentCopyStatus.Unchanged => "unchanged",
                _ => $"[green]{o.Status.ToString().ToLowerInvariant()}[/]",
            };
            table.AddRow(Markup.Escape(repo.Show(o.SolutionPath)), Markup.Escape(repo.Show(o.StudentPath)), status);
        }

        console.Write(table);
        foreach (StudentCopyOutcome o in outcomes.Where(o => o.Status == StudentCopyStatus.RefusedEdited))
        {
            console.MarkupLineInterpolated($"[red]{o.Message}[/]");
        }

        return outcomes.Any(o => o.Status == StudentCopyStatus.RefusedEdited) ? 1 : 0;
    }
}
