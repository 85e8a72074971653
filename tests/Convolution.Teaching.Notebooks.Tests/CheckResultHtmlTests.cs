using Convolution.Teaching.Exercises;
using Convolution.Teaching.Notebooks;

namespace Convolution.Teaching.Notebooks.Tests;

public class CheckResultHtmlTests
{
    [Fact]
    public void A_result_renders_as_escaped_html_with_its_headline_summary_and_details()
    {
        var result = new CheckResult("ImConv", passed: false, "Not <yet>.", ["  detail & more"]);

        string html = CheckResultHtml.Render(result);

        Assert.Contains("NOT YET: ImConv", html, StringComparison.Ordinal);
        Assert.Contains("Not &lt;yet&gt;.", html, StringComparison.Ordinal);
        Assert.Contains("  detail &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("#b35900", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passed_result_is_green_and_says_passed()
    {
        string html = CheckResultHtml.Render(new CheckResult("Sizes", passed: true, "Right."));

        Assert.Contains("PASSED: Sizes", html, StringComparison.Ordinal);
        Assert.Contains("#1a7f37", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre", html, StringComparison.Ordinal);
    }
}
