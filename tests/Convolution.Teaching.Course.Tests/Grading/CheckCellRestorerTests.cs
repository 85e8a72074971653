using Convolution.Teaching.Course.Grading;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Grading;

/// What grading puts back before it runs a hand-in (no kernel: the restored notebook is compared cell by cell).
public class CheckCellRestorerTests
{
    private static ReleasedLesson Lesson5 => ReleasedLesson.All(Repo.Notebooks).Single(l => l.Name == "05-task2-im-conv.ipynb");

    private static NotebookDocument Copy(ReleasedLesson lesson) => lesson.Notebook.CopyAt("/hand-ins/alice.ipynb");

    /// The notebook's first check cell and its check's name.
    private static (NotebookCell Cell, string Name) FirstCheck(NotebookDocument notebook)
    {
        NotebookCell check = notebook.CodeCells.First(c => ExerciseMarker.ExerciseName(c.Source) is not null);
        return (check, ExerciseMarker.ExerciseName(check.Source)!);
    }

    [Fact]
    public void An_untouched_copy_is_left_exactly_as_it_was()
    {
        NotebookDocument submission = Copy(Lesson5);
        string before = submission.ToJson();

        Assert.Empty(CheckCellRestorer.Restore(submission, Lesson5));
        Assert.Equal(before, submission.ToJson());
    }

    [Fact]
    public void An_edited_check_cell_gets_its_released_source_back_and_the_students_own_cells_stay()
    {
        ReleasedLesson lesson = Lesson5;
        NotebookDocument submission = Copy(lesson);
        var (check, name) = FirstCheck(submission);
        string released = check.Source;
        check.Source = $"// CHECK: {name}\nConsole.WriteLine(\"PASSED\");";
        NotebookCell answer = submission.CodeCells.First(c => c.Source.Contains("double[,] ImConv(", StringComparison.Ordinal));
        answer.Source += "\n// my own note";

        IReadOnlyList<string> notes = CheckCellRestorer.Restore(submission, lesson);

        Assert.Equal([$"check cell '{name}' had been edited: restored as released"], notes);
        Assert.Equal(released, submission.Cells.Single(c => c.Id == check.Id).Source);
        Assert.EndsWith("// my own note", submission.Cells.Single(c => c.Id == answer.Id).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_check_cell_comes_back_after_the_cell_before_it()
    {
        ReleasedLesson lesson = Lesson5;
        NotebookDocument submission = Copy(lesson);
        var (check, name) = FirstCheck(submission);
        string previousId = submission.Cells[check.Number - 2].Id!;
        submission.ReplaceCells(submission.Cells.Where(c => c.Id != check.Id).Select(c => c.Json));

        IReadOnlyList<string> notes = CheckCellRestorer.Restore(submission, lesson);

        Assert.Equal([$"check cell '{name}' was missing: put back as released"], notes);
        int restored = submission.Cells.ToList().FindIndex(c => ExerciseMarker.ExerciseName(c.Source) == name);
        Assert.Equal(previousId, submission.Cells[restored - 1].Id);
        Assert.Equal(lesson.Notebook.ToJson(), submission.ToJson());
    }

    [Fact]
    public void A_second_cell_for_one_check_is_removed_and_the_first_stays_where_it_is()
    {
        ReleasedLesson lesson = Lesson5;
        NotebookDocument submission = Copy(lesson);
        var (check, name) = FirstCheck(submission);
        submission.InsertCell(submission.Cells.Count, NotebookCell.NewJson(CellType.Code, "forged", check.Source));

        IReadOnlyList<string> notes = CheckCellRestorer.Restore(submission, lesson);

        Assert.Equal([$"more than one check cell for '{name}': only the released one was run"], notes);
        Assert.DoesNotContain(submission.Cells, c => c.Id == "forged");
        Assert.Equal(lesson.Notebook.ToJson(), submission.ToJson());
    }
}
