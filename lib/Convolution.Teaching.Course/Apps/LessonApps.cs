using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Apps;

/// <summary>
/// Every lesson's apps: for each solution notebook, its own app and the app of its student copy (made from the student
/// copy <c>course release</c> generates, not from the file on disk, which may hold a student's answers).
/// </summary>
public static class LessonApps
{
    /// <summary>Each lesson's two apps, as (the notebook it is made from, its path, its text).</summary>
    /// <param name="solutionPath">A solution notebook in notebooks/.</param>
    /// <param name="repoRoot">The clone.</param>
    /// <exception cref="FormatException">The lesson cannot become an app; the message names the cell and the fix.</exception>
    public static IReadOnlyList<(NotebookDocument Notebook, string AppPath, string Text)> For(string solutionPath, string repoRoot)
    {
        NotebookDocument solution = NotebookDocument.Load(solutionPath);
        return For(solution, StudentCopies.StudentCopy(solution), repoRoot);
    }

    /// <summary>The apps (paths) that differ from what <c>course release</c> would write now from the notebooks: a lesson changed, its app did not.</summary>
    /// <param name="repoRoot">The clone.</param>
    /// <exception cref="FormatException">A lesson cannot become an app; the message names the cell and the fix.</exception>
    public static IReadOnlyList<string> Stale(string repoRoot)
    {
        var stale = new List<string>();
        // The lessons course release makes apps of: the solution notebooks, not their student copies one folder down.
        foreach (string solution in NotebookDiscovery.InFolder(NotebooksFolder(repoRoot), recursive: false))
        {
            foreach (var (_, app, text) in For(solution, repoRoot))
            {
                if (!File.Exists(app) || File.ReadAllText(app) != text)
                {
                    stale.Add(app);
                }
            }
        }

        return stale;
    }

    /// <summary>Writes a lesson's two apps; never overwrites an app with hand edits unless <paramref name="force"/>.</summary>
    /// <param name="solutionPath">A solution notebook in notebooks/.</param>
    /// <param name="repoRoot">The clone.</param>
    /// <param name="force">Overwrite apps with hand edits.</param>
    /// <exception cref="FormatException">The lesson cannot become an app; the message names the cell and the fix.</exception>
    public static IReadOnlyList<LessonAppOutcome> Write(string solutionPath, string repoRoot, bool force) =>
        WriteAll(For(solutionPath, repoRoot), force);

    /// <summary>Writes a lesson's two apps from the lesson and its student copy as already read and made (<c>course release</c>
    /// makes them once, for the student copy and the apps); never overwrites an app with hand edits unless <paramref name="force"/>.</summary>
    /// <param name="solution">A solution notebook in notebooks/.</param>
    /// <param name="student">Its student copy, from <see cref="StudentCopies.StudentCopy"/>.</param>
    /// <param name="repoRoot">The clone.</param>
    /// <param name="force">Overwrite apps with hand edits.</param>
    /// <exception cref="FormatException">The lesson cannot become an app; the message names the cell and the fix.</exception>
    public static IReadOnlyList<LessonAppOutcome> Write(NotebookDocument solution, NotebookDocument student, string repoRoot, bool force) =>
        WriteAll(For(solution, student, repoRoot), force);

    /// Both apps are made before either is written, so a lesson that cannot become an app leaves both as they were.
    private static IReadOnlyList<(NotebookDocument Notebook, string AppPath, string Text)> For(NotebookDocument solution, NotebookDocument student, string repoRoot)
    {
        string notebooks = NotebooksFolder(repoRoot);
        var apps = new List<(NotebookDocument, string, string)>();
        foreach (NotebookDocument notebook in new[] { solution, student })
        {
            string app = LessonApp.PathFor(notebook.Path, notebooks);
            apps.Add((notebook, app, LessonApp.Generate(notebook, app, repoRoot)));
        }

        return apps;
    }

    private static string NotebooksFolder(string repoRoot) => Path.Combine(repoRoot, "notebooks");

    private static IReadOnlyList<LessonAppOutcome> WriteAll(IReadOnlyList<(NotebookDocument Notebook, string AppPath, string Text)> apps, bool force) =>
        [.. apps.Select(a => WriteOne(a.Notebook.Path, a.AppPath, a.Text, force))];

    private static LessonAppOutcome WriteOne(string notebook, string app, string text, bool force)
    {
        var (status, message) = GeneratedFile.Write(app, text, force, LessonApp.EditedByHand);
        return new LessonAppOutcome(notebook, app, status, message);
    }
}
