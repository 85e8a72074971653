namespace Convolution.Teaching.Exercises.Tests;

public class CheckSeparableFactorsTests
{
    private static readonly double[] Binomial = [1, 4, 6, 4, 1];

    [Fact]
    public void Each_factor_divided_by_16_is_right()
    {
        double[] f = [.. Binomial.Select(v => v / 16)];

        ExerciseAssert.Passes(() => Tutor.CheckSeparableFactors(f, f));
    }

    [Fact]
    public void The_whole_256_on_one_factor_is_right_too_because_only_the_product_matters()
    {
        ExerciseAssert.Passes(() => Tutor.CheckSeparableFactors([.. Binomial.Select(v => v / 256)], Binomial));
    }

    [Fact]
    public void Not_normalised_is_told_by_its_factor_256()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSeparableFactors(Binomial, Binomial));

        ExerciseAssert.MentionsAll(feedback, "wrong scale", "times 256", "divide by 256 once");
    }

    [Fact]
    public void Divided_by_256_twice_is_told_so()
    {
        double[] f = [.. Binomial.Select(v => v / 256)];

        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckSeparableFactors(f, f)), "divided by 256 twice");
    }

    [Fact]
    public void Factors_of_the_wrong_length_say_what_size_they_make()
    {
        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckSeparableFactors([0.25, 0.5, 0.25], [0.25, 0.5, 0.25])), "3 x 3", "5 numbers");
    }

    [Fact]
    public void Other_numbers_are_shown_where_they_differ_with_no_cause_named()
    {
        double[] box = [0.2, 0.2, 0.2, 0.2, 0.2];

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSeparableFactors(box, box));

        ExerciseAssert.MentionsAll(feedback, "at (0, 0) it gives 0.04, the kernel has 0.004");
        Assert.DoesNotContain("scale", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void No_answer_yet_is_not_a_mistake_and_gets_the_hint()
    {
        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckSeparableFactors([], null)), "not answered yet", "[1, 4, 6, 4, 1] / 256");
        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckSeparableFactors([double.NaN, 0, 0, 0, 0], Binomial)), "not answered yet");
    }
}
