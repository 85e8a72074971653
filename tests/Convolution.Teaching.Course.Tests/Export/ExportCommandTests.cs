using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Tests.Support;
using Spectre.Console;

namespace Convolution.Teaching.Course.Tests.Export;

public class ExportCommandTests
{
    private readonly StringWriter written = new();

    /// A plain console (no colour, wide) that writes into `written`.
    private IAnsiConsole Console() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(written),
        Interactive = InteractionSupport.No,
    });

    [Fact]
    public void An_unknown_option_is_refused_with_the_usage()
    {
        var e = Assert.Throws<ArgumentException>(() => ExportCommand.Run(["--bogus"], Console()));

        Assert.Contains("Usage: course export [--from", e.Message);
    }

    [Fact]
    public void A_from_folder_that_does_not_exist_is_named_with_the_folders_that_do()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-executed-" + Guid.NewGuid().ToString("N")[..8]);

        var e = Assert.Throws<ArgumentException>(() => ExportCommand.Run(["--from", missing], Console()));

        Assert.Contains($"--from '{missing}' does not exist.", e.Message);
        Assert.True(
            e.Message.Contains("Folders with executed notebooks: ", StringComparison.Ordinal) || e.Message.Contains("run `course check` first", StringComparison.Ordinal),
            e.Message);
    }

    [Fact]
    public void A_malformed_executed_notebook_is_named_with_its_json_problem_and_exit_code_1()
    {
        using var temp = new TempFolder();
        foreach (string lesson in LessonData.LessonPaths())
        {
            File.WriteAllText(temp.File(Path.GetFileName(lesson)), "{ \"cells\": [ }");
        }

        IAnsiConsole console = Console();
        console.Profile.Width = 400;
        int code = ExportCommand.Run(["--from", temp.Path, "--to", temp.File("site")], console);

        string text = written.ToString().Replace("\n", "", StringComparison.Ordinal);
        Assert.Equal(1, code);
        Assert.Contains("is not valid JSON: line 1", text);
        Assert.Contains(temp.Path, text);
    }
}
