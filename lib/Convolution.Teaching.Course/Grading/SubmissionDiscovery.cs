namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// The files in a submissions folder: every notebook (.ipynb, in any case) below it, named by its path relative to the
/// folder so same-named files in two subfolders stay apart, and every other file with the reason it is not graded.
/// Links are not followed out of the folder: a grader never reads what a student's link points at elsewhere.
/// </summary>
public static class SubmissionDiscovery
{
    /// <summary>The notebooks to grade and the files skipped, both sorted by relative path.</summary>
    /// <param name="folder">The submissions folder (full path).</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static (IReadOnlyList<FoundSubmission> Notebooks, IReadOnlyList<SkippedFile> Skipped) Find(string folder)
    {
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"the folder '{folder}' does not exist: give the folder that holds the submitted notebooks");
        }

        var found = new List<FoundSubmission>();
        var skipped = new List<SkippedFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        foreach (string path in Directory.EnumerateFileSystemEntries(root, "*", options).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var info = new FileInfo(path);
            if (Directory.Exists(path) && info.LinkTarget is null)
            {
                continue;
            }

            if (relative.Split('/').Any(part => part == ".ipynb_checkpoints"))
            {
                skipped.Add(new SkippedFile(relative, "an editor's checkpoint copy, not a hand-in"));
            }
            else if (info.LinkTarget is not null)
            {
                string? target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                skipped.Add(new SkippedFile(relative, target is not null && target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    ? "a link to another file in the folder, which is graded itself"
                    : "a link to a file outside the folder, which is never read"));
            }
            else if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add(new SkippedFile(relative, "not a notebook (.ipynb)"));
            }
            else
            {
                found.Add(new FoundSubmission(path, relative));
            }
        }

        return (found, skipped);
    }
}
