namespace Convolution.Teaching.Tests.Support;

/// <summary>Finds the repository's assets/ folder from wherever the test binaries were built.</summary>
internal static class TestAssets
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The three lesson images: chelsea is RGB, camera and coins are gray.</summary>
    public static readonly string[] PngNames = ["chelsea.png", "camera.png", "coins.png"];

    /// <summary>The full path of a file in assets/.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Root.Value, "assets", name);

    // Builds go to artifacts/bin/<project>/<config>/, so walk up to the folder that holds the solution.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Convolution.Teaching.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Convolution.Teaching.sln above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
