using System.Diagnostics;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course prepare</c>: everything a classroom without internet needs, done once while there is a connection:
/// builds the lessons' libraries (what each lesson's setup cell would build) and restores every package the
/// lessons pin into the local NuGet cache. Afterwards every lesson opens offline.
/// </summary>
/// <param name="console">Where to write (the one the command line app was given).</param>
public sealed class PrepareCommand(IAnsiConsole console) : CourseCommand<PrepareSettings>(console)
{
    /// <summary>Runs the preparation.</summary>
    /// <param name="settings">None.</param>
    /// <param name="cancellationToken">Unused: each step has its own time limit.</param>
    protected override async Task<ExitCode> RunCommandAsync(PrepareSettings settings, CancellationToken cancellationToken)
    {
        RepoPaths repo = RepoPaths.Find();
        var watch = Stopwatch.StartNew();
        string project = HelperLibraryBuild.ProjectFor(repo.Root);
        Console.MarkupLineInterpolated($"Building {project} (Release), what the lessons' setup cell builds...");
        HelperLibraryBuild.Run(repo.Root);
        Console.MarkupLineInterpolated($"  built in {watch.Elapsed.TotalSeconds:0.0} s");

        IReadOnlyList<string> packages = LessonPackages.References(repo.Notebooks);
        Console.MarkupLineInterpolated($"Restoring the {packages.Count} packages the lessons pin, in one kernel (a first run downloads them)...");
        watch.Restart();
        string? error = await LessonPackages.RestoreAsync(packages, repo.Notebooks, TimeSpan.FromMinutes(20)).ConfigureAwait(false);
        if (error is not null)
        {
            Console.MarkupLineInterpolated($"[red]The restore failed: {error.Trim()}[/]");
            return ExitCode.Failures;
        }

        foreach (string line in packages)
        {
            Console.MarkupLineInterpolated($"  {line}");
        }

        Console.MarkupLineInterpolated($"  restored in {watch.Elapsed.TotalSeconds:0.0} s. Every lesson now opens without a network.");
        return ExitCode.Success;
    }
}
