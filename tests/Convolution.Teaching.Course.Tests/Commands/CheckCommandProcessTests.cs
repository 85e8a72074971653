using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Commands;

/// The `course` program itself, started as a process the way the README's command starts it.
[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class CheckCommandProcessTests(ITestOutputHelper output)
{
    private (int ExitCode, string Output) Course(params string[] args) => CourseProcess.Run(output, Repo.Root, args);

    [Fact]
    public void Check_of_a_failing_notebook_prints_the_failure_and_the_table_writes_the_copy_and_exits_1()
    {
        string fixture = Path.Combine("tests", "Convolution.Teaching.Course.Tests", "Fixtures", "Run", "02-throwing.ipynb");
        string copy = RepoPaths.Find().ExecutedCopyOf(Path.Combine(Repo.Root, fixture));
        File.Delete(copy);
        string before = File.ReadAllText(Path.Combine(Repo.Root, fixture));

        var (code, text) = Course("check", fixture, "--cell-timeout", "60");

        Assert.Equal((int)ExitCode.Failures, code);
        Assert.Contains("02-throwing.ipynb cell 3 (code cell 2) `// throws on purpose`: Failed: System.InvalidOperationException: boom from the fixture", text);
        Assert.Contains("expected-to-fail", text);
        Assert.Contains("1 of 1 notebooks had unexpected results", text);
        Assert.True(File.Exists(copy), $"no executed copy at {copy}");
        Assert.Equal(before, File.ReadAllText(Path.Combine(Repo.Root, fixture)));
    }

    [Fact]
    public void Check_of_a_passing_notebook_exits_0()
    {
        var (code, text) = Course("check", Path.Combine("tests", "Convolution.Teaching.Course.Tests", "Fixtures", "Run", "01-passing.ipynb"));

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("All 1 notebooks ran as expected.", text);
    }

    [Fact]
    public void An_unknown_path_exits_2_and_lists_the_notebooks_that_exist()
    {
        var (code, text) = Course("check", "notebooks/99-nope.ipynb");

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains("'notebooks/99-nope.ipynb' does not exist", text);
        Assert.Contains(NotebookDiscovery.InFolder(Repo.Notebooks).Count == 0 ? "no notebooks in" : "Notebooks that exist:", text);
    }

    [Fact]
    public void A_malformed_notebook_is_named_with_its_json_position_before_anything_runs_and_exits_1()
    {
        var (code, text) = Course("check", Path.Combine("tests", "Convolution.Teaching.Course.Tests", "Fixtures", "Malformed"));

        Assert.Equal((int)ExitCode.Failures, code);
        Assert.Contains("01-missing-comma.ipynb is not valid JSON", text);
        Assert.Contains("line 4, position 2", text);
        Assert.Contains("02-array.ipynb is JSON but not a notebook", text);
        Assert.DoesNotContain("Building", text);
    }

    [Fact]
    public void A_message_naming_a_long_path_stays_on_one_line_in_a_log()
    {
        // CI checks out under a deeper folder than a laptop; a folded line there once hid this message.
        string deep = Path.Combine(Path.GetTempPath(), "course-long-path-" + new string('x', 180), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(deep);
        try
        {
            string notebook = Path.Combine(deep, "01-missing-comma.ipynb");
            File.Copy(Path.Combine(Repo.Root, "tests", "Convolution.Teaching.Course.Tests", "Fixtures", "Malformed", "01-missing-comma.ipynb"), notebook);

            var (code, text) = Course("check", notebook);

            Assert.Equal((int)ExitCode.Failures, code);
            string line = Assert.Single(text.Split('\n'), l => l.Contains("is not valid JSON", StringComparison.Ordinal));
            Assert.Contains(notebook, line);
            Assert.Contains("line 4, position 2", line);
            Assert.Contains("restore it with git", line);
        }
        finally
        {
            Directory.Delete(deep, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_command_or_option_exits_2_with_the_usage()
    {
        Assert.Equal((int)ExitCode.UsageError, Course("publish").ExitCode);
        var (code, text) = Course("check", "--fast");
        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains("Unknown option '--fast'", text);
    }

    [Fact]
    public void Help_of_the_program_and_of_check_exits_0_with_the_usage()
    {
        var (code, text) = Course("--help");
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("course [OPTIONS] [COMMAND]", text);
        Assert.Contains("export", text);

        (code, text) = Course("check", "--help");
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("--cell-timeout <SECONDS>", text);
    }
}
