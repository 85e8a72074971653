namespace Convolution.Teaching.Course.Commands;

/// <summary>Where things are in the repository: found from the current directory, else from this program's folder.</summary>
public sealed class RepoPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFile = "Convolution.Teaching.sln";

    private RepoPaths(string root) => Root = root;

    /// <summary>The repository root (the folder holding <see cref="SolutionFile"/>).</summary>
    public string Root { get; }

    /// <summary>The lessons folder, <c>notebooks/</c>.</summary>
    public string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Where executed copies go: <c>artifacts/executed/</c>.</summary>
    public string Executed => Path.Combine(Root, "artifacts", "executed");

    /// <summary>Finds the repository above the current directory or above this program.</summary>
    /// <exception cref="InvalidOperationException">Neither is inside the repository.</exception>
    public static RepoPaths Find()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return new RepoPaths(dir.FullName);
                }
            }
        }

        throw new InvalidOperationException(
            $"Could not find {SolutionFile} above '{Environment.CurrentDirectory}'. Run the course command from the repository (bash scripts/course.sh).");
    }

    /// <summary>Where the executed copy of <paramref name="notebook"/> goes: its path under notebooks/ (else under the repository, else its name) below <see cref="Executed"/>.</summary>
    /// <param name="notebook">A source notebook's path.</param>
    public string ExecutedCopyOf(string notebook)
    {
        string full = Path.GetFullPath(notebook);
        string relative = IsUnder(full, Notebooks) ? Path.GetRelativePath(Notebooks, full)
            : IsUnder(full, Root) ? Path.GetRelativePath(Root, full)
            : Path.GetFileName(full);
        return Path.Combine(Executed, relative);
    }

    /// <summary>A path relative to the root, for messages.</summary>
    /// <param name="path">Any path.</param>
    public string Show(string path) => IsUnder(Path.GetFullPath(path), Root) ? Path.GetRelativePath(Root, path) : path;

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
