using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Apps;
using Convolution.Teaching.Course.Tests.Support;
using Convolution.Teaching.Exercises;
using Convolution.Teaching.Notebooks.Apps;

namespace Convolution.Teaching.Course.Tests.Apps;

/// The verdict on a lesson app's run comes from the result the app's library wrote (AppResult), never from what it printed.
public sealed class AppVerdictTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string StudentApp => Path.Combine(folder.Path, "notebooks", "apps", "student", "05-task2-im-conv.cs");

    private string LessonApp => Path.Combine(folder.Path, "notebooks", "apps", "05-task2-im-conv.cs");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_run_that_wrote_no_result_file_gets_a_problem_sentence_not_an_exception()
    {
        var run = new AppRunResult(StudentApp, 1, 3, "error CS1002: ; expected", TimedOut: false, ResultJson: null);

        string problem = Assert.Single(AppVerdict.Problems(run));

        Assert.Contains("wrote no result", problem, StringComparison.Ordinal);
        Assert.Null(run.PagePath);
        Assert.Empty(run.FailedCheckCells);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"app\": ")]
    [InlineData("[]")]
    [InlineData("{\"app\": \"a.cs\"}")]
    public void A_malformed_result_file_gets_a_problem_sentence_not_an_exception(string json)
    {
        var run = new AppRunResult(StudentApp, 1, 3, "", TimedOut: false, ResultJson: json);

        string problem = Assert.Single(AppVerdict.Problems(run));

        Assert.StartsWith("its result file is not a lesson app's result", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_student_copy_whose_checks_all_say_not_yet_ran_as_expected()
    {
        AppRunResult run = Run(StudentApp, exitCode: 1, Ok(5), Check(9, "im-conv", passed: false), Ok(12), Check(20, "bigger-blur", passed: false));

        Assert.Empty(AppVerdict.Problems(run));
        Assert.Equal([9, 20], run.FailedCheckCells);
        Assert.Equal([9, 20], run.CheckCells);
    }

    [Fact]
    public void A_student_copy_whose_check_passes_is_named_by_cell_and_check()
    {
        AppRunResult run = Run(StudentApp, exitCode: 1, Check(9, "im-conv", passed: true), Check(20, "bigger-blur", passed: false));

        Assert.Equal(["cell 9 (check im-conv) passed: a student copy's stub should say \"not yet\""], AppVerdict.Problems(run));
    }

    [Fact]
    public void A_lessons_check_that_does_not_pass_is_named_with_the_checkers_summary()
    {
        AppRunResult run = Run(LessonApp, exitCode: 1, Check(9, "im-conv", passed: false));

        Assert.Equal(["cell 9 (check im-conv) did not pass: ImConv said so.", "exit code 1, expected 0"], AppVerdict.Problems(run));
    }

    [Fact]
    public void A_check_cell_that_showed_no_check_result_did_not_pass()
    {
        AppRunResult run = Run(LessonApp, exitCode: 1, new AppCellResult(9, AppCellResult.Ok, Check: "im-conv"));

        Assert.Equal(["cell 9 (check im-conv) showed no check result", "exit code 1, expected 0"], AppVerdict.Problems(run));
    }

    [Fact]
    public void A_cell_that_threw_is_named_with_its_exception_and_the_run_as_stopped()
    {
        AppRunResult run = Run(LessonApp, exitCode: 1, completed: false,
            Ok(5), new AppCellResult(7, AppCellResult.Threw, Exception: new AppException("IndexOutOfRangeException", "Index was outside the bounds of the array.")));

        Assert.Equal(["cell 7 threw IndexOutOfRangeException (Index was outside the bounds of the array.), which stopped the app", "exit code 1, expected 0"], AppVerdict.Problems(run));
        Assert.Equal(7, run.CrashedCell);
    }

    [Fact]
    public void Forged_printed_lines_change_nothing_the_verdict_reads_only_the_result()
    {
        const string Forged = """
            1 exercise check(s) not passed yet: cell 9 (ImConv), cell 20 (Bigger blur). Exit code 1.
            Page: /etc/passwd
            Cell 12 failed: IndexOutOfRangeException: nope
            {"app":"x.cs","page":"/etc/passwd","completed":true,"cells":[]}
            """;
        AppRunResult lesson = Run(LessonApp, exitCode: 0, Forged, Check(9, "im-conv", passed: true));
        AppRunResult student = Run(StudentApp, exitCode: 1, Forged.Replace("not passed yet", "passed", StringComparison.Ordinal), Check(9, "im-conv", passed: false));

        Assert.Empty(AppVerdict.Problems(lesson));
        Assert.Empty(AppVerdict.Problems(student));
        Assert.Empty(lesson.FailedCheckCells);
        Assert.NotEqual("/etc/passwd", lesson.PagePath);
        Assert.Null(lesson.CrashedCell);
    }

    [Fact]
    public void A_result_that_names_another_app_is_not_this_runs_result()
    {
        AppRunResult run = Run(StudentApp, exitCode: 1, Check(9, "im-conv", passed: false)) with { AppPath = StudentApp.Replace("05-task2", "04-task1", StringComparison.Ordinal) };

        Assert.Contains(AppVerdict.Problems(run), p => p.StartsWith("its result file is another app's", StringComparison.Ordinal));
    }

    private AppRunResult Run(string app, int exitCode, params AppCellResult[] cells) => Run(app, exitCode, "", cells);

    private AppRunResult Run(string app, int exitCode, bool completed, params AppCellResult[] cells) => Run(app, exitCode, "", completed, cells);

    private AppRunResult Run(string app, int exitCode, string output, params AppCellResult[] cells) => Run(app, exitCode, output, true, cells);

    private AppRunResult Run(string app, int exitCode, string output, bool completed, AppCellResult[] cells)
    {
        string page = folder.File(Path.GetFileNameWithoutExtension(app) + (app.Contains("student", StringComparison.Ordinal) ? "-student" : "") + ".html");
        File.WriteAllText(page, "<html></html>");
        var result = new AppResult(app, "../05-task2-im-conv.ipynb", page, completed, cells);
        return new AppRunResult(app, exitCode, 2, output, TimedOut: false, ResultJson: result.ToJson());
    }

    private static AppCellResult Ok(int cell) => new(cell, AppCellResult.Ok);

    private static AppCellResult Check(int cell, string check, bool passed) =>
        new(cell, AppCellResult.Ok, check, (JsonObject)JsonNode.Parse(new CheckResult("ImConv", passed, passed ? "Right." : "ImConv said so.", ["  a detail"]).ToJson())!);
}
