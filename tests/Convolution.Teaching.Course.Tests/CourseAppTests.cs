using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests;

/// The command line itself, in process: help and usage errors never start a kernel.
public class CourseAppTests
{
    private static async Task<(int Code, string Text)> Course(params string[] args)
    {
        var console = new PlainConsole();
        int code = await CourseApp.RunAsync(args, console.Console, CancellationToken.None);
        return (code, console.Text);
    }

    [Theory]
    [InlineData("--help", "USAGE:|course [OPTIONS] [COMMAND]|build|release|check|export|prepare|grade|--timeout <SECONDS>|--cell-timeout <SECONDS>")]
    [InlineData("-h", "course [OPTIONS] [COMMAND]|build|release|check|export")]
    [InlineData("help", "course [OPTIONS] [COMMAND]|build|release|check|export")]
    [InlineData("build --help", "course build [OPTIONS]|--timeout <SECONDS>|--cell-timeout <SECONDS>|600|180")]
    [InlineData("check --help", "course check [path] [OPTIONS]|[path]|--timeout <SECONDS>|--cell-timeout <SECONDS>")]
    [InlineData("export --help", "course export [OPTIONS]|--from <FOLDER>|--to <FOLDER>|artifacts/site/")]
    [InlineData("release --help", "course release [OPTIONS]|--force")]
    [InlineData("prepare --help", "course prepare [OPTIONS]|-h, --help")]
    [InlineData("grade --help", "course grade [folder] [OPTIONS]|--lesson <NAME>|--memory <MB>|--unsandboxed|--gradescope|no network|writes only its own work folder")]
    public async Task Help_exits_0_and_names_the_commands_options(string args, string expected)
    {
        var (code, text) = await Course(args.Split(' '));

        Assert.Equal((int)ExitCode.Success, code);
        foreach (string part in expected.Split('|'))
        {
            Assert.Contains(part, text);
        }
    }

    [Theory]
    [InlineData("build", "--fast")]
    [InlineData("check", "--fast")]
    [InlineData("export", "--fast")]
    [InlineData("release", "--fast")]
    [InlineData("release", "-f")]
    public async Task An_unknown_option_exits_2_naming_it_and_the_commands_help(string command, string option)
    {
        var (code, text) = await Course(command, option);

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Equal($"Unknown option '{option}'. Run `course {command} --help` for the commands and options.", text.Trim());
    }

    [Fact]
    public async Task An_unknown_command_exits_2_pointing_to_the_root_help()
    {
        var (code, text) = await Course("publish");

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Equal("Unknown command 'publish'. Run `course --help` for the commands and options.", text.Trim());
    }

    [Fact]
    public async Task Build_takes_no_paths_and_says_so_before_anything_runs()
    {
        var (code, text) = await Course("build", "notebooks/01-images-as-arrays.ipynb");

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains("Run `course build --help`", text);
    }
}
