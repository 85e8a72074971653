using Convolution.Teaching.Course.Apps;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Apps;

[Collection(FreshCloneCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class LessonAppFreshCloneTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_apps_started_at_once_on_a_fresh_clone_build_what_they_need_and_run_as_expected()
    {
        using var clone = new FreshClone();
        string lesson = Path.Combine(clone.Notebooks, "apps", "01-images-as-arrays.cs");
        string student = Path.Combine(clone.Notebooks, "apps", "student", "05-task2-im-conv.cs");

        // Both at the same moment, with nothing built: each builds the libraries it references, neither breaks the other.
        AppRunResult[] results = await Task.WhenAll(
            AppProcess.RunAsync(lesson, clone.Root, AppRuns.Limit, CancellationToken.None),
            AppProcess.RunAsync(student, clone.Root, AppRuns.Limit, CancellationToken.None));

        foreach (AppRunResult r in results)
        {
            output.WriteLine($"{Path.GetFileName(r.AppPath)}: exit code {r.ExitCode}, {r.Seconds:0.0} s");
            Assert.True(AppVerdict.Problems(r).Count == 0, $"{r.AppPath}: {string.Join("; ", AppVerdict.Problems(r))}\n{r.Output}");
        }

        string page = File.ReadAllText(Path.Combine(clone.Root, "artifacts", "apps", "01-images-as-arrays.html"));
        Assert.Equal(File.ReadAllLines(lesson).Count(l => l.StartsWith("Display.Value(", StringComparison.Ordinal)), page.Split("<div class=\"output html\">").Length - 1);
        Assert.Contains("<img src=\"data:image/png;base64,", page);
    }
}
