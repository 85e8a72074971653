namespace Convolution.Teaching.Exercises.Tests;

/// <summary>The bigger-blur question: b passes; every other choice gets its own explanation.</summary>
public class CheckBiggerBlurTests
{
    [Theory]
    [InlineData('b')]
    [InlineData('B')]
    public void Choice_b_passes_with_the_sizes_measured_on_the_cat(char answer)
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckBiggerBlur(answer));

        ExerciseAssert.MentionsAll(result.ToString(), "298 x 449", "296 x 447", "blurrier");
    }

    [Theory]
    [InlineData('a', new[] { "not sharper", "averaging more pixels smooths more" })]
    [InlineData('c', new[] { "does not get darker", "sum to 1", "average brightness" })]
    [InlineData('d', new[] { "two things change", "2 pixels on each side" })]
    public void EachWrongChoiceGetsItsOwnExplanation(char answer, string[] expectedWords)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckBiggerBlur(answer));

        ExerciseAssert.MentionsAll(feedback, expectedWords);
    }

    [Theory]
    [InlineData('?')]
    [InlineData(' ')]
    [InlineData('e')]
    public void Anything_else_is_unanswered_and_repeats_the_question(char answer)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckBiggerBlur(answer));

        ExerciseAssert.MentionsAll(feedback, "not answered yet", "a) the result is sharper", "d) nothing changes");
    }

    [Fact]
    public void The_question_offers_four_choices()
    {
        ExerciseAssert.MentionsAll(Tutor.BiggerBlurQuestion, "a)", "b)", "c)", "d)", "5 x 5");
    }

    [Fact]
    public void The_blur_measurements_that_back_the_feedback_hold()
    {
        // What the feedback claims about the cat: the 5 x 5 blur leaves less detail, and the same brightness to within a gray level.
        CheckResult result = Tutor.CheckBiggerBlur('b');

        var jumps = System.Text.RegularExpressions.Regex.Match(result.ToString(), @"drops from (\d+\.?\d*) gray levels with the 3 x 3 blur to (\d+\.?\d*)");
        Assert.True(jumps.Success, result.ToString());
        Assert.True(double.Parse(jumps.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            < double.Parse(jumps.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
