namespace Convolution.Teaching;

/// <summary>
/// The lesson's cat (assets/chelsea.png), found by walking up from the current directory (and from
/// this library's folder) to the folder that holds Convolution.Teaching.sln. The checkers use it
/// when it is there and skip the real-image part, saying so, when it is not.
/// </summary>
internal static class LessonImage
{
    private const string SolutionFile = "Convolution.Teaching.sln";
    private static readonly Lazy<(byte[,]? Cat, string WhyNot)> Loaded = new(Load);

    /// <summary>The cat in 8-bit gray, or null (then <paramref name="whyNot"/> says why).</summary>
    public static byte[,]? Cat(out string whyNot)
    {
        (byte[,]? cat, string why) = Loaded.Value;
        whyNot = why;
        return cat;
    }

    /// <summary>The path of assets/chelsea.png in the first repository found above <paramref name="startFolders"/>, or null.</summary>
    internal static string? FindCat(IEnumerable<string> startFolders)
    {
        foreach (string start in startFolders)
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    string cat = Path.Combine(dir.FullName, "assets", "chelsea.png");
                    if (File.Exists(cat))
                    {
                        return cat;
                    }
                }
            }
        }

        return null;
    }

    private static (byte[,]?, string) Load()
    {
        string here = Environment.CurrentDirectory;
        string? library = Path.GetDirectoryName(typeof(LessonImage).Assembly.Location);
        string? path = FindCat(library is null ? [here] : [here, library]);
        if (path is null)
        {
            return (null, $"assets/chelsea.png was not found above '{here}' (no folder with {SolutionFile} and assets/chelsea.png)");
        }

        try
        {
            return (Images.LoadGray(path), string.Empty);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, $"'{path}' could not be read ({e.Message})");
        }
    }
}
