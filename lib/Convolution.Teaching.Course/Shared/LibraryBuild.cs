// The lessons' library build, in one place for its two users: the course tool compiles this file (HelperLibraryBuild
// builds before any notebook runs), and notebooks/setup.csx #loads it into the notebook kernel (the setup cell builds
// when a library is missing or older than its sources). Plain C#, no namespace (a script cannot declare one), only the
// base library and ChildProcess.cs beside it.
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

/// <summary>What the lessons' setup cell builds, when it is out of date, under which lock, with which command, and what its failure means.</summary>
internal static class LibraryBuild
{
    /// <summary>
    /// The lessons' libraries in one build: the solution filter names the display library (which brings the core and the
    /// exercises) and the OpenCV bridge (which brings this platform's native OpenCV runtime).
    /// </summary>
    public const string Project = "notebooks/lessons.slnf";

    /// <summary>The lock file, under the repository root: one build at a time, whoever starts it.</summary>
    public const string LockFile = "artifacts/.notebook-build.lock";

    /// <summary>The solution file that marks a clone's root.</summary>
    public const string Solution = "Convolution.Teaching.sln";

    /// <summary>The libraries the lessons reference, the display library first.</summary>
    public static readonly string[] Libraries = { "Convolution.Teaching.Notebooks", "Convolution.Teaching.Exercises", "Convolution.Teaching.OpenCv", "Convolution.Teaching" };

    /// <summary>How long a build may take, and how long to wait for another one's lock.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(15);

    /// <summary>The build's arguments after <c>dotnet</c> (no build server, no shared compiler: nothing outlives it).</summary>
    /// <param name="project">What to build (<see cref="Project"/> unless the clone has none).</param>
    public static string[] Arguments(string project = Project) =>
        new[] { "build", project, "-c", "Release", "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" };

    /// <summary>The build command as a person types it.</summary>
    /// <param name="project">What to build.</param>
    public static string CommandLine(string project = Project) => "dotnet " + string.Join(" ", Arguments(project));

    /// <summary>Where a library's Release build is.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="name">The library's name.</param>
    public static string Dll(string root, string name) =>
        Path.Combine(root, "artifacts", "bin", name, "release", name + ".dll");

    /// <summary>
    /// Why the libraries must be built, or null when each dll exists and is newer than its own sources. (Each library
    /// against its own project folder: when only Convolution.Teaching changes inside its methods, MSBuild rightly leaves
    /// Convolution.Teaching.Notebooks.dll untouched, so comparing that dll with every source under lib/ would ask for a
    /// build every time.)
    /// </summary>
    /// <param name="root">The repository root.</param>
    public static string? StaleReason(string root)
    {
        foreach (string name in Libraries)
        {
            string dll = Dll(root, name);
            if (!File.Exists(dll))
            {
                return $"{Path.GetRelativePath(root, dll)} does not exist yet";
            }

            (string newest, DateTime newestTime) = NewestSource(root, name);
            if (newestTime > File.GetLastWriteTimeUtc(dll))
            {
                return $"{Path.GetRelativePath(root, newest)} changed after the last build";
            }
        }

        return null;
    }

    /// <summary>
    /// Takes the build lock, waiting while another process (a notebook's setup cell, the course tool, a test) holds it.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="again">What the reader does once it is free, e.g. "run this cell again".</param>
    /// <param name="waiting">Told once, when the lock is held by someone else.</param>
    /// <exception cref="TimeoutException">Another process held it for longer than <see cref="Patience"/>; the message says what to do.</exception>
    public static FileStream AcquireLock(string root, string again, Action? waiting = null)
    {
        string path = Path.Combine(root, LockFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = Stopwatch.StartNew();
        bool told = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }

                Thread.Sleep(250);
            }
            catch (IOException e)
            {
                throw new TimeoutException(
                    $"Another process has held the build lock {path} for {Patience.TotalMinutes:0} minutes. If no other notebook or build is running, " +
                    $"restart the kernels of the other open notebooks (a kernel that was stopped mid-build can keep it), then {again}.", e);
            }
        }
    }

    /// <summary>
    /// Deletes every copy of the libraries in their output folders, so that the build writes new files: a kernel in another
    /// process that has them loaded keeps its intact old copy (an in-place overwrite would change the bytes under it). On
    /// Windows a loaded dll cannot be deleted: that, and only that, is a file in use.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="again">What the reader does once it is free, e.g. "run this cell again".</param>
    /// <returns>Null, or the copy that is in use and the message that says so.</returns>
    public static string? DeleteOldCopies(string root, string again)
    {
        var copies = from folder in Libraries.Select(n => Path.GetDirectoryName(Dll(root, n))!)
                     from name in Libraries
                     select Path.Combine(folder, name + ".dll");
        foreach (string old in copies.Where(File.Exists))
        {
            try
            {
                File.Delete(old);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"{old} is in use by another process, probably another notebook's kernel: restart or close that kernel, then {again}.";
            }
        }

        return null;
    }

    /// <summary>Runs the build in <paramref name="root"/> (no lock taken: the caller holds it), its tree killed at <see cref="Patience"/>.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="project">What to build.</param>
    /// <exception cref="System.ComponentModel.Win32Exception"><c>dotnet</c> is not on PATH.</exception>
    public static ChildResult Run(string root, string project = Project) =>
        ChildProcess.Run(new ChildStart("dotnet", Arguments(project)) { WorkingDirectory = root }, Patience);

    /// <summary>
    /// What a finished build's failure means, told by its cause (a missing SDK and an unreachable package feed each have
    /// their own fix), or null when it succeeded.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="project">What was built.</param>
    /// <param name="result">The build's result.</param>
    /// <param name="again">What the reader does once it is fixed, e.g. "run this cell again".</param>
    public static string? Failure(string root, string project, ChildResult result, string again)
    {
        if (result.Succeeded)
        {
            return null;
        }

        string command = CommandLine(project);
        if (result.TimedOut)
        {
            return $"`{command}` did not finish in {Patience.TotalMinutes:0} minutes. Run it in a terminal in {root} to see why.";
        }

        string[] output = result.Output.Split('\n');
        bool Says(params string[] words) => output.Any(l => words.Any(w => l.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (Says("A compatible .NET SDK was not found", "Requested SDK version", "global.json file:"))
        {
            return $"This repository needs the .NET SDK {SdkVersion(root)} (global.json; any later patch of it works), and the `dotnet` on PATH does not have it " +
                $"(`dotnet --list-sdks` shows what is installed). Install that SDK, restart VS Code (or Jupyter), then {again}.";
        }

        if (Says("NU1301", "Unable to load the service index", "NU1101", "NU1102", "Name or service not known", "No such host is known"))
        {
            return "The first build downloads the packages the helper libraries need from NuGet, and NuGet could not be reached (is this machine offline?). " +
                $"Connect once and {again}; after one successful run the packages stay in the local NuGet cache and no connection is needed. (Command: {command}, in {root}.)";
        }

        var errors = output.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()).Distinct().Take(20).ToList();
        return $"The helper libraries did not build ({command} exited with {result.ExitCode} after {result.Elapsed.TotalSeconds:0.0} s):\n  " +
            string.Join("\n  ", errors.Count > 0 ? errors : output.Where(l => l.Trim().Length > 0).TakeLast(20)) +
            $"\nFix the errors above, or run that command in a terminal in {root} for the full output; then {again}.";
    }

    /// <summary>The SDK version global.json pins, for messages.</summary>
    /// <param name="root">The repository root.</param>
    public static string SdkVersion(string root)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "global.json")));
            return json.RootElement.GetProperty("sdk").GetProperty("version").GetString() ?? "named in global.json";
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "named in global.json";
        }
    }

    /// <summary>The newest *.cs / *.csproj in lib/&lt;name&gt;/ (build folders excluded) and the repository-wide build files.</summary>
    private static (string Path, DateTime Time) NewestSource(string root, string name)
    {
        var files = new List<string>();
        string project = Path.Combine(root, "lib", name);
        if (Directory.Exists(project))
        {
            files.AddRange(Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .Where(f => !Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj")));
        }

        files.AddRange(Directory.EnumerateFiles(root, "Directory.*.props"));
        files.AddRange(Directory.EnumerateFiles(root, "Directory.*.targets"));
        string globalJson = Path.Combine(root, "global.json");
        if (File.Exists(globalJson))
        {
            files.Add(globalJson);
        }

        return files.Select(f => (f, File.GetLastWriteTimeUtc(f))).DefaultIfEmpty((root, DateTime.MinValue)).MaxBy(x => x.Item2);
    }
}
