using System.Text.RegularExpressions;
using Convolution.Teaching.Course.Apps;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Apps;

[Collection(AppCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public partial class LessonAppRunTests(AppRuns runs, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(AppRuns.Apps), MemberType = typeof(AppRuns))]
    public void Every_app_runs_as_expected_a_lessons_passes_and_a_student_copys_fails_exactly_at_its_check_cells(string app)
    {
        AppRunResult result = runs.For(app);
        output.WriteLine($"{app}: exit code {result.ExitCode}, {result.Seconds:0.0} s");

        IReadOnlyList<string> problems = AppVerdict.Problems(result);

        Assert.True(problems.Count == 0, $"{app}: {string.Join("; ", problems)}\n{Tail(result.Output)}");
    }

    [Theory]
    [MemberData(nameof(AppRuns.Apps), MemberType = typeof(AppRuns))]
    public void Every_page_holds_every_value_the_lesson_displays_pictures_charts_and_tables(string app)
    {
        AppRunResult result = runs.For(app);
        string page = File.ReadAllText(result.PagePath ?? throw new InvalidOperationException($"{app} wrote no page:\n{Tail(result.Output)}"));
        string source = File.ReadAllText(Path.Combine(Repo.Root, app));

        // Each Display.Value/Check line runs once (the generator writes them at top level), so each gives one output.
        int displayed = DisplayCall().Matches(source).Count;
        int shown = OutputBlock().Matches(page).Count;

        Assert.Equal(displayed, shown);
        Assert.DoesNotContain("cdn.plot.ly/plotly-2.28.0.min.js\"></script>", page);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(result.PagePath)!, PlotlyPath(page))), "plotly.js is not beside the page");
    }

    [Fact]
    public void A_student_copys_check_prints_the_same_feedback_the_notebook_shows()
    {
        AppRunResult result = runs.For("notebooks/apps/student/05-task2-im-conv.cs");

        Assert.Contains("NOT YET: ImConv\nImConv is not done yet: it still throws NotImplementedException.", result.Output);
        // The cells are the notebook's own check cells, numbered as VS Code numbers them.
        int[] checks = [.. NotebookDocument.Load(Path.Combine(Repo.Notebooks, "student", "05-task2-im-conv.ipynb")).CodeCells
            .Where(c => ExerciseMarker.ExerciseName(c) is not null).Select(c => c.Number)];
        Assert.Contains($"exercise check(s) not passed yet: cell {checks[0]} (ImConv), cell {checks[1]} (Bigger blur). Exit code 1.", result.Output);
        // What the course decides by is the result the app's library wrote: the same cells, each with the kernel's check JSON.
        Assert.Equal(checks, result.CheckCells);
        Assert.Equal(checks, result.FailedCheckCells);
        Assert.Equal([("im-conv", "ImConv"), ("bigger-blur", "Bigger blur")], result.Checks.Select(c => (c.Check, c.Verdict!.Exercise)));
        Assert.StartsWith("NOT YET: ImConv\nImConv is not done yet", result.Checks[0].Verdict!.Feedback, StringComparison.Ordinal);
    }

    private static string PlotlyPath(string page) => PlotlyScript().Match(page).Groups[1].Value;

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];

    [GeneratedRegex(@"^\s*Display\.(Value|Check)\(", RegexOptions.Multiline)]
    private static partial Regex DisplayCall();

    [GeneratedRegex(@"<div class=""output (html|error)""")]
    private static partial Regex OutputBlock();

    [GeneratedRegex(@"<script src=""([^""]*plotly[^""]*)""")]
    private static partial Regex PlotlyScript();
}
