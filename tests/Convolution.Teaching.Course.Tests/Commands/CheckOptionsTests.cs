using Convolution.Teaching.Course.Commands;

namespace Convolution.Teaching.Course.Tests.Commands;

public class CheckOptionsTests
{
    [Fact]
    public void Paths_and_both_timeouts_are_parsed_in_any_order()
    {
        CheckOptions o = CheckOptions.Parse(["--cell-timeout", "30", "a.ipynb", "--timeout", "90", "notebooks"]);

        Assert.Equal(["a.ipynb", "notebooks"], o.Paths);
        Assert.Equal((90, 30), ((int)o.NotebookTimeout.TotalSeconds, (int)o.CellTimeout.TotalSeconds));
    }

    [Fact]
    public void Defaults_apply_and_a_cell_limit_never_exceeds_the_notebook_limit()
    {
        Assert.Equal(TimeSpan.FromSeconds(CheckOptions.DefaultTimeoutSeconds), CheckOptions.Parse([]).NotebookTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), CheckOptions.Parse(["--timeout", "20"]).CellTimeout);
    }

    [Theory]
    [InlineData("--timeout", "--timeout needs a whole number of seconds greater than 0 (got nothing)")]
    [InlineData("--timeout abc", "(got 'abc')")]
    [InlineData("--cell-timeout 0", "--cell-timeout needs a whole number")]
    [InlineData("--fast", "Unknown option '--fast'")]
    public void Bad_options_say_what_is_wrong(string args, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => CheckOptions.Parse(args.Split(' ')));

        Assert.Contains(expected, e.Message);
    }
}
