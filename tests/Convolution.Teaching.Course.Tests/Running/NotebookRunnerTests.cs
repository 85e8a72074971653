using System.Diagnostics;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Running;

[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class NotebookRunnerTests(ITestOutputHelper output)
{
    private static readonly RunnerOptions Fast = new() { CellTimeout = TimeSpan.FromSeconds(60), NotebookTimeout = TimeSpan.FromMinutes(3) };

    /// The throwing fixture with the default limits, run once for the two tests that read it (one kernel start fewer).
    private static readonly Lazy<Task<NotebookRunResult>> Throwing = new(() => new NotebookRunner(Fast).RunAsync(Repo.Fixture("Run", "02-throwing.ipynb")));

    private async Task<NotebookRunResult> Run(string[] fixture, RunnerOptions? options = null) =>
        Log(await new NotebookRunner(options ?? Fast).RunAsync(Repo.Fixture(fixture)));

    private async Task<NotebookRunResult> RunThrowing() => Log(await Throwing.Value);

    private NotebookRunResult Log(NotebookRunResult result)
    {
        output.WriteLine($"{result.Name}: {result.Seconds:0.0} s");
        foreach (CellResult cell in result.Cells)
        {
            output.WriteLine($"  {result.Describe(cell)} ({cell.Seconds:0.0} s)");
        }

        return result;
    }

    [Fact]
    public async Task A_passing_notebook_passes_every_code_cell_and_keeps_each_output()
    {
        NotebookRunResult result = await Run(["Run", "01-passing.ipynb"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems()));
        Assert.Equal([2, 3, 4], result.Cells.Select(c => c.Number));
        Assert.All(result.Cells, c => Assert.Equal(CellStatus.Passed, c.Status));
        Assert.Equal("hello from the fixture\n", Assert.Single(result.Cells[0].Outputs).Text);
        Assert.Contains("alt=\"a tiny picture\"", Assert.Single(result.Cells[1].Outputs).Html);
        CellOutput answer = Assert.Single(result.Cells[2].Outputs);
        Assert.Equal(OutputKind.Result, answer.Kind);
        Assert.Contains("42", answer.Html ?? answer.Text);
        Assert.Equal(["a tiny picture"], OutputCensus.Of(result.Cells).Images);
    }

    [Fact]
    public async Task A_throwing_cell_fails_with_notebook_cell_first_line_and_error_and_later_cells_still_run()
    {
        NotebookRunResult result = await RunThrowing();

        Assert.False(result.Succeeded);
        Assert.Equal([CellStatus.Passed, CellStatus.Failed, CellStatus.Passed, CellStatus.Failed], result.Cells.Select(c => c.Status));
        Assert.Equal([null, null, 3, 3], result.Cells.Select(c => c.AfterFailureOf));
        Assert.Equal("2\n", result.Cells[2].Outputs.Single().Text);
        Assert.Contains("CS0029", result.Cells[3].Error);

        string message = result.Problems()[0];
        Assert.StartsWith("02-throwing.ipynb cell 3 (code cell 2) `// throws on purpose`: Failed: System.InvalidOperationException: boom from the fixture", message);
        Assert.Contains("(ran after cell 3 failed)", result.Problems()[1]);
    }

    [Fact]
    public async Task An_endless_loop_times_out_within_the_cell_limit_and_the_rest_is_skipped()
    {
        var limits = new RunnerOptions { CellTimeout = TimeSpan.FromSeconds(8), NotebookTimeout = TimeSpan.FromMinutes(2) };
        var watch = Stopwatch.StartNew();

        NotebookRunResult result = await Run(["Run", "03-endless.ipynb"], limits);

        Assert.Equal([CellStatus.Passed, CellStatus.TimedOut, CellStatus.Skipped], result.Cells.Select(c => c.Status));
        Assert.InRange(result.Cells[1].Seconds, 8, 8 + 5);
        Assert.Contains("no result after 8 s", result.Cells[1].Error);
        Assert.Contains("the kernel was stopped after cell 2", result.Cells[2].Error);
        Assert.StartsWith("03-endless.ipynb cell 2 (code cell 2) `while (true) { }`: TimedOut", result.Problems()[0]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"the run took {watch.Elapsed.TotalSeconds:0} s");
    }

    [Fact]
    public async Task The_notebook_limit_stops_a_run_even_when_the_cell_limit_is_longer()
    {
        var limits = new RunnerOptions { CellTimeout = TimeSpan.FromMinutes(2), NotebookTimeout = TimeSpan.FromSeconds(40) };

        NotebookRunResult result = await Run(["Run", "03-endless.ipynb"], limits);

        Assert.Equal(CellStatus.TimedOut, result.Cells[1].Status);
        Assert.Contains("the notebook's limit of 40 s ran out", result.Cells[1].Error);
        Assert.InRange(result.Seconds, 39.5, 60);
    }

    [Fact]
    public async Task Relative_load_and_file_paths_resolve_against_the_notebook_folder()
    {
        NotebookRunResult result = await Run(["Run", "relative", "04-relative-paths.ipynb"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems()));
        Assert.Contains("loaded from helper.csx", result.Cells[1].Outputs.Single().Html ?? result.Cells[1].Outputs.Single().Text);
    }

    [Fact]
    public async Task In_a_student_copy_check_cells_may_fail_and_a_check_that_passes_is_unexpected()
    {
        NotebookRunResult result = await Run(["Run", "student", "05-exercise.ipynb"]);

        Assert.True(result.StudentCopy);
        Assert.Equal([CellStatus.Passed, CellStatus.ExpectedFailure, CellStatus.UnexpectedPass, CellStatus.Passed], result.Cells.Select(c => c.Status));
        Assert.Equal(["add-one", "lenient-check"], result.Cells.Where(c => c.Exercise is not null).Select(c => c.Exercise));
        Assert.Contains("Exercise add-one: write AddOne.", result.Cells[1].Verdict!.Feedback);
        Assert.False(result.Cells[1].Verdict!.Passed);
        Assert.Equal((1, 1), (result.ExpectedFailures, result.Failed));
        Assert.Contains("exercise check 'lenient-check' passed in a student copy", Assert.Single(result.Problems()));
    }

    [Fact]
    public async Task In_a_solution_notebook_check_cells_must_pass()
    {
        NotebookRunResult solution = await Run(["Run", "06-solution.ipynb"]);
        NotebookRunResult studentAsSolution = await Run(["Run", "student", "05-exercise.ipynb"], Fast with { StudentCopy = false });

        Assert.True(solution.Succeeded, string.Join("\n", solution.Problems()));
        Assert.Equal(CellStatus.Failed, studentAsSolution.Cells[1].Status);
        Assert.Equal(0, studentAsSolution.ExpectedFailures);
    }

    [Fact]
    public async Task The_executed_copy_carries_outputs_and_counts_and_passes_hygiene_only_without_them()
    {
        using var temp = new TempFolder();
        NotebookRunResult result = await RunThrowing();

        result.Executed.WriteTo(temp.File("02-throwing.ipynb"));
        NotebookDocument copy = NotebookDocument.Load(temp.File("02-throwing.ipynb"));

        Assert.Equal([1, 2, 3, 4], copy.CodeCells.Select(c => c.Json["execution_count"]!.GetValue<int>()));
        Assert.Equal("error", copy.Cells[2].Outputs![0]!["output_type"]!.GetValue<string>());
        Assert.Contains(NotebookHygiene.Check(copy), p => p.Rule == "no-outputs");
        Assert.DoesNotContain(NotebookHygiene.Check(NotebookDocument.Load(Repo.Fixture("Run", "02-throwing.ipynb"))), p => p.Rule == "no-outputs");
        Assert.Throws<InvalidOperationException>(() => result.Executed.WriteTo(Repo.Fixture("Run", "02-throwing.ipynb")));
    }
}
