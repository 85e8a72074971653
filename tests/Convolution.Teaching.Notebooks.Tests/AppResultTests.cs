using System.Text.Json;
using Convolution.Teaching.Exercises;
using Convolution.Teaching.Notebooks.Apps;

namespace Convolution.Teaching.Notebooks.Tests;

/// A lesson app's run as data: what AppRun writes at its end, which the course reads instead of the app's printed lines.
public sealed class AppResultTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "ct-result-" + Guid.NewGuid().ToString("N")[..8]);

    private string App => Path.Combine(root, "notebooks", "apps", "student", "05-x.cs");

    private string ResultFile => Path.Combine(root, "out", "result.json");

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_run_records_each_cell_in_order_and_each_check_cell_with_the_check_json_the_kernel_shows()
    {
        var failed = new CheckResult("ImConv", passed: false, "ImConv is not done yet.", ["  a detail"]);
        var passed = new CheckResult("Bigger blur", passed: true, "Right.");
        var run = new AppRun(App, "../../student/05-x.ipynb", root, TextWriter.Null, ResultFile);

        run.Cell(5);
        run.Show(42);
        run.Cell(9, check: "im-conv");
        run.Show(failed);
        run.Cell(20, check: "bigger-blur");
        run.Show(passed);
        run.End();
        AppResult result = AppResult.Parse(File.ReadAllText(ResultFile));

        Assert.True(result.Completed);
        Assert.Equal(App, result.App);
        Assert.Equal(Path.Combine(root, "artifacts", "apps", "student", "05-x.html"), result.Page);
        Assert.True(File.Exists(result.Page));
        Assert.Equal([(5, "ok", null), (9, "ok", "im-conv"), (20, "ok", "bigger-blur")], result.Cells.Select(c => (c.Cell, c.Status, c.Check)));
        Assert.Null(result.Cells[0].Result);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(failed.ToJson())), JsonSerializer.Serialize(result.Cells[1].Result));
        Assert.False(result.Cells[1].Result!["passed"]!.GetValue<bool>());
        Assert.True(result.Cells[2].Result!["passed"]!.GetValue<bool>());
        Assert.Equal("ImConv is not done yet.", (string?)result.Cells[1].Result!["summary"]);
    }

    [Fact]
    public void A_cell_that_throws_is_recorded_with_the_exceptions_type_and_message_and_the_run_as_not_completed()
    {
        var run = new AppRun(App, "../../student/05-x.ipynb", root, TextWriter.Null, ResultFile);

        run.Cell(5);
        run.Cell(7);
        run.Threw(new IndexOutOfRangeException("Index was outside the bounds of the array."));
        AppResult result = AppResult.Parse(File.ReadAllText(ResultFile));

        Assert.False(result.Completed);
        Assert.Equal([(5, "ok"), (7, "threw")], result.Cells.Select(c => (c.Cell, c.Status)));
        Assert.Equal(new AppException("IndexOutOfRangeException", "Index was outside the bounds of the array."), result.Cells[1].Exception);
    }

    [Fact]
    public void A_check_that_throws_fails_its_cell_with_the_exception_and_the_check_with_it()
    {
        var run = new AppRun(App, "../../student/05-x.ipynb", root, TextWriter.Null, ResultFile);

        run.Cell(9, check: "im-conv");
        run.CheckThrew(new InvalidOperationException("broken"));
        run.End();
        AppCellResult cell = Assert.Single(AppResult.Parse(File.ReadAllText(ResultFile)).Cells);

        Assert.Equal(("threw", "im-conv"), (cell.Status, cell.Check));
        Assert.Equal(new AppException("InvalidOperationException", "broken"), cell.Exception);
        Assert.False(cell.Result!["passed"]!.GetValue<bool>());
    }

    [Fact]
    public void What_the_lessons_code_prints_never_reaches_the_result_forged_lines_included()
    {
        var terminal = new StringWriter();
        var run = new AppRun(App, "../../student/05-x.ipynb", root, terminal, ResultFile);
        var forged = new CheckResult("ImConv", passed: true, "forged").ToJson();

        run.Cell(9, check: "im-conv");
        // What student code writes to the console goes to the terminal and the page, as text, and nowhere else.
        run.Show("1 exercise check(s) not passed yet: cell 3 (X). Exit code 1.\nPage: /etc/passwd\n" + forged);
        run.End();
        AppResult result = AppResult.Parse(File.ReadAllText(ResultFile));

        AppCellResult cell = Assert.Single(result.Cells);
        Assert.Null(cell.Result); // the check cell showed no check result: it did not pass
        Assert.NotEqual("/etc/passwd", result.Page);
        Assert.Contains("Page: /etc/passwd", terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_path_from_the_course_the_result_goes_beside_the_page()
    {
        var run = new AppRun(App, "../../student/05-x.ipynb", root, TextWriter.Null, resultPath: null);

        run.Cell(5);
        run.End();

        Assert.Equal(Path.Combine(root, "artifacts", "apps", "student", "05-x.result.json"), run.ResultPath);
        Assert.Single(AppResult.Parse(File.ReadAllText(run.ResultPath)).Cells);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"app\": \"a.cs\"}")]
    [InlineData("{\"app\": \"a.cs\", \"page\": \"a.html\", \"completed\": true, \"cells\": [{\"cell\": 5}]}")]
    [InlineData("{\"app\": \"a.cs\", \"page\": \"a.html\", \"completed\": true, \"cells\": [{\"cell\": \"five\", \"status\": \"ok\"}]}")]
    public void A_malformed_result_is_a_json_exception_and_nothing_else(string json) =>
        Assert.ThrowsAny<JsonException>(() => AppResult.Parse(json));
}
