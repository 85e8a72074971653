using System.Text.RegularExpressions;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks.Tests;

public class PlotlyHtmlTests
{
    private static GenericChart SmallChart(string title = "t") => Plots.Heatmap(new double[2, 2], title);

    [Fact]
    public void CdnUrlIsTheOnePlotlyNetItselfEmits()
    {
        string plotlyNetsOwn = GenericChart.toEmbeddedHTML(SmallChart());

        Assert.Contains(PlotlyHtml.CdnUrl, plotlyNetsOwn);
    }

    [Fact]
    public void RenderGivesAChartDivAndAScriptThatDrawsItWithPlotly()
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
    public void ScriptLoadsPlotlyOnlyWhenMissingAndMarksTheCdnUrlForOfflineExport()
    {
        string html = PlotlyHtml.Render(SmallChart());

        Assert.Contains("if (typeof w.Plotly !== 'undefined') { draw(w.Plotly); }", html);
        Assert.Contains($"{PlotlyHtml.CdnMarkerStart}\"{PlotlyHtml.CdnUrl}\"{PlotlyHtml.CdnMarkerEnd}", html);
        Assert.Contains($"data-plotly-cdn=\"{PlotlyHtml.CdnUrl}\"", html);
        Assert.Contains("requirejs.config", html);
        Assert.Single(Regex.Matches(html, Regex.Escape(PlotlyHtml.CdnMarkerStart)));
    }

    [Fact]
    public void EveryRenderHasItsOwnId()
    {
        GenericChart chart = SmallChart();

        Assert.NotEqual(Regex.Match(PlotlyHtml.Render(chart), "id=\"([^\"]+)\"").Value, Regex.Match(PlotlyHtml.Render(chart), "id=\"([^\"]+)\"").Value);
    }

    [Fact]
    public void ATitleContainingAClosingScriptTagCannotEndTheScriptEarly()
    {
        string html = PlotlyHtml.Render(SmallChart("</script><b>x"));

        Assert.Single(Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void RenderOfJsonWithoutDataSaysWhatAFigureLooksLike()
    {
        var e = Assert.Throws<ArgumentException>(() => PlotlyHtml.Render("{\"layout\": {}}"));

        Assert.Equal("figureJson", e.ParamName);
        Assert.Contains("\"data\"", e.Message);
    }
}
