using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace Convolution.Teaching.Notebooks.Tests;

public class FormattersTests
{
    private static DataFrame ThreeRows() => new(
        new StringDataFrameColumn("name", ["a", "b<c", "d"]),
        new DoubleDataFrameColumn("value", [1.0 / 3, 2, 1e-9]));

    [Fact]
    public void DataFrame_becomes_an_html_table_with_header_and_rounded_numbers()
    {
        string html = DataFrameHtml.Render(ThreeRows(), 20);

        Assert.Contains("<table", html);
        Assert.Contains(">name</th>", html);
        Assert.Contains(">value</th>", html);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<tr>").Count - 1);
        Assert.Contains(">0.3333</td>", html);
        Assert.Contains(">2</td>", html);
        Assert.Contains(">1E-9</td>", html);
        Assert.Contains(">b&lt;c</td>", html);
        Assert.Contains("3 rows x 2 columns", html);
    }

    [Fact]
    public void Long_DataFrame_shows_the_first_rows_and_says_so()
    {
        string html = DataFrameHtml.Render(ThreeRows(), 2);

        Assert.DoesNotContain(">d</td>", html);
        Assert.Contains("3 rows x 2 columns, showing the first 2", html);
    }

    [Fact]
    public void DataFrame_in_a_terminal_is_a_headed_aligned_table_with_the_htmls_rounding()
    {
        // What a lesson app prints: lesson 5's table once ran its numbers together, 16 digits each, with no space between.
        var frame = new DataFrame(
            new StringDataFrameColumn("image", ["original", "3 x 3 blur"]),
            new Int32DataFrameColumn("rows", [300, 298]),
            new DoubleDataFrameColumn("mean", [118.93566149297857, 118.88]),
            new DoubleDataFrameColumn("std", [32.121833497451185, 30.2]));

        string[] lines = DataFrameText.Render(frame, 20).Split('\n');

        Assert.Equal(
            [
                "image       rows      mean      std",
                "----------  ----  --------  -------",
                "original     300  118.9357  32.1218",
                "3 x 3 blur   298    118.88     30.2",
            ],
            lines);
    }

    [Fact]
    public void Long_DataFrame_in_a_terminal_shows_the_first_rows_and_says_so()
    {
        string text = DataFrameText.Render(ThreeRows(), 2);

        Assert.DoesNotContain("\nd ", text);
        Assert.EndsWith("(3 rows, showing the first 2)", text);
        Assert.Contains("b<c", text); // plain text: nothing escaped
    }

    [Fact]
    public void A_lesson_apps_terminal_gets_the_text_table()
    {
        Assert.Equal(DataFrameText.Render(ThreeRows(), Notebook.MaxTableRows), Apps.TerminalText.Of(ThreeRows()));
    }

    [Fact]
    public void Small_array_prints_like_numpy_aligned_on_the_decimal_point()
    {
        Assert.Equal("[[0.5  0.25]\n [1.   2.  ]]", ArrayHtml.Text(Arrays.FromRows<double>([0.5, 0.25], [1, 2]), 2, 2, false));
        Assert.Equal("[[  1  20]\n [300   4]]", ArrayHtml.Text(new[,] { { 1, 20 }, { 300, 4 } }, 2, 2, false));
        Assert.Equal("[[-1.  0.]]", ArrayHtml.Text(new float[,] { { -1, 0 } }, 1, 2, false));
    }

    [Fact]
    public void Small_array_html_has_the_numbers_and_the_shape()
    {
        string html = ArrayHtml.Render(Kernels.BoxBlur(3));

        Assert.Contains("[[0.11111111 0.11111111 0.11111111]", html);
        Assert.Contains("shape (3, 3), dtype float64", html);
    }

    [Fact]
    public void Large_array_html_is_a_summary_and_the_top_left_corner()
    {
        var image = new byte[300, 451];
        image[0, 0] = 7;
        image[299, 450] = 255;

        string html = ArrayHtml.Render(image);

        Assert.Contains("shape (300, 451), dtype uint8: min 0, max 255, mean 0.0019", html);
        Assert.Contains("top-left 6 x 6 corner", html);
        Assert.Contains("[[7 0 0 0 0 0 ...]", html);
        Assert.Contains(" ...]", html);
        Assert.True(html.Length < 1000);
    }

    [Fact]
    public void Setup_registers_html_formatters_for_every_shown_type()
    {
        string summary = Notebook.Setup();

        Figure figure = Show.Image(new byte[2, 2], "x");
        Assert.Equal(figure.Html, figure.ToDisplayString("text/html"));
        Assert.Contains("<table", ThreeRows().ToDisplayString("text/html"));
        Assert.Contains("class=\"plotly-chart\"", Plots.Heatmap(new double[2, 2], "t").ToDisplayString("text/html"));
        Assert.Contains("shape (3, 3), dtype float64", Kernels.BoxBlur(3).ToDisplayString("text/html"));
        Assert.Contains("dtype uint8", new byte[2, 2].ToDisplayString("text/html"));
        Assert.Contains("dtype float32", new float[2, 2].ToDisplayString("text/html"));
        Assert.Contains("dtype int32", new int[2, 2].ToDisplayString("text/html"));
        Assert.StartsWith("Convolution.Teaching.Notebooks ", summary);
        // The display library no longer touches OpenCV: only the lessons that use it load it (through the bridge).
        Assert.DoesNotContain("OpenCV", summary);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "OpenCvSharp");
        Assert.Contains("<b style=\"color:#1a7f37\">PASSED: x</b>", new Exercises.CheckResult("x", passed: true, "ok").ToDisplayString("text/html"));
        Assert.Equal(summary, Notebook.Setup());
    }

    [Fact]
    public void FSharp_core_redirect_hands_the_loaded_copy_to_requests_for_a_newer_version()
    {
        Assembly loaded = typeof(Microsoft.FSharp.Core.FSharpOption<int>).Assembly;

        Assembly? given = FSharpCoreRedirect.Resolve(AssemblyLoadContext.Default, new AssemblyName("FSharp.Core, Version=99.0.0.0"));

        Assert.Same(loaded, given);
        Assert.Null(FSharpCoreRedirect.Resolve(AssemblyLoadContext.Default, new AssemblyName("Not.FSharp.Core")));
    }

    [Fact]
    public void The_loaded_library_matches_its_file_so_setup_does_not_ask_for_a_restart()
    {
        Assembly library = typeof(Notebook).Assembly;

        Assert.Equal(library.ManifestModule.ModuleVersionId, Notebook.ReadMvid(library.Location));
        Notebook.ThrowIfRebuilt();
    }

    [Fact]
    public void Numbers_read_as_a_student_would_write_them()
    {
        Assert.Equal("3", Html.Number(3.0));
        Assert.Equal("-0.1111", Html.Number(-1.0 / 9));
        Assert.Equal("1.5E-7", Html.Number(1.5e-7));
        Assert.Equal("NaN", Html.Number(double.NaN));
    }
}
