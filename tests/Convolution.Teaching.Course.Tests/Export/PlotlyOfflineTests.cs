using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Tests.Support;
using Convolution.Teaching.Notebooks;

namespace Convolution.Teaching.Course.Tests.Export;

public class PlotlyOfflineTests
{
    private const string Cdn = "https://cdn.plot.ly/plotly-2.28.0.min.js";

    [Fact]
    public void The_marked_cdn_url_and_the_data_attribute_point_at_the_shipped_copy()
    {
        string chart = $"<script data-plotly-cdn=\"{Cdn}\">var src = /*plotly-cdn-url:start*/\"{Cdn}\"/*plotly-cdn-url:end*/;</script>";

        string html = PlotlyOffline.UseLocalCopy(chart);

        Assert.Equal(
            "<script data-plotly-cdn=\"assets/plotly/plotly-2.28.0.min.js\">var src = /*plotly-cdn-url:start*/\"assets/plotly/plotly-2.28.0.min.js\"/*plotly-cdn-url:end*/;</script>",
            html);
        Assert.Empty(PlotlyOffline.RemainingCdnLoads(html));
    }

    [Fact]
    public void Whatever_url_stands_between_the_helper_librarys_markers_is_pointed_at_the_shipped_copy()
    {
        string chart = $"var src = {PlotlyHtml.CdnMarkerStart} 'https://mirror.example/plotly.js' {PlotlyHtml.CdnMarkerEnd};";

        string html = PlotlyOffline.UseLocalCopy(chart);

        Assert.Equal($"var src = {PlotlyHtml.CdnMarkerStart}\"assets/plotly/plotly-2.28.0.min.js\"{PlotlyHtml.CdnMarkerEnd};", html);
    }

    [Fact]
    public void A_require_js_path_without_the_js_suffix_is_pointed_at_the_shipped_copy_too()
    {
        string html = PlotlyOffline.UseLocalCopy("require.config({paths: {plotly: 'https://cdn.plot.ly/plotly-2.28.0.min'}});");

        Assert.Equal("require.config({paths: {plotly: 'assets/plotly/plotly-2.28.0.min'}});", html);
    }

    [Fact]
    public void Another_plotly_version_is_not_replaced_but_reported()
    {
        string html = PlotlyOffline.UseLocalCopy("<script src=\"https://cdn.plot.ly/plotly-1.58.5.min.js\"></script><a href=\"https://plotly.com/docs\">docs</a>");

        Assert.Equal(["https://cdn.plot.ly/plotly-1.58.5.min.js"], PlotlyOffline.RemainingCdnLoads(html));
    }

    [Fact]
    public void The_shipped_copy_is_the_version_the_helper_librarys_charts_name()
    {
        Assert.Equal(Convolution.Teaching.Notebooks.PlotlyHtml.CdnUrl, PlotlyOffline.CdnStem + ".js");
        Assert.Contains(PlotlyOffline.LocalScript["assets/".Length..], Convolution.Teaching.Notebooks.Pages.PageAssets.Names);
    }

    [Fact]
    public void The_setup_cells_inline_plotly_js_is_dropped_and_everything_around_it_kept()
    {
        string bundle = Convolution.Teaching.Notebooks.PlotlyBundle.Html;

        string html = PlotlyOffline.WithoutBundle("<div>ready</div>\n" + bundle + "<p>after</p>");

        Assert.Equal("<div>ready</div>\n<p>after</p>", html);
        Assert.Equal("<p>no bundle</p>", PlotlyOffline.WithoutBundle("<p>no bundle</p>"));
    }
}
