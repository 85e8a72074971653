using Convolution.Teaching.Notebooks.Apps;

namespace Convolution.Teaching.Notebooks.Tests;

public class AppPageTests
{
    private const string App = """
        // Lesson 9, as a file-based app
        #:project ../../lib/Convolution.Teaching.Notebooks

        using Convolution.Teaching;

        // ── cell 1 (markdown) ──
        // # 9. A lesson
        //
        // See [the next one](10-next.ipynb), $x^2$.

        Display.Start("../09-x.ipynb");

        Display.Cell(3);
        // a comment in the code
        Display.Value(42);

        Display.End();
        """;

    [Fact]
    public void An_apps_source_reads_back_as_its_markdown_cells_setup_and_code_cells_in_order()
    {
        using var file = new TempFile(App);

        IReadOnlyList<AppCell> cells = AppSource.Read(file.Path);

        Assert.Equal([(1, true), (0, false), (3, false)], cells.Select(c => (c.Number, c.IsMarkdown)));
        Assert.Equal("# 9. A lesson\n\nSee [the next one](10-next.ipynb), $x^2$.", cells[0].Text);
        Assert.Equal("// a comment in the code\nDisplay.Value(42);", cells[2].Text);
    }

    [Fact]
    public void A_check_cell_declared_as_such_reads_back_as_its_code_cell()
    {
        using var file = new TempFile(App.Replace("Display.End();", "Display.Cell(5, check: \"im-conv\");\n// CHECK: im-conv\nDisplay.Check(() => 1);\n\nDisplay.End();", StringComparison.Ordinal));

        IReadOnlyList<AppCell> cells = AppSource.Read(file.Path);

        Assert.Equal((5, false, "// CHECK: im-conv\nDisplay.Check(() => 1);"), (cells[^1].Number, cells[^1].IsMarkdown, cells[^1].Text));
    }

    [Fact]
    public void The_page_puts_each_output_under_its_cell_links_lessons_to_their_pages_and_loads_plotly_from_beside_it()
    {
        using var file = new TempFile(App);
        string folder = System.IO.Path.GetDirectoryName(file.Path)!;
        string page = System.IO.Path.Combine(folder, "page", "09-x.html");

        AppPage.Write(page, System.IO.Path.Combine(folder, "page", "assets"), AppSource.Read(file.Path),
            [new AppOutput(3, AppOutputKind.Html, "<b>42</b>"), new AppOutput(3, AppOutputKind.Text, "a < b")]);
        string html = File.ReadAllText(page);

        Assert.Contains("Display.Value(42);</code></pre>\n<div class=\"outputs\">\n<div class=\"output html\"><b>42</b></div>\n<pre class=\"output stdout\">a &lt; b</pre>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"10-next.html\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"math\">x^2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/plotly/plotly-2.28.0.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<title>9. A lesson</title>", html, StringComparison.Ordinal);
        // The assets come from the library, not from the clone: plotly.js is Plotly.NET's own copy, KaTeX is embedded.
        string assets = System.IO.Path.Combine(folder, "page", "assets");
        Assert.Equal(3_608_773, new FileInfo(System.IO.Path.Combine(assets, "plotly", "plotly-2.28.0.min.js")).Length);
        Assert.True(File.Exists(System.IO.Path.Combine(assets, "katex", "katex.min.js")));
        Assert.True(File.Exists(System.IO.Path.Combine(assets, "site.css")));
    }

    /// A file in a fresh temp folder, deleted with it.
    private sealed class TempFile : IDisposable
    {
        public TempFile(string text)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ct-app-" + Guid.NewGuid().ToString("N")[..8], "09-x.cs");
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllText(Path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
    }
}
