using System.Diagnostics;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Tests.Support;

/// Done once before the process tests: builds the helper library in Release (so no notebook's setup cell
/// builds it while another build runs), then starts one kernel and restores every package the lessons
/// pin, so each lesson's first cell finds them in the NuGet cache instead of downloading under its time limit.
/// Every process collection takes it as a fixture; the work is done once for all of them (the first waits for it,
/// the others find it done), so no lane restores into the NuGet cache while another restores the same packages.
public sealed class KernelWarmup
{
    private static readonly Lazy<KernelWarmup> Shared = new(() => new KernelWarmup(Repo.Root), LazyThreadSafetyMode.ExecutionAndPublication);

    /// Called by xunit once per collection that takes the fixture: every instance shares the one warm-up.
    public KernelWarmup()
    {
        KernelWarmup done = Shared.Value;
        (BuiltProject, BuildError, BuildSeconds, Packages, RestoreError, RestoreSeconds) =
            (done.BuiltProject, done.BuildError, done.BuildSeconds, done.Packages, done.RestoreError, done.RestoreSeconds);
    }

    private KernelWarmup(string root)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            BuiltProject = HelperLibraryBuild.Run(root);
        }
        catch (InvalidOperationException e)
        {
            BuildError = e.Message;
        }

        BuildSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        Packages = LessonPackages.References(Path.Combine(root, "notebooks"));
        if (Packages.Count > 0)
        {
            RestoreError = LessonPackages.RestoreAsync(Packages, Path.Combine(root, "notebooks"), TimeSpan.FromMinutes(15)).GetAwaiter().GetResult();
        }

        RestoreSeconds = watch.Elapsed.TotalSeconds;
    }

    public string? BuiltProject { get; }

    public string? BuildError { get; }

    public double BuildSeconds { get; }

    public IReadOnlyList<string> Packages { get; }

    public string? RestoreError { get; }

    public double RestoreSeconds { get; }

    public string Describe() =>
        $"warm-up: built {BuiltProject ?? "nothing"} in {BuildSeconds:0.0} s{(BuildError is null ? "" : $" (FAILED: {BuildError})")}; " +
        $"restored {Packages.Count} lesson package reference(s) in {RestoreSeconds:0.0} s{(RestoreError is null ? "" : $" (FAILED: {RestoreError})")}";
}
