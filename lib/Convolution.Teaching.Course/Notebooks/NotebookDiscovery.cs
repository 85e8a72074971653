namespace Convolution.Teaching.Course.Notebooks;

/// <summary>Turns the paths given on the command line into notebook files.</summary>
public static class NotebookDiscovery
{
    /// <summary>Every *.ipynb under <paramref name="folder"/>, sorted, without editor checkpoint copies.</summary>
    /// <param name="folder">A folder.</param>
    /// <param name="recursive">Also look in subfolders (e.g. notebooks/student/).</param>
    public static IReadOnlyList<string> InFolder(string folder, bool recursive = true) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.ipynb", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The notebooks named by <paramref name="paths"/> (files, or folders searched recursively); an empty list means <paramref name="defaultFolder"/>.
    /// </summary>
    /// <param name="paths">Paths from the command line.</param>
    /// <param name="defaultFolder">The lessons folder.</param>
    /// <exception cref="ArgumentException">A path does not exist or is not a notebook; the message lists what exists.</exception>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> paths, string defaultFolder)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            return InFolder(defaultFolder);
        }

        var found = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path) && path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                found.AddRange(InFolder(path));
            }
            else
            {
                throw new ArgumentException(UnknownPath(path, defaultFolder), nameof(paths));
            }
        }

        return [.. found.Distinct()];
    }

    private static string UnknownPath(string path, string defaultFolder)
    {
        string what = File.Exists(path) ? "is not an .ipynb notebook" : "does not exist";
        IReadOnlyList<string> existing = InFolder(defaultFolder);
        string list = existing.Count == 0
            ? $"There are no notebooks in {defaultFolder} yet."
            : $"Notebooks that exist:{Environment.NewLine}" + string.Join(Environment.NewLine, existing.Select(e => "  " + Path.GetRelativePath(Environment.CurrentDirectory, e)));
        return $"'{path}' {what}. Pass a notebook (.ipynb) or a folder. {list}";
    }
}
