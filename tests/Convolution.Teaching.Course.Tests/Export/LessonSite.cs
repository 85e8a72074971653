using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Export;

/// The site exported once from the lesson suite's runs (LessonRuns: each lesson runs once for all tests that
/// need it) into artifacts/site-tests/, the same way `course export` does from `course check`'s copies.
internal static class LessonSite
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (ExportResult Result, IReadOnlyList<NotebookRunResult> Runs)? built;

    public static string Folder => Path.Combine(Repo.Root, "artifacts", "site-tests");

    public static async Task<(ExportResult Result, IReadOnlyList<NotebookRunResult> Runs)> BuildAsync(LessonRuns runs)
    {
        await Gate.WaitAsync();
        try
        {
            if (built is null)
            {
                var results = new List<NotebookRunResult>();
                foreach (string lesson in LessonData.LessonPaths())
                {
                    results.Add(await runs.RunAsync(lesson));
                }

                built = (SiteExporter.Export(new ExportOptions(Repo.Notebooks, LessonRuns.ExecutedFolder, Folder)), results);
            }

            return built.Value;
        }
        finally
        {
            Gate.Release();
        }
    }
}
