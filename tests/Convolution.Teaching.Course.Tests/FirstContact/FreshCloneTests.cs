using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.FirstContact;

/// The instructor's first contact: a fresh `git clone` with NOTHING built, a lesson opened in the real kernel
/// (dotnet-interactive stdio, started in the notebook's own folder, as VS Code starts it), Run All.
/// Nothing is built inside the clone before these runs, so the first cell has to do it, as it must for a user.
[Collection(FreshCloneCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class FreshCloneTests(ITestOutputHelper output)
{
    private static readonly NotebookRunner Runner = new(new RunnerOptions
    {
        CellTimeout = LessonRuns.CellLimit,
        NotebookTimeout = LessonRuns.NotebookLimit,
    });

    /// One clone, one first build: lessons 1, 2 and 3 opened at the same moment on a clone with nothing built (as an
    /// instructor opens the first lesson while a colleague opens the next), then a student copy. Every lesson's setup
    /// cell is the same setup.csx, so one build proves the first build, and the two that wait prove the lock. The clone
    /// is the one the check and grade doors then use (<see cref="SharedClone"/>): the runs are its first use, made by
    /// whichever test of the lane comes first, so nothing is built in it before them.
    [Fact]
    public void Lessons_one_two_and_three_started_at_once_on_a_fresh_clone_all_pass_one_builds_the_others_wait_then_a_student_copy_runs_clean()
    {
        FirstContactRuns first = SharedClone.First;
        foreach (NotebookRunResult result in first.StudentCopy is null ? first.Lessons : [.. first.Lessons, first.StudentCopy])
        {
            Log(result);
        }

        Assert.True(first.Error is null, "The first contact did not finish:\n" + first.Error);
        Assert.Equal(FirstContactRuns.LessonNames, first.Lessons.Select(r => r.Name));
        foreach (NotebookRunResult result in first.Lessons)
        {
            Assert.True(result.Succeeded, $"{result.Name}, started beside two other lessons on a fresh clone with nothing built:\n" + string.Join("\n", result.Problems()));
        }

        // Exactly one of them builds; the others find the build lock taken, wait, and use what was built.
        Assert.Single(first.Lessons, r => FirstCellText(r).Contains("Building the helper libraries", StringComparison.Ordinal));

        NotebookRunResult copy = first.StudentCopy!;
        Assert.True(copy.Succeeded, "Student copy of lesson 5 on a fresh clone:\n" + string.Join("\n", copy.Problems()));
        Assert.Equal(first.StudentCheckCells, copy.Cells.Where(c => c.Status != CellStatus.Passed).Select(c => c.Number).ToList());
    }

    [Fact]
    public async Task A_lesson_copied_out_of_the_notebooks_folder_says_in_its_first_cell_where_it_must_live()
    {
        using var clone = new FreshClone();
        using var elsewhere = new TempFolder();
        string copy = elsewhere.File("01-images-as-arrays.ipynb");
        File.Copy(Path.Combine(clone.Notebooks, "01-images-as-arrays.ipynb"), copy);

        NotebookRunResult result = await RunAsync(copy);

        CellResult first = result.Cells[0];
        Assert.Equal(CellStatus.Failed, first.Status);
        // One sentence, in the first line of the first cell's error (Run All stops there): where the notebook is, where it must be.
        string message = first.ErrorSummary ?? "";
        Assert.Contains("notebooks/", message, StringComparison.Ordinal);
        Assert.Contains(elsewhere.Path, message, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", first.Error ?? "", StringComparison.Ordinal);
    }

    private async Task<NotebookRunResult> RunAsync(string path) => Log(await Runner.RunAsync(path));

    private NotebookRunResult Log(NotebookRunResult result)
    {
        output.WriteLine($"{result.Name}: {result.Cells.Count} code cells in {result.Seconds:0.0} s");
        foreach (CellResult cell in result.Cells.Where(c => c.Status != CellStatus.Passed).Prepend(result.Cells[0]))
        {
            output.WriteLine($"  cell {cell.Number,3} {cell.Status,-15} {cell.Seconds,6:0.0} s  {cell.FirstLine}  {cell.ErrorSummary}");
        }

        output.WriteLine("  first cell printed: " + FirstCellText(result).Replace("\n", "\n    "));
        return result;
    }

    private static string FirstCellText(NotebookRunResult result) =>
        string.Join("\n", result.Cells[0].Outputs.Where(o => o.Kind == OutputKind.StandardOutput).Select(o => o.Text));
}
