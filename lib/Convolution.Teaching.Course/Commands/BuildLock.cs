using System.Diagnostics;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// The lock file the notebooks' setup cell (notebooks/setup.csx) takes while it builds the helper library:
/// taking the same lock keeps the course command's build and a notebook's build from overlapping.
/// </summary>
public static class BuildLock
{
    /// <summary>The lock file's path under the repository root.</summary>
    public const string RelativePath = "artifacts/.notebook-build.lock";

    /// <summary>Opens the lock file exclusively, waiting while another process holds it.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="wait">How long to wait for another build.</param>
    /// <exception cref="TimeoutException">Another process held it for longer than <paramref name="wait"/>.</exception>
    public static FileStream Acquire(string root, TimeSpan wait)
    {
        string path = Path.Combine(root, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (watch.Elapsed < wait)
            {
                Thread.Sleep(250);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"{path} was held by another build for {wait.TotalMinutes:0} minutes. Is a build stuck? Delete the file if no build runs.", e);
            }
        }
    }
}
