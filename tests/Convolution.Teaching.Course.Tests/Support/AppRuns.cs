using Convolution.Teaching.Course.Apps;

namespace Convolution.Teaching.Course.Tests.Support;

/// Every lesson app run once per test run, as a reader runs it (dotnet run notebooks/apps/NN.cs), shared by the tests
/// that look at the results: the first alone (it builds the libraries, unless the test command's build already did),
/// then two at a time, as `course check --apps` runs them, which also shows they do not collide on build output.
public sealed class AppRuns
{
    /// Per app, build included; lesson 8 (timings) takes about 25 s on 2 busy cores.
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private readonly Lazy<IReadOnlyDictionary<string, AppRunResult>> results = new(RunAll);

    public AppRunResult For(string relativeApp) => results.Value[Path.GetFullPath(Path.Combine(Repo.Root, relativeApp))];

    public static IEnumerable<object[]> Apps() =>
        AppProcess.All(Repo.Notebooks).Select(a => new object[] { Path.GetRelativePath(Repo.Root, a) });

    private static IReadOnlyDictionary<string, AppRunResult> RunAll()
    {
        IReadOnlyList<AppRunResult> all = AppProcess.RunAllAsync(AppProcess.All(Repo.Notebooks), Repo.Root, Limit, 2, null, CancellationToken.None)
            .GetAwaiter().GetResult();
        return all.ToDictionary(r => r.AppPath);
    }
}
