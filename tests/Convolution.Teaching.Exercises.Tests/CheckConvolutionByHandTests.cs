namespace Convolution.Teaching.Exercises.Tests;

/// <summary>Convolution by hand: 5 passes; 19 is named cross-correlation; other values get a hint.</summary>
public class CheckConvolutionByHandTests
{
    [Fact]
    public void Five_passes_and_shows_the_products()
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckConvolutionByHand(5));

        ExerciseAssert.MentionsAll(result.ToString(), "0·3 + 1·2 + 3·1 + 4·0 = 5");
    }

    [Theory]
    [InlineData(19, new[] { "cross-correlation", "did not flip the kernel" })]
    [InlineData(17, new[] { "left to right only" })]
    [InlineData(7, new[] { "upside down only" })]
    [InlineData(0, new[] { "FULL mode" })]
    [InlineData(29, new[] { "at (1, 1), not at the top-left" })]
    [InlineData(12, new[] { "12 is not right", "Flip the kernel both ways" })]
    public void EachWrongValueGetsItsDiagnosisOrAHint(double value, string[] expectedWords)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckConvolutionByHand(value));

        ExerciseAssert.MentionsAll(feedback, expectedWords);
    }

    [Fact]
    public void NaN_is_unanswered()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckConvolutionByHand(double.NaN));

        ExerciseAssert.MentionsAll(feedback, "not answered yet");
    }
}
