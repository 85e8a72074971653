namespace Convolution.Teaching.Course.Tests.Support;

/// Paths in the repository, found from the test assembly's folder (artifacts/bin/... lies inside it).
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Fixtures => Path.Combine(Root, "tests", "Convolution.Teaching.Course.Tests", "Fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

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
