using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Commands;

public class RepoPathsTests
{
    [Fact]
    public void Executed_copies_mirror_the_notebooks_folder_under_artifacts_executed()
    {
        RepoPaths repo = RepoPaths.Find();

        Assert.Equal(Repo.Root, repo.Root);
        Assert.Equal(Path.Combine(Repo.Root, "artifacts", "executed", "01-x.ipynb"), repo.ExecutedCopyOf(Path.Combine(Repo.Notebooks, "01-x.ipynb")));
        Assert.Equal(Path.Combine(Repo.Root, "artifacts", "executed", "student", "01-x.ipynb"), repo.ExecutedCopyOf(Path.Combine(Repo.Notebooks, "student", "01-x.ipynb")));
        Assert.Equal(Path.Combine(Repo.Root, "artifacts", "executed", "tests", "a.ipynb"), repo.ExecutedCopyOf(Path.Combine(Repo.Root, "tests", "a.ipynb")));
        Assert.Equal(Path.Combine(Repo.Root, "artifacts", "executed", "b.ipynb"), repo.ExecutedCopyOf("/elsewhere/b.ipynb"));
    }

    [Fact]
    public void The_libraries_built_first_are_what_the_lessons_setup_cell_builds_with_the_same_code()
    {
        Assert.Equal(HelperLibraryBuild.LessonsBuild, HelperLibraryBuild.ProjectFor(Repo.Root));
        // The setup cell builds with the course tool's own code: setup.csx loads the file this assembly compiles.
        string setup = File.ReadAllText(Path.Combine(Repo.Notebooks, "setup.csx"));
        foreach (string shared in new[] { "ChildProcess.cs", "LibraryBuild.cs" })
        {
            string load = $"#load \"../lib/Convolution.Teaching.Course/Shared/{shared}\"";
            Assert.Contains(load, setup, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Repo.Notebooks, "..", "lib", "Convolution.Teaching.Course", "Shared", shared)), shared);
        }

        Assert.Equal(LibraryBuild.Project, HelperLibraryBuild.LessonsBuild);
        Assert.Contains(LibraryBuild.Project, LibraryBuild.CommandLine(), StringComparison.Ordinal);
        Assert.Equal(HelperLibraryBuild.CoreProject, HelperLibraryBuild.ProjectFor(Path.GetTempPath()));
    }
}
