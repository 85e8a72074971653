namespace Convolution.Teaching.Course.Apps;

/// <summary>Runs lesson apps as a reader does, <c>dotnet run notebooks/apps/NN-topic.cs</c> from the clone's root, with a time limit.</summary>
public static class AppProcess
{
    /// <summary>Every app under <c>notebooks/apps/</c>: the lessons', then the student copies'.</summary>
    /// <param name="notebooksFolder">The clone's notebooks/ folder.</param>
    public static IReadOnlyList<string> All(string notebooksFolder)
    {
        string apps = Path.Combine(notebooksFolder, LessonApp.Folder);
        string student = Path.Combine(apps, Release.StudentCopies.Folder);
        return [.. Files(apps), .. Files(student)];
    }

    /// <summary>Runs one app and waits for it, or stops it (and what it started) at <paramref name="limit"/>.</summary>
    /// <param name="app">The app's path.</param>
    /// <param name="repoRoot">The clone, where the app is started.</param>
    /// <param name="limit">The time limit, build included.</param>
    /// <param name="cancellationToken">Stops the app.</param>
    public static async Task<AppRunResult> RunAsync(string app, string repoRoot, TimeSpan limit, CancellationToken cancellationToken)
    {
        // ChildProcess's environment policy: no build server or MSBuild node outlives the run (as setup.csx builds), and
        // whatever the app or its build left running is killed with it, so nothing holds the machine afterwards.
        // A fresh path per run for the app's result (what the verdict reads): never an earlier run's file, never another app's.
        string resultFile = Path.Combine(Path.GetTempPath(), $"ct-app-result-{Guid.NewGuid():N}.json");
        ChildResult run = await ChildProcess.RunAsync(
            new ChildStart("dotnet", "run", Path.GetRelativePath(repoRoot, app))
            {
                WorkingDirectory = repoRoot,
                Environment = new Dictionary<string, string?> { [Convolution.Teaching.Notebooks.Apps.AppResult.Variable] = resultFile },
            },
            limit,
            cancellationToken).ConfigureAwait(false);
        bool stopped = run.TimedOut || run.Cancelled;
        return new AppRunResult(app, stopped ? -1 : run.ExitCode, run.Elapsed.TotalSeconds, run.Output, TimedOut: stopped, TakeResult(resultFile));
    }

    /// <summary>
    /// Runs <paramref name="apps"/>, the first alone (it builds the libraries they share, once) and the rest
    /// <paramref name="parallel"/> at a time (each app's own build has its own folder).
    /// </summary>
    /// <param name="apps">The apps.</param>
    /// <param name="repoRoot">The clone.</param>
    /// <param name="limit">The time limit per app.</param>
    /// <param name="parallel">How many run at once after the first.</param>
    /// <param name="done">Told of each result as it comes.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    public static async Task<IReadOnlyList<AppRunResult>> RunAllAsync(
        IReadOnlyList<string> apps, string repoRoot, TimeSpan limit, int parallel, Action<AppRunResult>? done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apps);
        var results = new AppRunResult[apps.Count];
        if (apps.Count == 0)
        {
            return results;
        }

        results[0] = await RunAsync(apps[0], repoRoot, limit, cancellationToken).ConfigureAwait(false);
        done?.Invoke(results[0]);
        await Parallel.ForEachAsync(Enumerable.Range(1, apps.Count - 1), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                results[i] = await RunAsync(apps[i], repoRoot, limit, token).ConfigureAwait(false);
                done?.Invoke(results[i]);
            }).ConfigureAwait(false);
        return results;
    }

    /// The result file's text, or null when the app wrote none; the file is deleted either way.
    private static string? TakeResult(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        string text = File.ReadAllText(path);
        File.Delete(path);
        return text;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal) : [];
}
