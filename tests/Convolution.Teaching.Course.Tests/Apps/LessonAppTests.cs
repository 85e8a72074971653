using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Apps;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Apps;

public class LessonAppTests
{
    private static readonly string Lesson = Path.Combine(Repo.Notebooks, "05-task2-im-conv.ipynb");

    [Fact]
    public void Every_committed_lesson_app_is_up_to_date_with_its_notebook()
    {
        IReadOnlyList<string> stale = LessonApps.Stale(Repo.Root);

        Assert.True(stale.Count == 0,
            $"Lesson apps out of date with their notebooks: {string.Join(", ", stale.Select(s => Path.GetRelativePath(Repo.Root, s)))}. Run `bash scripts/course.sh release` (or `course release`) and commit notebooks/apps/.");
    }

    [Fact]
    public void A_lesson_edited_without_a_release_makes_its_two_apps_stale_and_no_other()
    {
        using var clone = new TempFolder();
        string notebooks = Directory.CreateDirectory(Path.Combine(clone.Path, "notebooks")).FullName;
        foreach (string project in Directory.EnumerateDirectories(Path.Combine(Repo.Root, "lib")).Select(Path.GetFileName).OfType<string>())
        {
            Directory.CreateDirectory(Path.Combine(clone.Path, "lib", project));
            File.WriteAllText(Path.Combine(clone.Path, "lib", project, project + ".csproj"), "<Project />");
        }

        foreach (string name in new[] { "04-task1-subimages.ipynb", "05-task2-im-conv.ipynb" })
        {
            File.Copy(Path.Combine(Repo.Notebooks, name), Path.Combine(notebooks, name));
            LessonApps.Write(Path.Combine(notebooks, name), clone.Path, force: false);
        }

        Assert.Empty(LessonApps.Stale(clone.Path));
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(notebooks, "05-task2-im-conv.ipynb")))!.AsObject();
        root["cells"]!.AsArray().Add(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "A new closing remark." });
        File.WriteAllText(Path.Combine(notebooks, "05-task2-im-conv.ipynb"), root.ToJsonString());

        Assert.Equal(
            [Path.Combine(notebooks, "apps", "05-task2-im-conv.cs"), Path.Combine(notebooks, "apps", "student", "05-task2-im-conv.cs")],
            LessonApps.Stale(clone.Path));
    }

    [Fact]
    public void The_setup_cell_becomes_the_notebooks_pinned_packages_its_projects_and_the_apps_own_setup_call()
    {
        string app = LessonApp.PathFor(Lesson, Repo.Notebooks);
        string text = LessonApp.Generate(NotebookDocument.Load(Lesson), app, Repo.Root);

        Assert.Contains("#:package Plotly.NET@6.0.0\n", text);
        Assert.Contains("#:project ../../lib/Convolution.Teaching.Notebooks\n", text);
        Assert.Contains("Display.Start(\"../05-task2-im-conv.ipynb\");", text);
        Assert.DoesNotContain("#load", text);
        Assert.DoesNotContain("Notebook.Setup()", text);
    }

    [Fact]
    public void A_check_cell_is_declared_to_the_app_by_its_check_name_and_no_other_cell_is()
    {
        NotebookDocument notebook = NotebookDocument.Load(Lesson);
        string text = LessonApp.Generate(notebook, LessonApp.PathFor(Lesson, Repo.Notebooks), Repo.Root);
        var checks = notebook.CodeCells.Where(c => ExerciseMarker.ExerciseName(c) is not null).Select(c => (c.Number, ExerciseMarker.ExerciseName(c)!)).ToList();

        Assert.Equal(2, checks.Count);
        foreach (var (number, name) in checks)
        {
            Assert.Contains($"Display.Cell({number}, check: \"{name}\");\n// CHECK: {name}\n", text, StringComparison.Ordinal);
        }

        Assert.Equal(checks.Count, text.Split('\n').Count(l => l.StartsWith("Display.Cell(", StringComparison.Ordinal) && l.Contains("check:", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_student_copys_app_sits_in_apps_student_and_reaches_its_notebook_and_the_libraries_one_folder_deeper()
    {
        string student = StudentCopies.StudentPathFor(Lesson);
        string app = LessonApp.PathFor(student, Repo.Notebooks);
        string text = LessonApp.Generate(NotebookDocument.Parse(StudentCopies.Generate(NotebookDocument.Load(Lesson)), student), app, Repo.Root);

        Assert.Equal(Path.Combine(Repo.Notebooks, "apps", "student", "05-task2-im-conv.cs"), app);
        Assert.Contains("#:project ../../../lib/Convolution.Teaching.Notebooks\n", text);
        Assert.Contains("Display.Start(\"../../student/05-task2-im-conv.ipynb\");", text);
    }

    [Fact]
    public void A_variable_declared_in_two_cells_is_refused_naming_both_cells_and_the_fix()
    {
        NotebookDocument notebook = NotebookDocument.Load(Lesson);
        var root = (JsonObject)notebook.Root.DeepClone();
        root["cells"]!.AsArray().Add(new JsonObject { ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["source"] = "byte[,] cat = null;" });
        var changed = NotebookDocument.Parse(root.ToJsonString(), Lesson);

        var e = Assert.Throws<FormatException>(() => LessonApp.Generate(changed, LessonApp.PathFor(Lesson, Repo.Notebooks), Repo.Root));

        int first = notebook.CodeCells.First(c => c.Source.Contains("byte[,] cat =", StringComparison.Ordinal)).Number;
        Assert.Contains($"declares cat again (cell {first} declared it first)", e.Message);
        Assert.Contains("Assign it without its type", e.Message);
    }

    [Fact]
    public void An_app_with_hand_edits_is_recognised_and_a_generated_one_is_not()
    {
        string app = File.ReadAllText(Path.Combine(Repo.Notebooks, "apps", "student", "05-task2-im-conv.cs"));

        Assert.Null(LessonApp.EditedByHand(app));
        Assert.NotNull(LessonApp.EditedByHand(app.Replace("char biggerBlurAnswer = '?';", "char biggerBlurAnswer = 'b';", StringComparison.Ordinal)));
    }

    [Fact]
    public void Release_leaves_an_app_with_a_students_answers_alone_unless_forced()
    {
        using var clone = new TempFolder();
        string notebooks = Directory.CreateDirectory(Path.Combine(clone.Path, "notebooks")).FullName;
        foreach (string project in new[] { "Convolution.Teaching", "Convolution.Teaching.Exercises", "Convolution.Teaching.Notebooks" })
        {
            Directory.CreateDirectory(Path.Combine(clone.Path, "lib", project));
            File.WriteAllText(Path.Combine(clone.Path, "lib", project, project + ".csproj"), "<Project />");
        }

        string lesson = Path.Combine(notebooks, "05-task2-im-conv.ipynb");
        File.Copy(Lesson, lesson);
        LessonApps.Write(lesson, clone.Path, force: false);
        string app = Path.Combine(notebooks, "apps", "student", "05-task2-im-conv.cs");
        string answered = File.ReadAllText(app).Replace("'?'", "'b'", StringComparison.Ordinal);
        File.WriteAllText(app, answered);
        File.WriteAllText(lesson, File.ReadAllText(Lesson).Replace("Previous:", "Before:", StringComparison.Ordinal));
        IReadOnlyList<LessonAppOutcome> changed = LessonApps.Write(lesson, clone.Path, force: false);

        Assert.Equal(StudentCopyStatus.RefusedEdited, changed.Single(o => o.AppPath == app).Status);
        Assert.Contains("course release --force", changed.Single(o => o.AppPath == app).Message);
        Assert.Equal(answered, File.ReadAllText(app));
        Assert.Equal(StudentCopyStatus.Updated, changed.Single(o => o.AppPath != app).Status);
        Assert.Equal(StudentCopyStatus.Updated, LessonApps.Write(lesson, clone.Path, force: true).Single(o => o.AppPath == app).Status);
    }
}
