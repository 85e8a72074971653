using Convolution.Teaching.Course.Export;

namespace Convolution.Teaching.Course.Tests.Export;

public class SiteLinksTests
{
    private readonly SiteLinks links = new(ExportFixture.Notebooks, ExportFixture.Pages());

    [Theory]
    [InlineData("02-outputs.ipynb", "02-outputs.html")]
    [InlineData("02-outputs.ipynb#top", "02-outputs.html#top")]
    [InlineData("./01-basics.ipynb", "01-basics.html")]
    [InlineData("README.md", "index.html")]
    [InlineData("README.md#exercises", "index.html#exercises")]
    [InlineData("README-setup.md", "README-setup.html")]
    public void Links_to_exported_sources_point_at_their_pages(string href, string expected)
    {
        Assert.Equal(expected, links.Rewrite(href));
    }

    [Theory]
    [InlineData("https://docs.opencv.org/3.4/x.html#anchor")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("#cell-4")]
    public void Urls_with_a_scheme_and_anchors_stay_as_they_are(string href)
    {
        Assert.Equal(href, links.Rewrite(href));
    }

    [Theory]
    [InlineData("student/")]
    [InlineData("../README.md")]
    [InlineData("03-not-exported.ipynb")]
    public void Links_to_things_outside_the_site_have_no_page(string href)
    {
        Assert.Null(links.Rewrite(href));
    }

    [Fact]
    public void Html_links_are_rewritten_and_links_outside_the_site_keep_their_text_without_the_link()
    {
        string html = links.RewriteHtml("<p>Next: <a href=\"02-outputs.ipynb\">2. Outputs</a>; copies in <a href=\"student/\"><code>student/</code></a>.</p>");

        Assert.Contains("<a href=\"02-outputs.html\">2. Outputs</a>", html);
        Assert.DoesNotContain("href=\"student/\"", html);
        Assert.Contains("<span class=\"not-in-site\" title=\"student/: in the repository, not part of these pages\"><code>student/</code></span>", html);
        Assert.Equal(["student/"], links.Unlinked);
    }

    [Fact]
    public void Relative_images_are_inlined_as_data_uris_with_their_alt_text_kept()
    {
        string html = links.RewriteHtml("<img src=\"images/gray.png\" alt=\"A gray square\" width=\"40\">");

        string expected = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(ExportFixture.Notebooks, "images", "gray.png")));
        Assert.Equal($"<img src=\"{expected}\" alt=\"A gray square\" width=\"40\">", html);
        Assert.Empty(links.ExternalImages);
        Assert.Empty(links.MissingImages);
    }

    [Fact]
    public void External_and_missing_images_are_left_alone_and_listed()
    {
        const string Html = "<img src=\"https://example.org/net.png\" alt=\"net\"><img src=\"images/none.png\" alt=\"none\"><img src=\"data:image/png;base64,AAAA\" alt=\"inline\">";

        string html = links.RewriteHtml(Html);

        Assert.Equal(Html, html);
        Assert.Equal(["https://example.org/net.png"], links.ExternalImages);
        Assert.Equal(["images/none.png"], links.MissingImages);
    }
}
