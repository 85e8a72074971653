using System.Text.RegularExpressions;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Export;

public sealed class SiteExporterTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Site => temp.File("site");

    public void Dispose() => temp.Dispose();

    private ExportResult ExportFixtureCourse(string? executed = null) =>
        SiteExporter.Export(new ExportOptions(ExportFixture.Notebooks, executed ?? ExportFixture.Executed, Site));

    private string Page(string name) => File.ReadAllText(Path.Combine(Site, name));

    [Fact]
    public void Every_lesson_gets_a_page_and_the_readme_becomes_the_index_with_links_to_pages()
    {
        ExportResult result = ExportFixtureCourse();

        Assert.Equal(["01-basics.html", "02-outputs.html", "README-setup.html", "index.html"], result.Pages.Select(p => p.Page));
        Assert.Equal(Path.Combine(Site, "index.html"), result.IndexPage);
        Assert.Empty(result.MissingLessons);
        Assert.Empty(result.StaleLessons);
        string index = Page("index.html");
        Assert.Contains("<a href=\"01-basics.html\">Basics</a>", index);
        Assert.Contains("<a href=\"02-outputs.html\">Outputs</a>", index);
        Assert.Contains("<a href=\"README-setup.html\">the setup</a>", index);
        Assert.DoesNotContain(".ipynb\"", index);
        Assert.DoesNotContain("href=\"../README.md\"", index);
    }

    [Fact]
    public void Every_page_lists_each_lesson_by_its_first_heading_and_links_the_exercises()
    {
        ExportFixtureCourse();

        foreach (string page in new[] { "index.html", "01-basics.html", "02-outputs.html", "README-setup.html" })
        {
            string html = Page(page);
            Assert.Contains("<a href=\"01-basics.html\"", html);
            Assert.Contains(">1. Basics: Sum and formulas</a>", html);
            Assert.Contains(">2. Outputs of every kind</a>", html);
            Assert.Contains("<a href=\"index.html#exercises\"", html);
        }

        Assert.Contains("<title>1. Basics: Sum and formulas · ", Page("01-basics.html"));
        Assert.Contains("<a href=\"02-outputs.html\" aria-current=\"page\">", Page("02-outputs.html"));
    }

    [Fact]
    public void A_lesson_page_has_its_markdown_code_and_outputs_with_links_rewritten_and_images_inline()
    {
        ExportResult result = ExportFixtureCourse();
        string html = Page("01-basics.html");

        Assert.Contains("<h1 id=\"1-basics-sum-and-formulas\">1. Basics: <code>Sum</code> and formulas</h1>", html);
        Assert.Contains("<a href=\"index.html\">Contents</a>", html);
        Assert.Contains("<a href=\"02-outputs.html#top\">2. Outputs</a>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<details><summary>Answer</summary>", html);
        Assert.Matches("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"A gray square\"", html);
        Assert.Contains("<img src=\"https://example.org/net.png\" alt=\"A network diagram\"", html);
        Assert.Contains("<span class=\"tok-kw\">var</span> total", html);
        Assert.Contains("<pre class=\"output stdout\">total = 3 &lt;ok&gt;\n</pre>", html);
        Assert.Matches("<details class=\"cell code setup\" id=\"cell-2\"><summary>.*Setup 1 of 2: builds the helper library.</summary>", html);

        PageReport page = result.Pages[0];
        Assert.Equal((2, 2, 0, 1, 2), (page.CodeCells, page.Images, page.ImagesWithoutAlt, page.Tables, page.Formulas));
        Assert.Equal(["https://example.org/net.png"], page.ExternalImages);
    }

    [Fact]
    public void Pages_with_formulas_load_katex_and_pages_with_charts_load_the_shipped_plotly_before_the_charts()
    {
        ExportFixtureCourse();
        string basics = Page("01-basics.html");
        string outputs = Page("02-outputs.html");

        Assert.Contains("assets/katex/katex.min.css", basics);
        Assert.Contains("<script src=\"assets/katex/katex.min.js\"></script>", basics);
        Assert.DoesNotContain("plotly", basics);
        Assert.DoesNotContain("katex", outputs);
        int head = outputs.IndexOf("<script src=\"assets/plotly/plotly-2.28.0.min.js\"></script>", StringComparison.Ordinal);
        int chart = outputs.IndexOf("class=\"plotly-chart\"", StringComparison.Ordinal);
        Assert.InRange(head, 0, chart);
        Assert.DoesNotContain("cdn.plot.ly", outputs);
    }

    [Fact]
    public void Every_output_kind_of_the_fixture_is_shown_and_counted()
    {
        ExportResult result = ExportFixtureCourse();
        string html = Page("02-outputs.html");
        PageReport page = result.Pages[1];

        Assert.Contains("alt=\"A light gray 2 x 2 image\"", html);
        Assert.Contains("<pre class=\"output stderr\">careful\n</pre>", html);
        Assert.Contains("<div class=\"output error\" role=\"alert\"><p class=\"error-title\">Error</p><pre>System.Exception: boom &lt;at&gt; cell 4</pre></div>", html);
        Assert.Contains("alt=\"A bare PNG output\"", html);
        Assert.Contains("<pre class=\"output text\">42 &lt; 43</pre>", html);
        Assert.Equal((5, 1, 2, 0, 1, 1), (page.CodeCells, page.Charts, page.Images, page.ImagesWithoutAlt, page.Tables, page.Errors));
        Assert.Empty(page.Warnings);
    }

    [Fact]
    public void The_assets_are_written_beside_the_pages_with_their_licences()
    {
        ExportResult result = ExportFixtureCourse();

        string plotly = Path.Combine(Site, "assets", "plotly", "plotly-2.28.0.min.js");
        Assert.StartsWith("/**\n* plotly.js v2.28.0", File.ReadAllText(plotly));
        Assert.InRange(new FileInfo(plotly).Length, 3_000_000, 5_000_000);
        Assert.True(File.Exists(Path.Combine(Site, "assets", "plotly", "LICENSE")));
        Assert.True(File.Exists(Path.Combine(Site, "assets", "katex", "LICENSE")));
        Assert.True(File.Exists(Path.Combine(Site, "assets", "site.css")));
        Assert.True(File.Exists(Path.Combine(Site, "assets", "math.js")));
        string css = File.ReadAllText(Path.Combine(Site, "assets", "katex", "katex.min.css"));
        foreach (Match font in Regex.Matches(css, @"url\((?<f>fonts/[^)]+\.woff2)\)"))
        {
            Assert.True(File.Exists(Path.Combine(Site, "assets", "katex", font.Groups["f"].Value)), $"KaTeX font {font.Groups["f"].Value} is missing");
        }

        Assert.True(result.AssetBytes > 3_000_000);
    }

    [Fact]
    public void A_lesson_without_an_executed_copy_is_listed_and_links_to_it_lose_their_link()
    {
        string executed = temp.File("executed");
        Directory.CreateDirectory(executed);
        File.Copy(Path.Combine(ExportFixture.Executed, "02-outputs.ipynb"), Path.Combine(executed, "02-outputs.ipynb"));

        ExportResult result = ExportFixtureCourse(executed);

        Assert.Equal(["01-basics.ipynb"], result.MissingLessons);
        Assert.False(result.Complete);
        Assert.False(File.Exists(Path.Combine(Site, "01-basics.html")));
        Assert.DoesNotContain("href=\"01-basics.html\"", Page("02-outputs.html"));
        Assert.Contains("<span class=\"not-in-site\"", Page("02-outputs.html"));
    }

    [Fact]
    public void An_executed_copy_whose_cells_differ_from_the_notebook_is_reported_stale()
    {
        string executed = temp.File("executed");
        Directory.CreateDirectory(executed);
        File.Copy(Path.Combine(ExportFixture.Executed, "02-outputs.ipynb"), Path.Combine(executed, "02-outputs.ipynb"));
        File.WriteAllText(Path.Combine(executed, "01-basics.ipynb"), File.ReadAllText(Path.Combine(ExportFixture.Executed, "01-basics.ipynb")).Replace("1 + 2", "1 + 3", StringComparison.Ordinal));

        ExportResult result = ExportFixtureCourse(executed);

        Assert.Equal(["01-basics.ipynb"], result.StaleLessons);
        Assert.Contains(result.Pages[0].Warnings, w => w.Contains("course check", StringComparison.Ordinal));
    }

    [Fact]
    public void No_executed_copies_at_all_says_to_run_course_check_first()
    {
        var missingFolder = Assert.Throws<InvalidOperationException>(() => ExportFixtureCourse(temp.File("nothing-here")));
        Directory.CreateDirectory(temp.File("empty"));
        var emptyFolder = Assert.Throws<InvalidOperationException>(() => ExportFixtureCourse(temp.File("empty")));

        Assert.Contains("Run `course check` first", missingFolder.Message);
        Assert.Contains("Run `course check` first", emptyFolder.Message);
    }

    [Fact]
    public void Exporting_again_replaces_the_earlier_site_but_never_a_folder_of_other_files()
    {
        ExportFixtureCourse();
        File.WriteAllText(Path.Combine(Site, "stale.html"), "old");
        ExportFixtureCourse();
        Assert.False(File.Exists(Path.Combine(Site, "stale.html")));

        string other = temp.File("other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "notes.txt"), "mine");
        var e = Assert.Throws<ArgumentException>(() => SiteExporter.Export(new ExportOptions(ExportFixture.Notebooks, ExportFixture.Executed, other)));
        Assert.Contains("did not write", e.Message);
        Assert.True(File.Exists(Path.Combine(other, "notes.txt")));
    }

    [Fact]
    public void The_same_input_exports_the_same_pages()
    {
        ExportFixtureCourse();
        string first = Page("02-outputs.html") + Page("index.html");
        ExportFixtureCourse();

        Assert.Equal(first, Page("02-outputs.html") + Page("index.html"));
    }
}
