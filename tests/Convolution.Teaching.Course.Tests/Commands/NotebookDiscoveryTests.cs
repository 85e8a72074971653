using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Commands;

public class NotebookDiscoveryTests
{
    [Fact]
    public void A_folder_gives_its_notebooks_recursively_in_order()
    {
        var found = NotebookDiscovery.Resolve([Repo.Fixture("Run")], Repo.Notebooks)
            .Select(p => Path.GetRelativePath(Repo.Fixture("Run"), p).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["01-passing.ipynb", "02-throwing.ipynb", "03-endless.ipynb", "06-solution.ipynb", "relative/04-relative-paths.ipynb", "student/05-exercise.ipynb"], found);
    }

    [Fact]
    public void No_paths_means_the_default_folder()
    {
        Assert.Equal(NotebookDiscovery.InFolder(Repo.Fixture("Hygiene")), NotebookDiscovery.Resolve([], Repo.Fixture("Hygiene")));
    }

    [Fact]
    public void An_unknown_path_is_named_and_the_existing_notebooks_are_listed()
    {
        var e = Assert.Throws<ArgumentException>(() => NotebookDiscovery.Resolve(["nope/99-missing.ipynb"], Repo.Fixture("Run")));

        Assert.Contains("'nope/99-missing.ipynb' does not exist", e.Message);
        Assert.Contains("Notebooks that exist:", e.Message);
        Assert.Contains("01-passing.ipynb", e.Message);
        Assert.Contains("05-exercise.ipynb", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => NotebookDiscovery.Resolve([Repo.Fixture("Run", "relative", "data.txt")], Repo.Fixture("Run")));

        Assert.Contains("is not an .ipynb notebook", e.Message);
    }
}
