using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Running;

public class ExerciseMarkerTests
{
    [Fact]
    public void A_first_line_CHECK_comment_names_the_exercise()
    {
        var cells = NotebookDocument.Load(Repo.Fixture("Run", "student", "05-exercise.ipynb")).CodeCells.ToList();

        Assert.Equal([null, "add-one", "lenient-check", null], cells.Select(ExerciseMarker.ExerciseName));
    }

    [Fact]
    public void A_CHECK_comment_below_the_first_line_does_not_mark_the_cell()
    {
        NotebookDocument doc = NotebookDocument.Parse(
            """{"cells": [{"cell_type": "code", "source": ["var x = 1;\n", "// CHECK: later"]}]}""", "x.ipynb");

        Assert.Null(ExerciseMarker.ExerciseName(doc.Cells[0]));
    }

    [Theory]
    [InlineData("notebooks/student/01-x.ipynb", true)]
    [InlineData("notebooks/Student/01-x.ipynb", true)]
    [InlineData("notebooks/01-x.ipynb", false)]
    [InlineData("notebooks/students-guide/01-x.ipynb", false)]
    [InlineData("student.ipynb", false)]
    public void A_notebook_is_a_student_copy_when_a_folder_on_its_path_is_named_student(string path, bool expected)
    {
        Assert.Equal(expected, ExerciseMarker.IsStudentCopy(path));
    }
}
