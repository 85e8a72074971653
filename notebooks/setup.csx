// Loaded by the first cell of every lesson notebook: #load "setup.csx"
// Makes sure the helper libraries the next cell references are built from the current sources,
// and that this kernel is not still running an older copy of them. Works on Linux, Windows and
// macOS: it only needs the `dotnet` on PATH (the same one VS Code uses for the kernel).
// What is out of date, the build lock, the build command and what its failure means are shared with the course tool
// (`course check` builds the same way before any notebook runs): they live in the two files below, which the course
// tool compiles too. A #load path is taken from this file's folder, so they are found from notebooks/ and from any
// other folder directly under the clone's root where a copy of this file runs.
#load "../lib/Convolution.Teaching.Course/Shared/ChildProcess.cs"
#load "../lib/Convolution.Teaching.Course/Shared/LibraryBuild.cs"
#nullable enable
using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

/// A setup problem with what to do about it: shown as its message alone, without a stack trace.
sealed class SetupException : Exception
{
    public SetupException(string message, Exception? inner = null) : base(message, inner) { }

    public override string StackTrace => string.Empty;

    public override string ToString() => Message;
}

static class ConvolutionTeachingSetup
{
    const string Again = "run this cell again";

    public static void Run()
    {
        string root = FindRoot();
        string? reason = LibraryBuild.StaleReason(root);
        ThrowIfKernelHasOtherCopy(root, reason);
        if (reason is null)
        {
            Console.WriteLine($"Helper libraries are up to date ({Path.GetRelativePath(root, LibraryBuild.Dll(root, LibraryBuild.Libraries[0]))}).");
            return;
        }

        // Another notebook (or a test run) may be building the same output at this moment: take turns.
        using FileStream gate = WaitForBuildLock(root);
        reason = LibraryBuild.StaleReason(root);
        if (reason is null)
        {
            Console.WriteLine("Helper libraries were just built by another process; using them.");
            return;
        }

        Build(root, reason);
        string? again = LibraryBuild.StaleReason(root);
        if (again is not null)
        {
            // A source was saved while the build ran: build once more so the dll includes it.
            Build(root, again);
            again = LibraryBuild.StaleReason(root);
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
            if (File.Exists(Path.Combine(dir.FullName, LibraryBuild.Solution)))
            {
                return dir.FullName;
            }
        }

        throw new SetupException(
            $"This notebook was opened in {Environment.CurrentDirectory}, which is not inside a Convolution.Teaching clone " +
            $"(no {LibraryBuild.Solution} there or above). Lessons must live in the clone's notebooks/ folder (student copies in notebooks/student/): " +
            "move or copy the notebook back there and open it from there.");
    }

    /// A kernel that loaded a library keeps that copy until it restarts: refuse to go on with a stale one.
    static void ThrowIfKernelHasOtherCopy(string root, string? staleReason)
    {
        foreach (string name in LibraryBuild.Libraries)
        {
            var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
            if (loaded is null)
            {
                continue;
            }

            string dll = LibraryBuild.Dll(root, name);
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
        try
        {
            return LibraryBuild.AcquireLock(root, Again, () => Console.WriteLine("Another process is building the helper libraries; waiting for it..."));
        }
        catch (TimeoutException e)
        {
            throw new SetupException(e.Message, e);
        }
    }

    static void Build(string root, string reason)
    {
        Console.WriteLine($"Building the helper libraries because {reason}:");
        Console.WriteLine($"  {LibraryBuild.CommandLine()}   (in {root}; the first build also downloads packages and can take a few minutes)");
        if (LibraryBuild.DeleteOldCopies(root, Again) is { } inUse)
        {
            throw new SetupException(inUse);
        }

        ChildResult result;
        try
        {
            result = LibraryBuild.Run(root);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SetupException(
                $"Could not start `dotnet` ({e.Message}). Install the .NET SDK {LibraryBuild.SdkVersion(root)} (the version global.json asks for) and make sure `dotnet` is on PATH, then restart VS Code.", e);
        }

        if (LibraryBuild.Failure(root, LibraryBuild.Project, result, Again) is { } failure)
        {
            throw new SetupException(failure);
        }

        Console.WriteLine($"Built in {result.Elapsed.TotalSeconds:0.0} s.");
    }
}

ConvolutionTeachingSetup.Run();
