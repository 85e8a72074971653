using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Export;

public class ExportCommandTests
{
    [Fact]
    public async Task An_unknown_option_exits_2_naming_it_and_the_help()
    {
        var console = new PlainConsole();

        int code = await CourseApp.RunAsync(["export", "--bogus"], console.Console, CancellationToken.None);

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains("Unknown option '--bogus'. Run `course export --help`", console.Text);
    }

    [Fact]
    public async Task A_from_folder_that_does_not_exist_exits_2_naming_the_folders_that_do()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-executed-" + Guid.NewGuid().ToString("N")[..8]);
        var console = new PlainConsole();

        int code = await CourseApp.RunAsync(["export", "--from", missing], console.Console, CancellationToken.None);

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains($"--from '{missing}' does not exist.", console.Text);
        Assert.True(
            console.Text.Contains("Folders with executed notebooks: ", StringComparison.Ordinal) || console.Text.Contains("run `course check` first", StringComparison.Ordinal),
            console.Text);
    }

    [Fact]
    public void A_malformed_executed_notebook_is_named_with_its_json_problem_and_exit_code_1()
    {
        using var temp = new TempFolder();
        foreach (string lesson in LessonData.LessonPaths())
        {
            File.WriteAllText(temp.File(Path.GetFileName(lesson)), "{ \"cells\": [ }");
        }

        var console = new PlainConsole();
        var settings = new ExportSettings { From = temp.Path, To = temp.File("site") };
        ExitCode code = ExportCommand.Run(settings.ToOptions(RepoPaths.Find()), console.Console);

        string text = console.Text.Replace("\n", "", StringComparison.Ordinal);
        Assert.Equal(ExitCode.Failures, code);
        Assert.Contains("is not valid JSON: line 1", text);
        Assert.Contains(temp.Path, text);
    }
}
