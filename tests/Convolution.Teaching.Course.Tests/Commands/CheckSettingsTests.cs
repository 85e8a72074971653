using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Commands;

public class CheckSettingsTests
{
    [Fact]
    public void Paths_and_both_timeouts_are_parsed_in_any_order()
    {
        CheckOptions o = SettingsProbe<CheckSettings>.Parse("--cell-timeout", "30", "a.ipynb", "--timeout", "90", "notebooks").ToOptions();

        Assert.Equal(["a.ipynb", "notebooks"], o.Paths);
        Assert.Equal((90, 30), ((int)o.NotebookTimeout.TotalSeconds, (int)o.CellTimeout.TotalSeconds));
    }

    [Fact]
    public void Defaults_apply_and_a_cell_limit_never_exceeds_the_notebook_limit()
    {
        Assert.Equal(TimeSpan.FromSeconds(CheckOptions.DefaultTimeoutSeconds), SettingsProbe<CheckSettings>.Parse().ToOptions().NotebookTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), SettingsProbe<CheckSettings>.Parse("--timeout", "20").ToOptions().CellTimeout);
    }

    [Fact]
    public void Apps_selects_the_lesson_apps_and_is_off_by_default()
    {
        Assert.True(SettingsProbe<CheckSettings>.Parse("--apps").Apps);
        Assert.False(SettingsProbe<CheckSettings>.Parse().Apps);
    }

    [Fact]
    public async Task Apps_with_a_path_that_is_not_an_app_exits_2_and_names_it()
    {
        var console = new PlainConsole();

        int code = await CourseApp.RunAsync(["check", "--apps", "notebooks/01-images-as-arrays.ipynb"], console.Console, CancellationToken.None);

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains("notebooks/01-images-as-arrays.ipynb is not a lesson app (.cs file)", console.Text);
    }

    [Theory]
    [InlineData("--timeout", "--timeout needs a whole number of seconds greater than 0 (got nothing)")]
    [InlineData("--timeout abc", "(got 'abc')")]
    [InlineData("--cell-timeout 0", "--cell-timeout needs a whole number")]
    [InlineData("--fast", "Unknown option '--fast'")]
    public async Task Bad_options_exit_2_and_say_what_is_wrong_and_where_the_help_is(string args, string expected)
    {
        var console = new PlainConsole();

        int code = await CourseApp.RunAsync(["check", .. args.Split(' ')], console.Console, CancellationToken.None);

        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains(expected, console.Text);
        Assert.Contains("Run `course check --help`", console.Text);
        Assert.Single(console.Text.TrimEnd().Split('\n'));
    }
}
