using Convolution.Teaching.Course.Running;

namespace Convolution.Teaching.Course.Tests.Running;

public class OutputCensusTests
{
    private static CellResult Cell(params string[] htmls) => new()
    {
        Number = 1,
        CodeIndex = 1,
        FirstLine = "x",
        Status = CellStatus.Passed,
        Seconds = 0,
        Outputs = [.. htmls.Select(h => new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = h }))],
    };

    [Fact]
    public void Images_are_listed_with_their_alt_text_or_null_when_missing()
    {
        var census = OutputCensus.Of([Cell("<img src='a' alt='the cat'/><IMG src=\"b\" alt=\"\">", "<img src=\"c\">")]);

        Assert.Equal(["the cat", "", null], census.Images);
        Assert.Equal(2, census.ImagesWithoutAlt);
    }

    [Fact]
    public void A_plotly_chart_counts_only_as_a_div_with_a_plotly_script_and_an_object_tree_is_flagged()
    {
        const string chart = "<div id=\"c1\"></div><script type=\"text/javascript\">Plotly.newPlot('c1', data);</script>";
        const string tree = "<details class=\"dni-treeview\"><summary>Plotly.NET.GenericChart</summary></details>";
        const string scriptOnly = "<script>Plotly.newPlot()</script>";

        var census = OutputCensus.Of([Cell(chart, tree, scriptOnly)]);

        Assert.Equal((1, 1), (census.PlotlyCharts, census.PlotlyObjectTrees));
    }

    [Fact]
    public void Tables_inside_object_trees_are_not_counted()
    {
        var census = OutputCensus.Of([Cell("<div><table><tr><td>1</td></tr></table></div>", "<table class=\"dni-treeview\"></table>")]);

        Assert.Equal(1, census.Tables);
    }

    [Fact]
    public void DataFrames_are_counted_apart_from_other_tables()
    {
        var census = OutputCensus.Of([Cell("<div class=\"ct-dataframe\"><table><tr><td>1</td></tr></table></div>", "<table><tr><td>2</td></tr></table>")]);

        Assert.Equal(1, census.DataFrames);
        Assert.Equal(2, census.Tables);
    }
}
