using System.Text.RegularExpressions;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Tests.Support;

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
    public void The_constants_agree_with_the_helper_librarys_PlotlyHtml()
    {
        // The helper library is not referenced (it pulls in Plotly.NET and OpenCV); read its constants from source.
        string source = File.ReadAllText(Path.Combine(Repo.Root, "lib", "Convolution.Teaching.Notebooks", "PlotlyHtml.cs"));
        string Constant(string name) => Regex.Match(source, $@"const string {name} = ""(?<v>[^""]*)""").Groups["v"].Value;

        Assert.Equal(PlotlyOffline.PlotlyJsVersion, Constant("PlotlyJsVersion"));
        Assert.Equal(PlotlyOffline.CdnMarkerStart, Constant("CdnMarkerStart"));
        Assert.Equal(PlotlyOffline.CdnMarkerEnd, Constant("CdnMarkerEnd"));
        Assert.Equal(PlotlyOffline.ChartClass, Constant("ChartClass"));
        Assert.Contains("\"https://cdn.plot.ly/plotly-\" + PlotlyJsVersion + \".min.js\"", source);
        Assert.Contains(PlotlyOffline.LocalScript["assets/".Length..], SiteAssets.Names);
    }
}
