using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Lessons;

/// Every lesson in notebooks/ runs in the real kernel (dotnet-interactive stdio, started in notebooks/),
/// within LessonRuns' limits, with every cell passing, clean hygiene, and accessible, rendered outputs.
[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class LessonSuiteTests(KernelWarmup warmup, LessonRuns runs, ITestOutputHelper output)
{
    public static TheoryData<string> Lessons() => LessonData.Lessons();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_runs_clean_in_the_real_kernel_with_hygiene_and_accessible_rendered_outputs(string lesson)
    {
        if (lesson == LessonData.NoLessons)
        {
            Assert.True(Directory.Exists(Repo.Notebooks), $"the lessons folder {Repo.Notebooks} does not exist");
            output.WriteLine($"0 lessons: no *.ipynb in {Repo.Notebooks} yet.");
            return;
        }

        output.WriteLine(warmup.Describe());
        Assert.True(warmup.BuildError is null, $"the helper library did not build, so no lesson can run: {warmup.BuildError}");
        string path = Path.Combine(Repo.Notebooks, lesson);

        var hygiene = NotebookHygiene.Check(NotebookDocument.Load(path));
        NotebookRunResult result = await runs.RunAsync(path);
        OutputCensus census = OutputCensus.Of(result.Cells);

        output.WriteLine($"{lesson}: {result.Cells.Count} code cells in {result.Seconds:0.0} s (limits: {LessonRuns.CellLimit.TotalSeconds:0} s a cell, {LessonRuns.NotebookLimit.TotalSeconds:0} s the notebook)");
        foreach (CellResult cell in result.Cells)
        {
            output.WriteLine($"  cell {cell.Number,3} {cell.Status,-10} {cell.Seconds,6:0.0} s  {cell.FirstLine}");
        }

        output.WriteLine($"  outputs: {census.Images.Count} images, {census.PlotlyCharts} Plotly charts, {census.Tables} tables");
        Assert.True(result.Succeeded, "Cells that did not pass:\n" + string.Join("\n", result.Problems()));
        Assert.True(hygiene.Count == 0, "Hygiene problems:\n" + string.Join("\n", hygiene));
        Assert.True(census.ImagesWithoutAlt == 0, $"{lesson}: {census.ImagesWithoutAlt} of {census.Images.Count} images have no alt text; give every <img> an alt.");
        Assert.True(census.PlotlyObjectTrees == 0, $"{lesson}: {census.PlotlyObjectTrees} Plotly value(s) rendered as an object tree (dni-treeview) instead of a chart; display them through the helper library's Plotly HTML.");
    }

    [Fact]
    public async Task All_lessons_together_report_their_images_charts_and_tables()
    {
        IReadOnlyList<string> lessons = LessonData.LessonPaths();
        var report = new List<string> { $"{lessons.Count} lesson notebook(s) in {Repo.Notebooks}, each in its own real kernel ({warmup.Describe()})" };
        int images = 0, charts = 0, tables = 0, frames = 0;
        double seconds = 0;
        foreach (string path in lessons)
        {
            NotebookRunResult result = await runs.RunAsync(path);
            OutputCensus census = OutputCensus.Of(result.Cells);
            report.Add($"  {result.Name,-40} {result.Cells.Count,3} cells {result.Seconds,6:0.0} s  {census.Images.Count,3} images  {census.PlotlyCharts,2} charts  {census.DataFrames,2} DataFrames  {census.Tables,2} tables  {(result.Succeeded ? "ok" : "FAILED")}");
            (images, charts, tables, frames, seconds) = (images + census.Images.Count, charts + census.PlotlyCharts, tables + census.Tables, frames + census.DataFrames, seconds + result.Seconds);
        }

        report.Add($"Total: {images} images, {charts} Plotly charts, {frames} DataFrames, {tables} tables in {seconds:0.0} s");
        report.ForEach(output.WriteLine);
        // scripts/test.sh prints this file after the run, so the CI log shows each lesson's time without verbose logging.
        Directory.CreateDirectory(LessonRuns.ExecutedFolder);
        await File.WriteAllLinesAsync(Path.Combine(LessonRuns.ExecutedFolder, "lessons-summary.txt"), report);
        Assert.True(Directory.Exists(Repo.Notebooks), $"the lessons folder {Repo.Notebooks} does not exist");

        // The course promises pictures, interactive charts and tables, not only text (the lessons issue's floor).
        Assert.True(images >= 20, $"the lessons show {images} images in total; at least 20 expected");
        Assert.True(charts >= 4, $"the lessons show {charts} Plotly charts in total; at least 4 expected");
        Assert.True(frames >= 2, $"the lessons show {frames} DataFrames in total; at least 2 expected");
    }
}
