using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Release;

/// Every student copy, run headless in the real kernel, fails exactly at its exercise check cells
/// (the answers are stubs) and nowhere else: an unfinished exercise never breaks the rest of the lesson.
[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class StudentNotebookRunTests(KernelWarmup warmup, ITestOutputHelper output)
{
    private static readonly NotebookRunner Runner = new(new RunnerOptions
    {
        CellTimeout = LessonRuns.CellLimit,
        NotebookTimeout = LessonRuns.NotebookLimit,
        StudentCopy = true,
    });

    public static TheoryData<string> StudentCopies()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Path.Combine(Repo.Notebooks, "student"), "*.ipynb").Order())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StudentCopies))]
    public async Task Student_copy_fails_exactly_at_its_check_cells(string name)
    {
        Assert.True(warmup.BuildError is null, $"the helper library did not build: {warmup.BuildError}");
        string path = Path.Combine(Repo.Notebooks, "student", name);
        var checkCells = NotebookDocument.Load(path).CodeCells
            .Where(c => ExerciseMarker.ExerciseName(c) is not null).Select(c => c.Number).ToList();

        NotebookRunResult result = await Runner.RunAsync(path);
        result.Executed.WriteTo(Path.Combine(LessonRuns.ExecutedFolder, "student", name));

        var failed = result.Cells.Where(c => c.Status is not CellStatus.Passed).ToList();
        foreach (CellResult cell in failed)
        {
            output.WriteLine($"cell {cell.Number} {cell.Status} {cell.FirstLine}: {cell.ErrorSummary}");
        }

        Assert.True(result.Succeeded, "Unexpected results:\n" + string.Join("\n", result.Problems()));
        Assert.Equal(checkCells, failed.Select(c => c.Number).ToList());
        Assert.All(failed, c => Assert.Equal(CellStatus.ExpectedFailure, c.Status));
        output.WriteLine($"{name}: {result.Cells.Count} code cells, {failed.Count} check cells failed as expected, {result.Seconds:0.0} s");
    }
}
