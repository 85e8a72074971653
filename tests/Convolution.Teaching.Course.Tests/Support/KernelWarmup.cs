using System.Diagnostics;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Tests.Support;

/// Done once before the kernel tests: builds the helper library in Release (so no notebook's setup cell
/// builds it while another build runs), then starts one kernel and restores every package the lessons
/// pin, so each lesson's first cell finds them in the NuGet cache instead of downloading under its time limit.
public sealed class KernelWarmup
{
    public KernelWarmup()
    {
        var watch = Stopwatch.StartNew();
        try
        {
            BuiltProject = HelperLibraryBuild.Run(Repo.Root, TimeSpan.FromMinutes(15));
        }
        catch (InvalidOperationException e)
        {
            BuildError = e.Message;
        }

        BuildSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        Packages = LessonPackages.References(Repo.Notebooks);
        if (Packages.Count > 0)
        {
            RestoreError = LessonPackages.RestoreAsync(Packages, Repo.Notebooks, TimeSpan.FromMinutes(15)).GetAwaiter().GetResult();
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
