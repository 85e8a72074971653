using System.Reflection;
using ArchUnitNET.Loader;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Exercises;
using Convolution.Teaching.Notebooks;
using Convolution.Teaching.OpenCv;
using ArchModel = ArchUnitNET.Domain.Architecture;

namespace Convolution.Teaching.Architecture.Tests;

/// The five parts of the house (docs/architecture.md) and the architecture ArchUnitNET reads from them.
internal static class Parts
{
    public static readonly Assembly Core = typeof(Filters).Assembly;
    public static readonly Assembly OpenCv = typeof(Cv).Assembly;
    public static readonly Assembly Exercises = typeof(CheckResult).Assembly;
    public static readonly Assembly Notebooks = typeof(Notebook).Assembly;
    public static readonly Assembly Course = typeof(HelperLibraryBuild).Assembly;

    public static readonly ArchModel All = new ArchLoader().LoadAssemblies(Core, OpenCv, Exercises, Notebooks, Course).Build();

    /// The repository's top folder, found from the test assembly's folder (artifacts/bin/... lies inside it).
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Convolution.Teaching.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Convolution.Teaching.sln not found above {AppContext.BaseDirectory}.");
    }
}
