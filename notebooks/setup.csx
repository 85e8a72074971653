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

static class ConvolutionTeachingSetup
{
    const string Solution = "Convolution.Teaching.sln";
    const string Project = "lib/Convolution.Teaching.Notebooks";
    static readonly string[] Libraries = { "Convolution.Teaching.Notebooks", "Convolution.Teaching" };

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
                throw new InvalidOperationException($"The build succeeded but {again}. Is something still writing to lib/? Run this cell again when it stops.");
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

        throw new InvalidOperationException(
            $"Could not find {Solution} in '{Environment.CurrentDirectory}' or any folder above it. " +
            "Open the notebook from the repository's notebooks/ folder (the kernel starts in the notebook's folder).");
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
                throw new InvalidOperationException(
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
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(15))
            {
                if (!told)
                {
                    Console.WriteLine("Another process is building the helper libraries; waiting for it...");
                    told = true;
                }

                Thread.Sleep(500);
            }
        }
    }

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
        // the bytes under it); on Windows a loaded dll cannot be deleted, and we say so.
        foreach (string old in Libraries.Select(n => Dll(root, n)).Append(Path.Combine(Path.GetDirectoryName(Dll(root, Libraries[0]))!, Libraries[1] + ".dll")))
        {
            try
            {
                File.Delete(old);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException(
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
            throw new InvalidOperationException(
                $"Could not start `dotnet` ({e.Message}). Install the .NET SDK named in {Path.Combine(root, "global.json")} and make sure `dotnet` is on PATH, then restart VS Code.", e);
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
                throw new TimeoutException($"`dotnet {string.Join(" ", args)}` did not finish in 15 minutes. Run it in a terminal in {root} to see why.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var errors = output.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
                Console.WriteLine($"The build failed after {watch.Elapsed.TotalSeconds:0.0} s (exit code {process.ExitCode}):");
                foreach (string line in (errors.Count > 0 ? errors : output).Take(40))
                {
                    Console.WriteLine("  " + line.Trim());
                }

                throw new InvalidOperationException(
                    $"The helper libraries did not build (errors above). Fix them, or run `dotnet {string.Join(" ", args)}` in a terminal in {root} " +
                    "for the full output; then run this cell again.");
            }
        }

        Console.WriteLine($"Built in {watch.Elapsed.TotalSeconds:0.0} s.");
    }
}

ConvolutionTeachingSetup.Run();
