using System.Diagnostics;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// Builds the helper library the notebooks reference, in Release, once before any notebook runs, so no
/// notebook's setup cell starts a build of its own that could race another build of the same output.
/// </summary>
public static class HelperLibraryBuild
{
    /// <summary>The library the notebooks reference (it pulls in lib/Convolution.Teaching).</summary>
    public const string NotebooksProject = "lib/Convolution.Teaching.Notebooks";

    /// <summary>The core library, built instead when the notebooks' library does not exist yet.</summary>
    public const string CoreProject = "lib/Convolution.Teaching";

    /// <summary>
    /// What the lessons' setup cell builds (notebooks/setup.csx builds the same): the display library, which
    /// brings the core and the exercises, and the OpenCV bridge, as one solution filter.
    /// </summary>
    public const string LessonsBuild = "notebooks/lessons.slnf";

    /// <summary>The project that will be built: <see cref="NotebooksProject"/> when it exists, else <see cref="CoreProject"/>.</summary>
    /// <param name="root">The repository root.</param>
    public static string ProjectFor(string root) =>
        File.Exists(Path.Combine(root, LessonsBuild)) ? LessonsBuild
        : Directory.Exists(Path.Combine(root, NotebooksProject)) ? NotebooksProject : CoreProject;

    /// <summary>Runs <c>dotnet build &lt;project&gt; -c Release</c> in <paramref name="root"/> and returns the project built.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="timeout">Time limit for the build (the first build downloads packages).</param>
    /// <exception cref="InvalidOperationException">The build failed or timed out; the message has its errors.</exception>
    public static string Run(string root, TimeSpan timeout)
    {
        string project = ProjectFor(root);
        string[] args = ["build", project, "-c", "Release", "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false"];
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (string key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            psi.Environment.Remove(key); // set by a parent `dotnet test`; the child build must find its own SDK.
        }

        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        var output = new List<string>();
        using FileStream gate = BuildLock.Acquire(root, TimeSpan.FromMinutes(15));
        using Process process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start `dotnet`: install the .NET SDK from global.json.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"`dotnet {string.Join(' ', args)}` did not finish in {timeout.TotalMinutes:0} minutes. Run it in {root} to see why.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            List<string> errors;
            lock (output)
            {
                errors = [.. output.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(30)];
                if (errors.Count == 0)
                {
                    errors = [.. output.TakeLast(30)];
                }
            }

            throw new InvalidOperationException(
                $"The helper library did not build (`dotnet {string.Join(' ', args)}` exited {process.ExitCode}):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return project;
    }
}
