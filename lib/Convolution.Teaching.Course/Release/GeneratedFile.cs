namespace Convolution.Teaching.Course.Release;

/// <summary>
/// Writes a file that <c>course release</c> generates (a student copy, a lesson app) the one way all of them need:
/// not at all when it already holds the text, so a second release changes nothing, and never over edits the
/// generator did not make unless forced, since those may be a student's work.
/// </summary>
public static class GeneratedFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> (and its folder) unless the file already holds
    /// it or has hand edits, and says what happened.</summary>
    /// <param name="path">The generated file.</param>
    /// <param name="text">What the generator writes now.</param>
    /// <param name="force">Overwrite a file that has hand edits.</param>
    /// <param name="editedByHand">Why a file's current text has edits the generator did not make, or null when it has none.</param>
    /// <param name="regeneratedFrom">What <c>--force</c> regenerates the file from, for the message; null leaves it unsaid.</param>
    /// <returns>What happened, and a sentence for the console.</returns>
    public static (StudentCopyStatus Status, string Message) Write(
        string path, string text, bool force, Func<string, string?> editedByHand, string? regeneratedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(editedByHand);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return (StudentCopyStatus.Created, $"created {path}");
        }

        string existing = File.ReadAllText(path);
        if (existing == text)
        {
            return (StudentCopyStatus.Unchanged, $"unchanged {path}");
        }

        if (!force && editedByHand(existing) is { } why)
        {
            string from = regeneratedFrom is null ? "" : $" from {regeneratedFrom}";
            return (StudentCopyStatus.RefusedEdited,
                $"left {path} alone: {why}. If those edits are a student's work, copy the file elsewhere first; then run `course release --force` to regenerate it{from}.");
        }

        File.WriteAllText(path, text);
        return (StudentCopyStatus.Updated, $"updated {path}");
    }
}
