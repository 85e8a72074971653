using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Release;

public class StudentCopiesTests
{
    private const string Solution = """
        {
         "cells": [
          {"cell_type": "markdown", "id": "m1", "metadata": {}, "source": ["[Contents](README.md)"]},
          {"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {}, "outputs": [],
           "source": ["#load \"setup.csx\"\n", "#r \"../artifacts/x.dll\""]},
          {"cell_type": "code", "execution_count": null, "id": "c2", "metadata": {}, "outputs": [],
           "source": ["var img = Load(\"../assets/cat.png\");\n", "// BEGIN SOLUTION answer\n", "// STUB: int answer = 0;\n", "int answer = 2;\n", "// END SOLUTION"]}
         ],
         "metadata": {"kernelspec": {"name": ".net-csharp"}},
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """;

    private static string WriteSolution(TempFolder temp)
    {
        string path = temp.File("01-x.ipynb");
        File.WriteAllText(path, Solution);
        return path;
    }

    [Fact]
    public void Student_copy_has_stubs_a_banner_a_generator_record_and_every_path_as_the_lesson_has_it()
    {
        NotebookDocument student = NotebookDocument.Parse(StudentCopies.Generate(NotebookDocument.Parse(Solution, "/r/notebooks/01-x.ipynb")), "/r/notebooks/student/01-x.ipynb");

        Assert.Equal("student-copy", student.Cells[0].Id);
        // No path is rewritten: the setup cell runs every copy from notebooks/, and notebooks/student/ has a README.
        Assert.Equal("[Contents](README.md)", student.Cells[1].Source);
        Assert.Equal("#load \"setup.csx\"\n#r \"../artifacts/x.dll\"", student.Cells[2].Source);
        Assert.Equal("var img = Load(\"../assets/cat.png\");\nint answer = 0;", student.Cells[3].Source);
        Assert.Equal("../01-x.ipynb", student.Metadata[StudentCopies.MetadataKey]!["generated_from"]!.GetValue<string>());
        Assert.Null(StudentCopies.EditedByHand(student.ToJson(), "student"));
    }

    [Fact]
    public void Every_cell_the_runner_grades_as_a_check_has_its_released_source_recorded_and_no_other()
    {
        JsonArray cells =
        [
            new JsonObject { ["cell_type"] = "code", ["source"] = "// CHECK: spaced\nCheck(A)" },
            new JsonObject { ["cell_type"] = "code", ["source"] = "//CHECK:tight\nCheck(B)" },
            new JsonObject { ["cell_type"] = "code", ["source"] = "\n  // CHECK: below-a-blank-line\nCheck(C)" },
            new JsonObject { ["cell_type"] = "code", ["source"] = "var x = 1;\n// CHECK: not-first" },
            new JsonObject { ["cell_type"] = "markdown", ["source"] = "// CHECK: markdown" },
        ];
        NotebookDocument graded = NotebookDocument.Parse(new JsonObject { ["cells"] = cells.DeepClone() }.ToJsonString(), "x.ipynb");

        JsonObject hashes = StudentCopies.CheckCellHashes(graded.Cells);

        Assert.Equal(graded.CodeCells.Select(ExerciseMarker.ExerciseName).OfType<string>(), hashes.Select(h => h.Key));
        Assert.Equal(["spaced", "tight", "below-a-blank-line"], hashes.Select(h => h.Key));
    }

    [Fact]
    public void Write_creates_then_leaves_an_unchanged_copy_byte_for_byte_and_never_touches_the_solution()
    {
        using var temp = new TempFolder();
        string solution = WriteSolution(temp);
        string before = File.ReadAllText(solution);

        StudentCopyOutcome first = StudentCopies.Write(solution);
        string written = File.ReadAllText(first.StudentPath);
        StudentCopyOutcome second = StudentCopies.Write(solution);

        Assert.Equal(StudentCopyStatus.Created, first.Status);
        Assert.Equal(StudentCopyStatus.Unchanged, second.Status);
        Assert.Equal(written, File.ReadAllText(first.StudentPath));
        Assert.Equal(before, File.ReadAllText(solution));
        Assert.Equal(Path.Combine(Path.GetDirectoryName(solution)!, "student", "01-x.ipynb"), first.StudentPath);
    }

    [Fact]
    public void A_changed_solution_updates_an_unedited_copy()
    {
        using var temp = new TempFolder();
        string solution = WriteSolution(temp);
        StudentCopies.Write(solution);
        File.WriteAllText(solution, Solution.Replace("// STUB: int answer = 0;", "// STUB: int answer = -1;"));

        Assert.Equal(StudentCopyStatus.Updated, StudentCopies.Write(solution).Status);
    }

    [Fact]
    public void A_students_edits_are_never_overwritten_without_force()
    {
        using var temp = new TempFolder();
        string solution = WriteSolution(temp);
        string student = StudentCopies.Write(solution).StudentPath;
        string edited = File.ReadAllText(student).Replace("int answer = 0;", "int answer = 5;");
        File.WriteAllText(student, edited);
        File.WriteAllText(solution, Solution.Replace("// STUB: int answer = 0;", "// STUB: int answer = -1;"));

        StudentCopyOutcome refused = StudentCopies.Write(solution);

        Assert.Equal(StudentCopyStatus.RefusedEdited, refused.Status);
        Assert.Contains("--force", refused.Message);
        Assert.Equal(edited, File.ReadAllText(student));
        Assert.Equal(StudentCopyStatus.Updated, StudentCopies.Write(solution, force: true).Status);
    }

    [Fact]
    public void A_student_copy_is_refused_as_a_solution()
    {
        using var temp = new TempFolder();
        string solution = WriteSolution(temp);
        string student = StudentCopies.Write(solution).StudentPath;

        var e = Assert.Throws<ArgumentException>(() => StudentCopies.Write(student));

        Assert.Contains("is a student copy", e.Message);
    }

    [Fact]
    public void Every_committed_student_copy_is_up_to_date_with_its_solution_notebook()
    {
        var stale = new List<string>();
        foreach (string solution in Directory.EnumerateFiles(Repo.Notebooks, "*.ipynb").Order())
        {
            string student = StudentCopies.StudentPathFor(solution);
            string expected = StudentCopies.Generate(NotebookDocument.Load(solution));
            if (!File.Exists(student) || File.ReadAllText(student) != expected)
            {
                stale.Add(Path.GetRelativePath(Repo.Root, student));
            }
        }

        Assert.True(stale.Count == 0,
            $"Student copies out of date with their solution notebooks: {string.Join(", ", stale)}. Run `bash scripts/course.sh release` (or `course release`) and commit notebooks/student/.");
    }

    [Fact]
    public void The_student_folder_has_a_contents_page_listing_every_copy_and_every_link_in_a_copy_finds_its_file()
    {
        string folder = Path.Combine(Repo.Notebooks, StudentCopies.Folder);
        string contents = File.ReadAllText(Path.Combine(folder, "README.md"));
        var broken = new List<string>();
        foreach (string copy in Directory.EnumerateFiles(folder, "*.ipynb").Order())
        {
            Assert.Contains($"]({Path.GetFileName(copy)})", contents, StringComparison.Ordinal);
            // A copy's markdown links are the lesson's, unrewritten: each must name a file beside the copy or above it.
            foreach (NotebookCell cell in NotebookDocument.Load(copy).Cells.Where(c => c.Type == CellType.Markdown))
            {
                foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(cell.Source, @"\]\((?<target>[^)#:\s]+)(#[^)]*)?\)"))
                {
                    string target = link.Groups["target"].Value;
                    if (!File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
                    {
                        broken.Add($"{Path.GetFileName(copy)}: ({target})");
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, "Links in student copies that find no file: " + string.Join(", ", broken));
    }
}
