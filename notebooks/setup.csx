// Loaded by the first cell of every lesson notebook: #load "setup.csx"
// Makes sure the helper libraries the next cell references are built from the current sources,
// and that this kernel is not still running an older copy of them. Works on Linux, Windows and
// macOS: it only needs the `dotnet` on PATH (the same one VS Code uses for the kernel).
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading;

/// A setup problem with what to do about it: shown as its message alone, without a stack trace.
sealed class SetupException : Exception
{
    public SetupException(string message, Exception? inner = null) : base(message, inner) { }

    public override string StackTrace => string.Empty;

    public override string ToString() => Message;
}

static class ConvolutionTeachingSetup
{
    const string Solution = "Convolution.Teaching.sln";
    // The lessons' libraries in one build: lessons.slnf names the display library (which brings the core and
    // the exercises) and the OpenCV bridge (which brings this platform's native OpenCV runtime).
    const string Project = "notebooks/lessons.slnf";
    static readonly string[] Libraries = { "Convolution.Teaching.Notebooks", "Convolution.Teaching.Exercises", "Convolution.Teaching.OpenCv", "Convolution.Teaching" };

    public static void Run()
    {
        string root = FindRoot();
        string? reason = StaleReason(root);
        ThrowIfKernelHasOtherCopy(root, reason);
        if (reason is null)
        {
            Console.WriteLine($"Helper libraries are up to date ({Path.GetRelativePath(root, Dll(root, Libraries[0]))}).");
            return;
        }

        // Another notebook (or a test run) may be building the same output at this moment: take turns.
        using FileStream gate = WaitForBuildLock(root);
        reason = StaleReason(root);
        if (reason is null)
        {
            Console.WriteLine("Helper libraries were just built by another process; using them.");
            return;
        }

        Build(root, reason);
        string? again = StaleReason(root);
        if (again is not null)
        {
            // A source was saved while the build ran: build once more so the dll includes it.
            Build(root, again);
            again = StaleReason(root);
            if (again is not null)
            {
                throw new SetupException($"The build succeeded but {again}. Is something still writing to lib/? Run this cell again when it stops.");
            }
        }
    }

    /// The folder holding Convolution.Teaching.sln, searched upwards from the kernel's current directory.
    static string FindRoot()
    {
        for (DirectoryInfo? dir = new(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Solution)))
            {
                return dir.FullName;
            }
        }

        throw new SetupException(
            $"This notebook was opened in {Environment.CurrentDirectory}, which is not inside a Convolution.Teaching clone " +
            $"(no {Solution} there or above). Lessons must live in the clone's notebooks/ folder (student copies in notebooks/student/): " +
            "move or copy the notebook back there and open it from there.");
    }

    static string Dll(string root, string name) =>
        Path.Combine(root, "artifacts", "bin", name, "release", name + ".dll");

    /// Why the libraries must be built, or null when each dll exists and is newer than its own sources.
    /// (Each library against its own project folder: when only Convolution.Teaching changes inside its
    /// methods, MSBuild rightly leaves Convolution.Teaching.Notebooks.dll untouched, so comparing that
    /// dll with every source under lib/ would ask for a build every time.)
    static string? StaleReason(string root)
    {
        foreach (string name in Libraries)
        {
            string dll = Dll(root, name);
            if (!File.Exists(dll))
            {
                return $"{Path.GetRelativePath(root, dll)} does not exist yet";
            }

            var (newest, newestTime) = NewestSource(root, name);
            if (newestTime > File.GetLastWriteTimeUtc(dll))
            {
                return $"{Path.GetRelativePath(root, newest)} changed after the last build";
            }
        }

        return null;
    }

    /// The newest *.cs / *.csproj in lib/<name>/ (build folders excluded) and the repository-wide build files.
    static (string Path, DateTime Time) NewestSource(string root, string name)
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

    /// A kernel that loaded a library keeps that copy until it restarts: refuse to go on with a stale one.
    static void ThrowIfKernelHasOtherCopy(string root, string? staleReason)
    {
        foreach (string name in Libraries)
        {
            var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
            if (loaded is null)
            {
                continue;
            }

            string dll = Dll(root, name);
            if (staleReason is not null || !File.Exists(dll) || ReadMvid(dll) != loaded.ManifestModule.ModuleVersionId)
            {
                throw new SetupException(
                    $"This kernel already runs an older copy of {name} ({staleReason ?? "the dll was rebuilt since it was loaded"}). " +
                    "Restart the kernel (Restart in the notebook toolbar), then run the notebook from the first cell: it rebuilds the library if needed.");
            }
        }
    }

    static Guid ReadMvid(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        return md.GetGuid(md.GetModuleDefinition().Mvid);
    }

    static FileStream WaitForBuildLock(string root)
    {
        string path = Path.Combine(root, "artifacts", ".notebook-build.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = Stopwatch.StartNew();
        bool told = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockPatience)
            {
                if (!told)
                {
                    Console.WriteLine("Another process is building the helper libraries; waiting for it...");
                    told = true;
                }

                Thread.Sleep(500);
            }
            catch (IOException e)
            {
                throw new SetupException(
                    $"Another process has held the build lock {path} for {LockPatience.TotalMinutes:0} minutes. If no other notebook or build is running, " +
                    "restart the kernels of the other open notebooks (a kernel that was stopped mid-build can keep it), then run this cell again.", e);
            }
        }
    }

    static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(15);

    static void Build(string root, string reason)
    {
        string[] args = { "build", Project, "-c", "Release", "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" };
        Console.WriteLine($"Building the helper libraries because {reason}:");
        Console.WriteLine($"  dotnet {string.Join(" ", args)}   (in {root}; the first build also downloads packages and can take a few minutes)");
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

        // The kernel's own host may have set these for itself; the child build must find its own SDK,
        // and must not leave build servers running (they would keep this cell's output pipes open).
        foreach (string v in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "DOTNET_HOST_PATH" })
        {
            psi.Environment.Remove(v);
        }

        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";

        // A kernel in another process may have these dlls loaded. Deleting them first makes the build
        // write new files, so that kernel keeps its intact old copy (an in-place overwrite would change
        // the bytes under it). On a fresh clone there is nothing to delete yet. On Windows a loaded dll
        // cannot be deleted: that, and only that, is a file in use.
        // Each library's output folder holds copies of the libraries it references: replace every copy.
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
                throw new SetupException(
                    $"{old} is in use by another process, probably another notebook's kernel: restart or close that kernel, then run this cell again.", e);
            }
        }

        var output = new List<string>();
        var watch = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SetupException(
                $"Could not start `dotnet` ({e.Message}). Install the .NET SDK {SdkVersion(root)} (the version global.json asks for) and make sure `dotnet` is on PATH, then restart VS Code.", e);
        }

        using (process)
        {
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
            {
                process.Kill(entireProcessTree: true);
                throw new SetupException($"`dotnet {string.Join(" ", args)}` did not finish in 15 minutes. Run it in a terminal in {root} to see why.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw Failure(root, args, process.ExitCode, watch.Elapsed, output);
            }
        }

        Console.WriteLine($"Built in {watch.Elapsed.TotalSeconds:0.0} s.");
    }

    /// The build's failure, told by its cause: a missing SDK and an unreachable package feed each have their own fix.
    static SetupException Failure(string root, string[] args, int exitCode, TimeSpan elapsed, List<string> output)
    {
        string command = $"dotnet {string.Join(" ", args)}";
        bool Says(params string[] words) => output.Any(l => words.Any(w => l.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (Says("A compatible .NET SDK was not found", "Requested SDK version", "global.json file:"))
        {
            return new SetupException(
                $"This repository needs the .NET SDK {SdkVersion(root)} (global.json; any later patch of it works), and the `dotnet` on PATH does not have it " +
                "(`dotnet --list-sdks` shows what is installed). Install that SDK, restart VS Code (or Jupyter), then run this cell again.");
        }

        if (Says("NU1301", "Unable to load the service index", "NU1101", "NU1102", "Name or service not known", "No such host is known"))
        {
            return new SetupException(
                "The first build downloads the packages the helper libraries need from NuGet, and NuGet could not be reached (is this machine offline?). " +
                $"Connect once and run this cell again; after one successful run the packages stay in the local NuGet cache and no connection is needed. (Command: {command}, in {root}.)");
        }

        var errors = output.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()).Distinct().Take(20).ToList();
        return new SetupException(
            $"The helper libraries did not build ({command} exited with {exitCode} after {elapsed.TotalSeconds:0.0} s):\n  " +
            string.Join("\n  ", errors.Count > 0 ? errors : output.TakeLast(20)) +
            $"\nFix the errors above, or run that command in a terminal in {root} for the full output; then run this cell again.");
    }

    /// The SDK version global.json pins, for messages.
    static string SdkVersion(string root)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "global.json")));
            return json.RootElement.GetProperty("sdk").GetProperty("version").GetString() ?? "named in global.json";
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            return "named in global.json";
        }
    }
}

ConvolutionTeachingSetup.Run();
