using Convolution.Teaching.Course.Apps;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Apps;

public class SetupCellTests
{
    private const string Cell = """
        // Setup: builds the helper libraries
        #!csharp
        if (!System.IO.File.Exists("setup.csx")) throw new System.IO.FileNotFoundException("...");
        #!csharp
        #load "setup.csx"
        #!csharp
        #r "nuget: Plotly.NET, 6.0.0"
        // The helper libraries that setup.csx built.
        #r "../artifacts/bin/Convolution.Teaching/release/Convolution.Teaching.dll"
        using Convolution.Teaching;
        // Makes images show as HTML.
        Notebook.Setup();
        """;

    [Fact]
    public void The_third_part_becomes_pinned_packages_projects_usings_and_the_remaining_statements()
    {
        SetupCell setup = SetupCell.Parse(Cell.Replace("\r\n", "\n"), "01-x.ipynb cell 2", Repo.Root);

        Assert.Equal(["Plotly.NET@6.0.0"], setup.Packages);
        Assert.Equal(["Convolution.Teaching"], setup.Projects);
        Assert.Equal(["using Convolution.Teaching;"], setup.Usings);
        Assert.Equal(["// Makes images show as HTML.", "Notebook.Setup();"], setup.Statements);
    }

    [Theory]
    [InlineData("Console.WriteLine(1);", "does not start with \"// Setup\"")]
    [InlineData("// Setup\n#!csharp\n#load \"setup.csx\"", "has 1 #!csharp parts; it needs 3")]
    [InlineData("// Setup\n#!csharp\nx\n#!csharp\ny\n#!csharp\nNotebook.Setup();", "no #load \"setup.csx\"")]
    [InlineData("// Setup\n#!csharp\nx\n#!csharp\n#load \"setup.csx\"\n#!csharp\n#r \"../artifacts/bin/Nope/release/Nope.dll\"\nNotebook.Setup();", "lib/Nope/Nope.csproj")]
    [InlineData("// Setup\n#!csharp\nx\n#!csharp\n#load \"setup.csx\"\n#!csharp\n#r \"/somewhere/else.dll\"\nNotebook.Setup();", "Use one of the two forms")]
    [InlineData("// Setup\n#!csharp\nx\n#!csharp\n#load \"setup.csx\"\n#!csharp\nusing A;", "does not call Notebook.Setup()")]
    public void A_malformed_setup_cell_is_refused_with_the_cell_the_problem_and_the_fix(string source, string problem)
    {
        var e = Assert.Throws<FormatException>(() => SetupCell.Parse(source, "01-x.ipynb cell 2", Repo.Root));

        Assert.StartsWith("01-x.ipynb cell 2", e.Message);
        Assert.Contains(problem, e.Message);
    }
}
