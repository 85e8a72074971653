namespace Convolution.Teaching.Exercises.Tests;

/// <summary>The poll of Task 1: option 2 passes; each other option gets its own diagnosis, shown on a tiny image.</summary>
public class CheckSubimageOptionTests
{
    [Fact]
    public void Option_two_passes_and_shows_the_first_and_last_windows()
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckSubimageOption(2));

        ExerciseAssert.MentionsAll(result.ToString(), "[[0, 1, 2], [5, 6, 7], [10, 11, 12]]", "[[7, 8, 9], [12, 13, 14], [17, 18, 19]]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(6)]
    public void A_number_outside_one_to_five_is_unanswered(int option)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSubimageOption(option));

        ExerciseAssert.MentionsAll(feedback, "put the number of your option (1 to 5)");
    }

    [Theory]
    [InlineData(1, new[] { "one pixel up and one pixel left", "im[-1:2, -1:2] gives an empty 0 x 0 array", "an index cannot be negative", "(the window of (0, 1))" })]
    [InlineData(3, new[] { "one pixel too big", "4 x 4 for a 3 x 3 kernel", "(4 x 4)", "there is no row 4" })]
    [InlineData(4, new[] { "down and one pixel right", "run off the bottom and right edges", "(the window of (1, 1))", "(2 x 2)" })]
    [InlineData(5, new[] { "swaps rows and columns", "filed under the swapped key", "im[2:5, 1:4]", "(2 x 3)" })]
    public void EachWrongOptionGetsItsOwnDiagnosisOnTheTinyImage(int option, string[] expectedWords)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSubimageOption(option));

        ExerciseAssert.MentionsAll(feedback, expectedWords);
    }
}
