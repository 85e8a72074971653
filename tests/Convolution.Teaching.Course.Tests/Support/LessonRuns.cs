using System.Collections.Concurrent;
using Convolution.Teaching.Course.Running;

namespace Convolution.Teaching.Course.Tests.Support;

/// Runs each lesson once in the real kernel and keeps the result, so the per-lesson theory and the totals
/// test share one run. Executed copies go to artifacts/executed-tests/ for a person to open.
public sealed class LessonRuns
{
    /// Per cell: long enough for a first restore of OpenCvSharp's native runtime if the warm-up missed it.
    public static readonly TimeSpan CellLimit = TimeSpan.FromMinutes(4);

    /// Per lesson notebook (kernel start included).
    public static readonly TimeSpan NotebookLimit = TimeSpan.FromMinutes(8);

    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> runs = new(StringComparer.Ordinal);
    private readonly NotebookRunner runner = new(new RunnerOptions { CellTimeout = CellLimit, NotebookTimeout = NotebookLimit, StudentCopy = false });

    public static string ExecutedFolder => Path.Combine(Repo.Root, "artifacts", "executed-tests");

    public Task<NotebookRunResult> RunAsync(string path) =>
        runs.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Task<NotebookRunResult>>(() => RunAndSave(p))).Value;

    /// The speed lesson times things: it runs with every core kept busy, as on a student's laptop during a build, so
    /// SpeedLessonClaimsTests can check that what it prints stays true under load.
    public const string LoadedLesson = "08-speed.ipynb";

    private async Task<NotebookRunResult> RunAndSave(string path)
    {
        using CpuLoad? load = Path.GetFileName(path) == LoadedLesson ? new CpuLoad(Environment.ProcessorCount) : null;
        NotebookRunResult result = await runner.RunAsync(path);
        result.Executed.WriteTo(Path.Combine(ExecutedFolder, Path.GetFileName(path)));
        return result;
    }
}
