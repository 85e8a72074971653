namespace Convolution.Teaching.Exercises.Tests;

/// <summary>What a student sees: the feedback text, never a stack trace.</summary>
public class CheckResultTests
{
    [Fact]
    public void A_result_reads_as_headline_summary_and_details()
    {
        var result = new CheckResult("ImConv", passed: true, "All right.", ["  ✓ case 1"]);

        Assert.Equal("PASSED: ImConv\nAll right.\n  ✓ case 1", result.ToString());
    }

    [Fact]
    public void A_failed_check_returns_its_feedback_instead_of_throwing_so_run_all_goes_on()
    {
        CheckResult result = Tutor.CheckSubimageOption(3);

        Assert.False(result.Passed);
        Assert.Equal("Subimage poll", result.ExerciseName);
        Assert.StartsWith("NOT YET: Subimage poll\nOption 3 is not right.", result.ToString(), StringComparison.Ordinal);
    }
}
