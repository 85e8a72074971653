using Convolution.Teaching.Notebooks;
using Microsoft.DotNet.Interactive.Formatting;

namespace Convolution.Teaching.Notebooks.Tests;

public class PlotlyBundleTests
{
    [Fact]
    public void The_bundle_is_plotly_js_of_the_charts_version_inline_with_no_url_to_fetch()
    {
        string html = PlotlyBundle.Html;

        Assert.StartsWith($"<script type=\"text/javascript\" {PlotlyBundle.Attribute}=\"{PlotlyHtml.PlotlyJsVersion}\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</script>", html, StringComparison.Ordinal);
        Assert.Contains("plotly.js v" + PlotlyHtml.PlotlyJsVersion, html, StringComparison.Ordinal);
        Assert.True(html.Length > 2_000_000, $"plotly.js is about 3.5 MB minified; the bundle has {html.Length} characters");
        // Only the closing tag ends the element: none inside the library's text.
        Assert.Equal(html.Length - "</script>".Length, html.IndexOf("</script", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setup_summary_shows_its_line_then_the_bundle_and_is_plain_text_elsewhere()
    {
        Notebook.Setup();
        var summary = new SetupSummary("ready");

        string html = summary.ToDisplayString("text/html");

        Assert.StartsWith("<div>ready</div>", html, StringComparison.Ordinal);
        Assert.Contains(PlotlyBundle.Attribute, html, StringComparison.Ordinal);
        Assert.Equal("ready", summary.ToString());
        Assert.Equal("ready", (string)summary);
    }

    [Fact]
    public void A_chart_waits_for_the_sessions_bundle_before_it_tries_the_network()
    {
        string chart = PlotlyHtml.Render("{\"data\": []}");

        int wait = chart.IndexOf("function wait()", StringComparison.Ordinal);
        int load = chart.IndexOf("function load()", StringComparison.Ordinal);
        Assert.True(wait > 0 && load > wait, "the chart first waits for window.Plotly, and only loads from the CDN after that");
        Assert.Contains($"<= {PlotlyHtml.BundleWaitMilliseconds}", chart, StringComparison.Ordinal);
    }
}
