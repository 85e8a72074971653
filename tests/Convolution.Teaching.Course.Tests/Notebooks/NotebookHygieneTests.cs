using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Notebooks;

public class NotebookHygieneTests
{
    private static IReadOnlyList<HygieneProblem> Check(string name) =>
        NotebookHygiene.Check(NotebookDocument.Load(Repo.Fixture("Hygiene", name)));

    [Fact]
    public void A_clean_notebook_has_no_problems_even_when_a_comment_mentions_ImShow()
    {
        Assert.Empty(Check("01-clean.ipynb"));
    }

    [Fact]
    public void Committed_outputs_and_execution_counts_are_reported()
    {
        HygieneProblem problem = Assert.Single(Check("02-with-outputs.ipynb"));

        Assert.Equal(("no-outputs", 1), (problem.Rule, problem.CellNumber!.Value));
        Assert.Contains("Clear All Outputs", problem.Message);
    }

    [Fact]
    public void Nuget_references_without_an_exact_version_are_reported_one_each()
    {
        var problems = Check("03-unpinned.ipynb");

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("pinned-nuget", p.Rule));
        Assert.Contains("Plotly.NET\" has no version", problems[0].Message);
        Assert.Contains("version '4.*'", problems[1].Message);
    }

    [Fact]
    public void ImShow_and_WaitKey_calls_are_reported_but_not_a_comment_about_them()
    {
        var problems = Check("04-imshow.ipynb");

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("no-imshow", p.Rule));
        Assert.Contains("Cv2.ImShow(\"win\", mat);", problems[0].Message);
        Assert.Contains("Cv2.WaitKey(0);", problems[1].Message);
    }

    [Fact]
    public void Nbformat_before_4_5_and_a_cell_without_id_are_reported()
    {
        var rules = Check("05-old-format.ipynb").Select(p => p.Rule).ToList();

        Assert.Equal(["nbformat", "cell-id"], rules);
    }

    [Fact]
    public void Missing_polyglot_metadata_is_reported_for_the_notebook_and_the_cell()
    {
        var rules = Check("06-python-metadata.ipynb").Select(p => p.Rule).ToList();

        Assert.Equal(["kernelspec", "language-info", "kernel-info", "cell-kernel"], rules);
    }

    [Fact]
    public void A_file_name_not_in_NN_topic_form_is_reported()
    {
        HygieneProblem problem = Assert.Single(Check("BadName.ipynb"));

        Assert.Equal("file-name", problem.Rule);
        Assert.Null(problem.CellNumber);
        Assert.Contains("BadName.ipynb", problem.ToString());
    }

    [Fact]
    public void Source_lines_that_would_run_together_are_reported()
    {
        HygieneProblem problem = Assert.Single(Check("07-joined-lines.ipynb"));

        Assert.Equal("source-lines", problem.Rule);
        Assert.Contains("'// a comment'", problem.Message);
    }

    [Fact]
    public void Duplicate_cell_ids_are_reported_on_the_second_cell()
    {
        HygieneProblem problem = Assert.Single(Check("08-duplicate-ids.ipynb"));

        Assert.Equal(("cell-id", 2), (problem.Rule, problem.CellNumber!.Value));
    }

    [Fact]
    public void Every_rule_is_exercised_by_a_fixture()
    {
        var seen = Directory.EnumerateFiles(Repo.Fixture("Hygiene"), "*.ipynb")
            .SelectMany(p => NotebookHygiene.Check(NotebookDocument.Load(p)))
            .Select(p => p.Rule)
            .ToHashSet();

        Assert.Equal(NotebookHygiene.Rules.Order(), seen.Order());
    }
}
