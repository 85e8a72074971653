using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;

namespace Convolution.Teaching.Course.Tests.Support;

/// One fresh clone shared by the instructor's first contact and the check and grade doors. Nothing is built in it until
/// its first use, and that first use is always the first contact (<see cref="First"/>): lessons 1, 2 and 3 opened at
/// once in the real kernel, whose setup cells build the libraries from nothing (one builds, two wait), then a student
/// copy, exactly what <c>FreshCloneTests</c> checks. The check and grade doors (`course check` on a student's copy,
/// `course grade` on a folder, the attacked class) then use that build instead of building the same libraries again
/// (about a minute on 2 shared cores): before, the first of them built it, and the first contact built it once more
/// in a clone of its own. The fresh-clone tests that break a clone or prove the apps' first build (SetupFailureTests,
/// LessonAppFreshCloneTests) keep a clone each.
/// A fixture of <see cref="FreshCloneCollection"/>, whose tests run one at a time, so no two use the clone at once.
public sealed class SharedClone : IDisposable
{
    private static readonly Lazy<(FreshClone Clone, FirstContactRuns First)> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// The clone, made on first use, after the first contact has run in it.
    internal static FreshClone Clone => Shared.Value.Clone;

    /// The first contact's runs in the clone, made on first use.
    internal static FirstContactRuns First => Shared.Value.First;

    /// Deletes the clone when the collection is done (xunit disposes collection fixtures after the collection's last test).
    public void Dispose()
    {
        if (Shared.IsValueCreated)
        {
            Shared.Value.Clone.Dispose();
        }
    }

    private static (FreshClone, FirstContactRuns) Create()
    {
        var clone = new FreshClone();
        // On the thread pool, away from xunit's synchronisation context, which a blocked test thread could starve.
        return (clone, Task.Run(() => FirstContactRuns.RunAsync(clone)).GetAwaiter().GetResult());
    }
}

/// Lessons 1, 2 and 3 started at the same moment on a clone with nothing built, then the student copy of lesson 5,
/// in the real kernel as VS Code starts it. <see cref="Error"/> says why a run could not even finish.
internal sealed record FirstContactRuns(IReadOnlyList<NotebookRunResult> Lessons, NotebookRunResult? StudentCopy, IReadOnlyList<int> StudentCheckCells, string? Error)
{
    public const string StudentCopyName = "05-task2-im-conv.ipynb";

    public static readonly string[] LessonNames = ["01-images-as-arrays.ipynb", "02-kernels-and-flipping.ipynb", "03-output-modes.ipynb"];

    public static async Task<FirstContactRuns> RunAsync(FreshClone clone)
    {
        var runner = new NotebookRunner(new RunnerOptions { CellTimeout = LessonRuns.CellLimit, NotebookTimeout = LessonRuns.NotebookLimit });
        string student = Path.Combine(clone.Notebooks, "student", StudentCopyName);
        var checkCells = NotebookDocument.Load(student).CodeCells.Where(c => ExerciseMarker.ExerciseName(c) is not null).Select(c => c.Number).ToList();
        NotebookRunResult[] lessons = [];
        try
        {
            lessons = await Task.WhenAll(LessonNames.Select(name => runner.RunAsync(Path.Combine(clone.Notebooks, name))));
            return new FirstContactRuns(lessons, await runner.RunAsync(student), checkCells, null);
        }
        catch (Exception e)
        {
            return new FirstContactRuns(lessons, null, checkCells, e.ToString());
        }
    }
}
