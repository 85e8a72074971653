using Convolution.Teaching.Course.Export;

namespace Convolution.Teaching.Course.Tests.Export;

public class MarkdownRendererTests
{
    private static SiteLinks Links() => new(ExportFixture.Notebooks, new Dictionary<string, string>());

    [Fact]
    public void Pipe_tables_become_html_tables()
    {
        string html = MarkdownRenderer.ToHtml("| numpy | C# |\n|---|---|\n| `np.sum(a)` | `Arrays.Sum(a)` |\n", Links());

        Assert.Contains("<table>", html);
        Assert.Contains("<th>numpy</th>", html);
        Assert.Contains("<td><code>Arrays.Sum(a)</code></td>", html);
    }

    [Fact]
    public void Raw_html_details_and_img_are_kept_with_markdown_inside_rendered()
    {
        string html = MarkdownRenderer.ToHtml(
            "<details><summary>Answer</summary>\n\nIt is **3**.\n\n</details>\n\n<img src=\"https://example.org/a.png\" alt=\"A diagram\" width=\"100\"/>\n", Links());

        Assert.Contains("<details><summary>Answer</summary>", html);
        Assert.Contains("<strong>3</strong>", html);
        Assert.Contains("</details>", html);
        Assert.Contains("<img src=\"https://example.org/a.png\" alt=\"A diagram\" width=\"100\"/>", html);
    }

    [Fact]
    public void Formulas_become_math_elements_holding_the_escaped_tex_without_delimiters()
    {
        string html = MarkdownRenderer.ToHtml("Inline $a < b$ and display:\n\n$$\\frac{1}{9}$$\n", Links());

        Assert.Contains("<span class=\"math\">a &lt; b</span>", html);
        Assert.Contains("<span class=\"math math-display\">\\frac{1}{9}</span>", html);
        Assert.DoesNotContain("\\(", html);
    }

    [Fact]
    public void Headings_get_ids_so_the_index_can_link_to_the_exercises()
    {
        string html = MarkdownRenderer.ToHtml("## Exercises\n", Links());

        Assert.Contains("<h2 id=\"exercises\">Exercises</h2>", html);
    }

    [Fact]
    public void Markdown_images_keep_their_alt_text()
    {
        string html = MarkdownRenderer.ToHtml("![A gray square](images/gray.png)", Links());

        Assert.Contains("alt=\"A gray square\"", html);
        Assert.Contains("src=\"data:image/png;base64,", html);
    }

    [Theory]
    [InlineData("# 1. Images as 2D arrays", "1. Images as 2D arrays")]
    [InlineData("# 5. Task 2: `ImConv`, and **bigger** blurs", "5. Task 2: ImConv, and bigger blurs")]
    [InlineData("## A &amp; B", "A & B")]
    public void Plain_text_of_a_heading_keeps_its_number_and_drops_markup(string heading, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.PlainText(heading));
    }
}
