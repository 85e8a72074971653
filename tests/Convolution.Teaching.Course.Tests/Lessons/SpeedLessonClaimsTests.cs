using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Lessons;

/// Lesson 8 run in the real kernel with every core kept busy (LessonRuns loads the machine for it, as a build would
/// on a student's 2-core laptop): whatever its timings turn out to be, no sentence it prints contradicts its own numbers
/// or the tables it shows, and it prints no fixed claim about speed.
[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class SpeedLessonClaimsTests(KernelWarmup warmup, LessonRuns runs, ITestOutputHelper output)
{
    /// Claims that hold only on some runs; the lesson must compute such sentences instead.
    private static readonly string[] FixedClaims = ["closes the gap", "close the gap", "should be near", "is always faster"];

    [Fact]
    public async Task Under_load_every_sentence_of_the_speed_lesson_agrees_with_its_own_numbers()
    {
        Assert.True(warmup.BuildError is null, $"the helper library did not build: {warmup.BuildError}");
        NotebookRunResult result = await runs.RunAsync(Path.Combine(Repo.Notebooks, LessonRuns.LoadedLesson));
        Assert.True(result.Succeeded, "Cells that did not pass:\n" + string.Join("\n", result.Problems()));

        var problems = new List<string>();
        int sentences = 0;
        List<Dictionary<string, double>> previousTables = [];
        foreach (CellResult cell in result.Cells)
        {
            string text = string.Join("\n", cell.Outputs.Where(o => o.Kind == OutputKind.StandardOutput).Select(o => o.Text));
            var tables = cell.Outputs.Select(o => o.Html).OfType<string>().SelectMany(SpeedClaims.Tables).ToList();
            List<string> found = SpeedClaims.Contradictions(text, [.. tables, .. previousTables]);
            problems.AddRange(found.Select(f => $"cell {cell.Number}: {f}"));
            problems.AddRange(FixedClaims.Where(c => text.Contains(c, StringComparison.OrdinalIgnoreCase)).Select(c => $"cell {cell.Number}: prints the fixed claim \"{c}\""));
            sentences += text.Split('\n').Count(l => l.Contains(" times ", StringComparison.Ordinal) || l.Contains("within noise", StringComparison.Ordinal) || l.Contains("fastest first", StringComparison.Ordinal));
            output.WriteLine($"cell {cell.Number}: {text}");
            previousTables = tables;
        }

        // The lesson compares methods in many places; a run that printed none would check nothing.
        Assert.True(sentences >= 20, $"only {sentences} comparing sentences were printed");
        Assert.True(problems.Count == 0, "Claims the lesson's own numbers contradict:\n" + string.Join("\n", problems));
    }
}
