using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Export;

namespace Convolution.Teaching.Course.Tests.Export;

public class OutputRendererTests
{
    private readonly PageTally census = new();

    private string Render(string json) =>
        OutputRenderer.Render((JsonObject)JsonNode.Parse(json)!, 7, new SiteLinks(ExportFixture.Notebooks, ExportFixture.Pages()), census);

    [Fact]
    public void Stdout_and_stderr_are_escaped_preformatted_text_with_their_stream_as_class()
    {
        Assert.Equal("<pre class=\"output stdout\">a &lt;b&gt;\nc\n</pre>", Render("""{"output_type":"stream","name":"stdout","text":["a <b>\n","c\n"]}"""));
        Assert.Equal("<pre class=\"output stderr\">careful\n</pre>", Render("""{"output_type":"stream","name":"stderr","text":"careful\n"}"""));
    }

    [Fact]
    public void An_error_becomes_an_alert_box_with_escaped_text_and_no_terminal_colour_codes()
    {
        string html = Render("""{"output_type":"error","ename":"Error","evalue":"System.Exception: boom <here> \u001b[31mred\u001b[0m","traceback":[]}""");

        Assert.Equal("<div class=\"output error\" role=\"alert\"><p class=\"error-title\">Error</p><pre>System.Exception: boom &lt;here&gt; red</pre></div>", html);
        Assert.Equal(1, census.Errors);
    }

    [Fact]
    public void Html_outputs_are_kept_as_they_are_and_counted()
    {
        string html = Render("""{"output_type":"display_data","data":{"text/html":["<figure><img src=\"data:image/png;base64,AAAA\" alt=\"A cat\"/></figure>","<table><tr><td>1</td></tr></table><img src=\"data:,\">"],"text/plain":["ignored"]},"metadata":{}}""");

        Assert.Equal("<div class=\"output html\"><figure><img src=\"data:image/png;base64,AAAA\" alt=\"A cat\"/></figure><table><tr><td>1</td></tr></table><img src=\"data:,\"></div>", html);
        Assert.Equal((2, 1, 1), (census.Images, census.ImagesWithoutAlt, census.Tables));
    }

    [Fact]
    public void A_chart_in_an_html_output_loads_the_shipped_plotly_js()
    {
        string html = Render("""{"output_type":"execute_result","execution_count":1,"data":{"text/html":"<div class=\"plotly-chart\" id=\"p\"></div><script data-plotly-chart=\"p\">var src = /*plotly-cdn-url:start*/\"https://cdn.plot.ly/plotly-2.28.0.min.js\"/*plotly-cdn-url:end*/;</script>"},"metadata":{}}""");

        Assert.Contains("/*plotly-cdn-url:start*/\"assets/plotly/plotly-2.28.0.min.js\"/*plotly-cdn-url:end*/", html);
        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.Equal(1, census.Charts);
    }

    [Fact]
    public void A_bare_png_becomes_an_inline_image_whose_alt_is_its_plain_text()
    {
        string html = Render("""{"output_type":"display_data","data":{"image/png":"iVBO\nRw==\n","text/plain":["A bare PNG output"]},"metadata":{}}""");

        Assert.Equal("<div class=\"output image\"><img src=\"data:image/png;base64,iVBORw==\" alt=\"A bare PNG output\"></div>", html);
    }

    [Fact]
    public void A_png_without_plain_text_still_gets_an_alt_naming_its_cell()
    {
        Assert.Contains("alt=\"Image output of cell 7\"", Render("""{"output_type":"display_data","data":{"image/png":"iVBORw=="},"metadata":{}}"""));
    }

    [Fact]
    public void Plain_text_results_are_escaped_preformatted_text()
    {
        Assert.Equal("<pre class=\"output text\">42 &lt; 43</pre>", Render("""{"output_type":"execute_result","execution_count":5,"data":{"text/plain":["42 < 43"]},"metadata":{}}"""));
    }

    [Fact]
    public void An_output_with_nothing_showable_is_named_and_reported()
    {
        string html = Render("""{"output_type":"display_data","data":{"application/vnd.custom+json":{"a":1}},"metadata":{}}""");

        Assert.Contains("application/vnd.custom+json", html);
        Assert.Single(census.Warnings);
    }
}
