namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Deletes a grading work folder whatever its submission did to it: a student's code may leave a folder without read or
/// write permission (chmod 000), which a plain recursive delete refuses.
/// </summary>
internal static class ScratchFolder
{
    /// <summary>Deletes <paramref name="path"/> (a folder or a file) if it is there; true when it is gone.</summary>
    /// <param name="path">The folder or file.</param>
    public static bool Delete(string? path)
    {
        if (path is null)
        {
            return true;
        }

        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
                return true;
            }

            if (!Directory.Exists(path))
            {
                return true;
            }

            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                MakeOwnerWritable(path);
                Directory.Delete(path, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void MakeOwnerWritable(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Links are not followed: a link out of the folder must never have its target's mode changed.
        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            return;
        }

        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            MakeOwnerWritable(sub);
        }
    }
}
