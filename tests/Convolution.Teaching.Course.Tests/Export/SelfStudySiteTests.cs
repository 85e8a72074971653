using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Export;

/// The site exported from the real solution notebooks, read as HTML (AngleSharp), is for a reader who studies alone: no
/// marker text on any page, each exercise shows the student copy's starting code and folds its solution, and the check's
/// output with it, behind a closed "Show solution". The executed copies here are the notebooks themselves, with a
/// made-up output on every check cell (a marker sentence), so the test needs no kernel and knows where each output went.
public sealed class SelfStudySiteTests : IDisposable
{
    /// Marker text of the solution notebooks that must never reach a page.
    public static readonly string[] Markers = ["BEGIN SOLUTION", "END SOLUTION", "STUB:"];

    private const string CheckSaid = "PASSED (this check's output)";

    private readonly TempFolder temp = new();
    private readonly ExportResult site;

    public SelfStudySiteTests()
    {
        string executed = temp.File("executed");
        Directory.CreateDirectory(executed);
        foreach (string lesson in LessonData.LessonPaths())
        {
            NotebookDocument notebook = NotebookDocument.Load(lesson);
            var outputs = notebook.CodeCells.Where(c => ExerciseMarker.ExerciseName(c) is not null).ToDictionary(
                c => c.Number,
                c => (1, new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = $"{CheckSaid} cell {c.Number}\n" })));
            File.WriteAllText(Path.Combine(executed, notebook.FileName), notebook.WithOutputs(outputs).ToJson());
        }

        site = SiteExporter.Export(new ExportOptions(Repo.Notebooks, executed, temp.File("site")));
    }

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Lessons() => LessonData.Lessons();

    [Fact]
    public void No_page_of_the_site_holds_marker_text()
    {
        Assert.NotEmpty(site.Pages);
        foreach (PageReport page in site.Pages)
        {
            string html = File.ReadAllText(Path.Combine(site.OutputFolder, page.Page));
            IDocument document = Parse(html);
            foreach (string marker in Markers)
            {
                Assert.False(html.Contains(marker, StringComparison.Ordinal), $"{page.Page} holds '{marker}' in its HTML");
                Assert.DoesNotContain(marker, document.Body!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Each_exercise_shows_the_student_copys_starting_code_and_folds_its_solution_and_check_in_a_closed_details(string lesson)
    {
        if (lesson == LessonData.NoLessons)
        {
            return;
        }

        NotebookDocument solution = NotebookDocument.Load(Path.Combine(Repo.Notebooks, lesson));
        NotebookDocument student = StudentCopies.StudentCopy(solution);
        IDocument page = Parse(File.ReadAllText(Path.Combine(site.OutputFolder, SiteExporter.PageName(lesson))));
        List<NotebookCell> exercises = [.. solution.CodeCells.Where(c => SolutionRegions.HasRegion(c.Source))];
        Assert.Equal(exercises.Count, page.QuerySelectorAll("section.exercise").Length);

        foreach (NotebookCell cell in exercises)
        {
            IElement section = page.GetElementById($"cell-{cell.Number}")!;
            Assert.Contains("exercise", section.ClassList);
            // The student copy has a banner cell first, so its cell N + 1 is the solution's cell N.
            Assert.Equal(student.Cells[cell.Number].Source, section.QuerySelector(":scope > pre.source")!.TextContent);
            IElement fold = Assert.Single(section.QuerySelectorAll(":scope > details.solution"));
            Assert.False(fold.HasAttribute("open"), $"{lesson} cell {cell.Number}: the solution fold is open");
            Assert.Equal("Show solution", fold.QuerySelector(":scope > summary")!.TextContent.Trim());
            Assert.Equal(SolutionRegions.ToSolution(cell.Source, "test"), fold.QuerySelector("pre.source")!.TextContent);
        }

        foreach (IElement said in page.QuerySelectorAll("pre.output").Where(p => p.TextContent.StartsWith(CheckSaid, StringComparison.Ordinal)))
        {
            Assert.NotNull(said.Closest("details.solution:not([open])"));
        }

        int checks = solution.CodeCells.Count(c => ExerciseMarker.ExerciseName(c) is not null);
        Assert.Equal(checks, page.QuerySelectorAll("pre.output").Count(p => p.TextContent.StartsWith(CheckSaid, StringComparison.Ordinal)));
    }

    [Fact]
    public void No_solution_line_shows_outside_a_fold()
    {
        foreach (string lesson in LessonData.LessonPaths())
        {
            NotebookDocument solution = NotebookDocument.Load(lesson);
            IDocument page = Parse(File.ReadAllText(Path.Combine(site.OutputFolder, SiteExporter.PageName(lesson))));
            foreach (IElement fold in page.QuerySelectorAll("details.solution").ToList())
            {
                fold.Remove();
            }

            string open = page.Body!.TextContent;
            // A line the lesson also writes in another cell (lesson 5 builds Task 2 again on Task 1's windows) is not the answer given away.
            string elsewhere = string.Join("\n", solution.Cells.Where(c => !SolutionRegions.HasRegion(c.Source)).Select(c => c.Source));
            foreach (NotebookCell cell in solution.CodeCells.Where(c => SolutionRegions.HasRegion(c.Source)))
            {
                // Lines only the solution has (not in the starting code); short ones such as "}" also appear elsewhere.
                var starting = SolutionRegions.ToStudent(cell.Source, "test").Split('\n').Select(l => l.Trim()).ToHashSet();
                foreach (string line in SolutionRegions.ToSolution(cell.Source, "test").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 12 && !starting.Contains(l) && !elsewhere.Contains(l, StringComparison.Ordinal)))
                {
                    Assert.False(open.Contains(line, StringComparison.Ordinal), $"{Path.GetFileName(lesson)} cell {cell.Number}: '{line}' shows outside the solution fold");
                }
            }
        }
    }

    [Fact]
    public void The_lessons_answer_folds_in_markdown_still_work()
    {
        IDocument page = Parse(File.ReadAllText(Path.Combine(site.OutputFolder, "03-output-modes.html")));

        var answers = page.QuerySelectorAll(".cell.markdown details").ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, d => Assert.False(d.HasAttribute("open")));
        Assert.All(answers, d => Assert.NotNull(d.QuerySelector(":scope > summary")));
    }

    [Fact]
    public void The_front_page_is_for_a_reader_who_studies_alone_with_every_lesson_in_order_and_how_to_run_them()
    {
        IDocument index = Parse(File.ReadAllText(Path.Combine(site.OutputFolder, SitePage.IndexPage)));
        string text = index.QuerySelector("main")!.TextContent;

        List<string> lessonLinks = [.. index.QuerySelectorAll("main ol > li > a").Select(a => a.GetAttribute("href")!)];
        Assert.Equal(LessonData.LessonPaths().Select(SiteExporter.PageName), lessonLinks);
        Assert.Contains("What you will learn", text);
        Assert.Contains("Running the lessons yourself", text);
        Assert.Contains("bash scripts/course.sh", text);
        Assert.Contains("Polyglot Notebooks", text);
        Assert.Contains("dotnet run notebooks/apps/student/05-task2-im-conv.cs", text);
        Assert.NotNull(index.GetElementById("exercises"));
        Assert.DoesNotContain(site.Pages, p => p.Page == "README.html");
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
