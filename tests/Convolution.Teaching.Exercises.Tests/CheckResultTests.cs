namespace Convolution.Teaching.Exercises.Tests;

/// <summary>What a student sees: the feedback text, never a stack trace.</summary>
public class CheckResultTests
{
    [Fact]
    public void AResultReadsAsHeadlineSummaryAndDetails()
    {
        var result = new CheckResult("ImConv", passed: true, "All right.", ["  ✓ case 1"]);

        Assert.Equal("PASSED: ImConv\nAll right.\n  ✓ case 1", result.ToString());
    }

    [Fact]
    public void TheExceptionOfAFailedCheckIsOnlyItsFeedbackEvenAfterBeingThrown()
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() => Exercises.CheckSubimageOption(3));

        Assert.StartsWith("NOT YET: Subimage poll\nOption 3 is not right.", e.Message, StringComparison.Ordinal);
        Assert.Equal(e.Message, e.ToString());
        Assert.Equal(string.Empty, e.StackTrace);
        Assert.False(e.Result.Passed);
        Assert.Equal("Subimage poll", e.Result.ExerciseName);
    }
}
