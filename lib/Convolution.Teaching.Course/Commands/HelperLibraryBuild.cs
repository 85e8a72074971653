namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// Builds the helper library the notebooks reference, in Release, once before any notebook runs, so no
/// notebook's setup cell starts a build of its own that could race another build of the same output. The command, the
/// lock and what a failure means are the setup cell's own (<see cref="LibraryBuild"/>, which notebooks/setup.csx loads).
/// </summary>
public static class HelperLibraryBuild
{
    /// <summary>The library the notebooks reference (it pulls in lib/Convolution.Teaching).</summary>
    public const string NotebooksProject = "lib/Convolution.Teaching.Notebooks";

    /// <summary>The core library, built instead when the notebooks' library does not exist yet.</summary>
    public const string CoreProject = "lib/Convolution.Teaching";

    /// <summary>
    /// What the lessons' setup cell builds (<see cref="LibraryBuild.Project"/>): the display library, which
    /// brings the core and the exercises, and the OpenCV bridge, as one solution filter.
    /// </summary>
    public const string LessonsBuild = LibraryBuild.Project;

    /// <summary>The project that will be built: <see cref="LessonsBuild"/> when it exists, else <see cref="NotebooksProject"/>, else <see cref="CoreProject"/>.</summary>
    /// <param name="root">The repository root.</param>
    public static string ProjectFor(string root) =>
        File.Exists(Path.Combine(root, LessonsBuild)) ? LessonsBuild
        : Directory.Exists(Path.Combine(root, NotebooksProject)) ? NotebooksProject : CoreProject;

    /// <summary>Runs the setup cell's build (<see cref="LibraryBuild.CommandLine"/>) in <paramref name="root"/> under its lock and returns the project built.</summary>
    /// <param name="root">The repository root.</param>
    /// <exception cref="InvalidOperationException">The build failed or timed out; the message has its errors.</exception>
    /// <exception cref="TimeoutException">Another build held the lock too long.</exception>
    public static string Run(string root)
    {
        string project = ProjectFor(root);
        const string again = "run the command again";
        using FileStream gate = LibraryBuild.AcquireLock(root, again);
        ChildResult result;
        try
        {
            result = LibraryBuild.Run(root, project);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start `dotnet` ({e.Message}): install the .NET SDK from global.json.", e);
        }

        return LibraryBuild.Failure(root, project, result, again) is { } why ? throw new InvalidOperationException(why) : project;
    }
}
