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

    [Fact]
    public void Alt_text_is_read_as_the_browser_reads_it_entities_decoded_and_unquoted_values_included()
    {
        var census = OutputCensus.OfHtml("<p><img src=x alt=cat><img alt=\"a &amp; b\" src=\"y\"><img alt='  '></p>");

        Assert.Equal(["cat", "a & b", "  "], census.Images);
        Assert.Equal(1, census.ImagesWithoutAlt);
    }

    [Fact]
    public void The_helper_librarys_chart_and_a_Plotly_NET_chart_both_count_but_a_chart_div_without_its_script_does_not()
    {
        const string helper = "<div class=\"plotly-chart\" id=\"plotly-1\"></div><script data-plotly-chart=\"plotly-1\">(function () { var id = 'plotly-1'; })();</script>";
        const string plotlyNet = "<div id=\"0b7\"><!-- Plotly chart will be drawn inside this DIV --></div><script type=\"text/javascript\">Plotly.newPlot('0b7', data);</script>";
        const string divOnly = "<div class=\"plotly-chart\" id=\"lonely\"></div>";

        Assert.Equal(2, OutputCensus.OfHtml(helper + plotlyNet + divOnly).PlotlyCharts);
    }

    [Fact]
    public void A_div_whose_id_no_Plotly_script_names_is_not_a_chart()
    {
        Assert.Equal(0, OutputCensus.OfHtml("<div id=\"a\"></div><script>Plotly.newPlot('b', data);</script><div id=\"c\"></div><script>draw('c');</script>").PlotlyCharts);
    }

    [Fact]
    public void Tables_divs_and_DataFrames_inside_an_object_tree_belong_to_the_tree()
    {
        const string tree = "<div class=\"dni-treeview\"><details><summary>Plotly.NET.GenericChart</summary><table><tr><td>x</td></tr></table>"
            + "<div class=\"dni-treeview\"><div id=\"t\" class=\"ct-dataframe\"></div></div><script>Plotly.newPlot('t')</script></details></div>";

        var census = OutputCensus.OfHtml(tree);

        Assert.Equal((1, 0, 0, 0), (census.PlotlyObjectTrees, census.PlotlyCharts, census.Tables, census.DataFrames));
    }

    [Fact]
    public void An_object_tree_of_something_else_than_Plotly_is_not_flagged()
    {
        Assert.Equal(0, OutputCensus.OfHtml("<details class=\"dni-treeview\"><summary>int[]</summary></details>").PlotlyObjectTrees);
    }

    [Fact]
    public void A_DataFrame_is_a_ct_dataframe_element_among_other_classes_and_its_table_is_a_table()
    {
        var census = OutputCensus.OfHtml("<div class=\"wide ct-dataframe\"><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div>");

        Assert.Equal((1, 1), (census.DataFrames, census.Tables));
    }

    [Fact]
    public void External_images_and_formulas_are_counted_for_the_export_report()
    {
        var census = OutputCensus.OfHtml("<img src=\"https://example.org/a.png?x=1&amp;y=2\" alt=\"a\"><img src=\"//cdn.example.org/b.png\" alt=\"b\"><img src=\"data:,\" alt=\"c\"><span class=\"math\">x</span><div class=\"math math-display\">y</div>");

        Assert.Equal(["https://example.org/a.png?x=1&y=2", "//cdn.example.org/b.png"], census.ExternalImages);
        Assert.Equal(2, census.Formulas);
    }

    [Fact]
    public void Censuses_add_up_keeping_the_images_in_order()
    {
        OutputCensus sum = OutputCensus.OfHtml("<img alt=\"1\"><table></table>") + OutputCensus.OfHtml("<img alt=\"2\"><span class=\"math\">z</span>");

        Assert.Equal(["1", "2"], sum.Images);
        Assert.Equal((1, 1), (sum.Tables, sum.Formulas));
    }

    [Fact]
    public void Empty_or_text_only_html_counts_nothing()
    {
        Assert.Equal((0, 0, 0, 0, 0), Counts(OutputCensus.OfHtml("")));
        Assert.Equal((0, 0, 0, 0, 0), Counts(OutputCensus.OfHtml("just <b>text</b> & a < sign")));
    }

    private static (int, int, int, int, int) Counts(OutputCensus c) => (c.Images.Count, c.PlotlyCharts, c.PlotlyObjectTrees, c.Tables, c.DataFrames);
}
