using System.Text.RegularExpressions;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks.Tests;

public class PlotlyHtmlTests
{
    private static GenericChart SmallChart(string title = "t") => Plots.Heatmap(new double[2, 2], title);

    [Fact]
    public void Cdn_url_is_the_one_Plotly_net_itself_emits()
    {
        string plotlyNetsOwn = GenericChart.toEmbeddedHTML(SmallChart());

        Assert.Contains(PlotlyHtml.CdnUrl, plotlyNetsOwn);
    }

    [Fact]
    public void Render_gives_a_chart_div_and_a_script_that_draws_it_with_Plotly()
    {
        string html = PlotlyHtml.Render(SmallChart("my chart"));

        Match div = Regex.Match(html, "<div class=\"plotly-chart\" id=\"(plotly-[0-9a-f]{32})\"");
        Assert.True(div.Success);
        Assert.Contains($"var id = '{div.Groups[1].Value}'", html);
        Assert.Contains("newPlot(id, figure.data", html);
        Assert.Contains("aria-label=\"Interactive Plotly chart: my chart\"", html);
        Assert.Contains("\"type\":\"heatmap\"", html);
    }

    [Fact]
    public void Script_loads_Plotly_only_when_missing_and_marks_the_cdn_url_for_offline_export()
    {
        string html = PlotlyHtml.Render(SmallChart());

        Assert.Contains("if (typeof w.Plotly !== 'undefined') { draw(w.Plotly); }", html);
        Assert.Contains($"{PlotlyHtml.CdnMarkerStart}\"{PlotlyHtml.CdnUrl}\"{PlotlyHtml.CdnMarkerEnd}", html);
        Assert.Contains($"data-plotly-cdn=\"{PlotlyHtml.CdnUrl}\"", html);
        Assert.Contains("requirejs.config", html);
        Assert.Single(Regex.Matches(html, Regex.Escape(PlotlyHtml.CdnMarkerStart)));
    }

    [Fact]
    public void Every_render_has_its_own_id()
    {
        GenericChart chart = SmallChart();

        Assert.NotEqual(Regex.Match(PlotlyHtml.Render(chart), "id=\"([^\"]+)\"").Value, Regex.Match(PlotlyHtml.Render(chart), "id=\"([^\"]+)\"").Value);
    }

    [Fact]
    public void A_title_containing_a_closing_script_tag_cannot_end_the_script_early()
    {
        string html = PlotlyHtml.Render(SmallChart("</script><b>x"));

        Assert.Single(Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void Render_of_json_without_data_says_what_a_figure_looks_like()
    {
        var e = Assert.Throws<ArgumentException>(() => PlotlyHtml.Render("{\"layout\": {}}"));

        Assert.Equal("figureJson", e.ParamName);
        Assert.Contains("\"data\"", e.Message);
    }
}
