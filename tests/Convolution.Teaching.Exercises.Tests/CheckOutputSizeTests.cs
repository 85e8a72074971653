namespace Convolution.Teaching.Exercises.Tests;

/// <summary>The output size with padding, stride and dilation: the right formula passes; every named mistake is named, with a worked counter-example.</summary>
public class CheckOutputSizeTests
{
    private static readonly Func<int, int, int, int, int, int> Right = (n, k, p, s, d) =>
    {
        int span = (d * (k - 1)) + 1;
        return span > n + (2 * p) ? 0 : ((n + (2 * p) - span) / s) + 1;
    };

    /// <summary>A formula with the fit check, so only the formula's mistake shows.</summary>
    private static Func<int, int, int, int, int, int> Guarded(Func<double, double, double, double, double, double> formula) => (n, k, p, s, d) =>
        (d * (k - 1)) + 1 > n + (2 * p) ? 0 : (int)formula(n, k, p, s, d);

    [Fact]
    public void The_right_formula_passes_and_names_the_settings_that_do_not_fit()
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckOutputSize(Right));

        ExerciseAssert.MentionsAll(result.ToString(), "floor((n + 2p - d(k - 1) - 1) / s) + 1",
            "n = 224, k = 11, p = 0, s = 4, d = 1: not exactly. The formula gives 54.25 before rounding down to 54",
            "with 227 pixels", "55",
            "n = 3, k = 5, p = 0, s = 1, d = 1: not at all", "n = 5, k = 3, p = 0, s = 1, d = 3: not at all");
    }

    public static TheoryData<string, Func<double, double, double, double, double, double>, string> Mistakes() => new()
    {
        { "forgot the + 1", (n, k, p, s, d) => Math.Floor((n + (2 * p) - (d * (k - 1)) - 1) / s), "you said 2, but the window spans d(k - 1) + 1 = 3 pixels" },
        { "forgot the - 1", (n, k, p, s, d) => Math.Floor((n + (2 * p) - (d * (k - 1))) / s) + 1, "n = 5, k = 3, p = 0, s = 1, d = 1 you said 4" },
        { "forgot the dilation", (n, k, p, s, d) => Math.Floor((n + (2 * p) - k) / s) + 1, "n = 7, k = 3, p = 0, s = 1, d = 2 you said 5" },
        { "took the dilated span as d * k", (n, k, p, s, d) => Math.Floor((n + (2 * p) - (d * k)) / s) + 1, "n = 7, k = 3, p = 0, s = 1, d = 2 you said 2" },
        { "used ceil", (n, k, p, s, d) => Math.Ceiling((n + (2 * p) - (d * (k - 1)) - 1) / s) + 1, "n = 8, k = 3, p = 0, s = 2, d = 1 you said 4" },
        { "rounded to the nearest whole number", (n, k, p, s, d) => Math.Round((n + (2 * p) - (d * (k - 1)) - 1) / s, MidpointRounding.AwayFromZero) + 1, "n = 8, k = 3, p = 0, s = 2, d = 1 you said 4" },
        { "forgot the 2 in 2p", (n, k, p, s, d) => Math.Floor((n + p - (d * (k - 1)) - 1) / s) + 1, "n = 5, k = 3, p = 1, s = 1, d = 1 you said 4" },
        { "forgot the padding", (n, k, p, s, d) => Math.Floor((n - (d * (k - 1)) - 1) / s) + 1, "n = 5, k = 3, p = 1, s = 1, d = 1 you said 3" },
        { "forgot the stride", (n, k, p, s, d) => n + (2 * p) - (d * (k - 1)), "n = 7, k = 3, p = 0, s = 2, d = 1 you said 5" },
        { "divided the + 1 by the stride too", (n, k, p, s, d) => Math.Floor((n + (2 * p) - (d * (k - 1))) / s), "n = 7, k = 3, p = 0, s = 2, d = 1 you said 2" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_named_mistake_is_named_with_a_worked_counter_example(string name, Func<double, double, double, double, double, double> formula, string counterExample)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckOutputSize(Guarded(formula)));

        ExerciseAssert.MentionsAll(feedback, $"you {name}.", counterExample, "Why:");
    }

    [Fact]
    public void The_divided_plus_one_mistake_is_not_taken_for_the_forgotten_minus_one()
    {
        // On stride 1 the two agree only if their sizes do; the check must tell them apart by the cases where s > 1.
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckOutputSize(Guarded((n, k, p, s, d) => Math.Floor((n + (2 * p) - (d * (k - 1))) / s))));

        Assert.DoesNotContain("forgot the - 1", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_division_without_the_fit_check_is_caught_on_the_window_that_fits_nowhere()
    {
        // (3 - 5) / 4 is 0 in C#, so the unguarded formula says 1 output where no window fits.
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckOutputSize((n, k, p, s, d) => ((n + (2 * p) - (d * (k - 1)) - 1) / s) + 1));

        ExerciseAssert.MentionsAll(feedback, "right on every setting that fits", "n = 3, k = 5, p = 0, s = 1, d = 1 you said -1",
            "it fits nowhere, so the size is 0", "Return 0 when d(k - 1) + 1 > n + 2p");
    }

    [Fact]
    public void A_positive_answer_where_nothing_fits_gets_the_integer_division_explanation()
    {
        Func<int, int, int, int, int, int> clampedAtOne = (n, k, p, s, d) => Math.Max(1, Right(n, k, p, s, d));

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckOutputSize(clampedAtOne));

        ExerciseAssert.MentionsAll(feedback, "you said 1", "integer division rounds towards zero");
    }

    [Fact]
    public void An_unknown_wrong_formula_gets_the_first_wrong_setting_worked_out_and_the_steps()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckOutputSize((n, k, p, s, d) => n));

        ExerciseAssert.MentionsAll(feedback, "n = 5, k = 3, p = 0, s = 1, d = 1 you said 5", "floor(2 / 1) + 1 = 3", "Build it in steps");
    }

    [Fact]
    public void A_stub_says_not_written_yet_and_an_exception_names_the_setting()
    {
        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckOutputSize((_, _, _, _, _) => throw new NotImplementedException())), "not written yet");
        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckOutputSize((n, k, p, s, d) => (d * (k - 1)) + 1 > n + (2 * p) ? throw new ArgumentException("no fit") : Right(n, k, p, s, d))),
            "for n = 3, k = 5, p = 0, s = 1, d = 1 outputSize threw ArgumentException", "return 0 rather than throwing");
    }

    [Fact]
    public void Calling_the_librarys_OutputSize_is_not_the_answer()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckOutputSize((n, k, p, s, d) => (d * (k - 1)) + 1 > n + (2 * p) ? 0 : Filters.OutputSize(n, k, p, s, d)));

        ExerciseAssert.MentionsAll(feedback, "Filters.OutputSize");
    }

    [Fact]
    public void The_hand_case_is_worked_out_and_matches_the_library()
    {
        Assert.Equal(3, Filters.OutputSize(7, 3, 1, 2, 2));
        ExerciseAssert.MentionsAll(Tutor.OutputSizeHandCase, "spans d(k - 1) + 1 = 5", "starts at 0, 2 and 4", "3 outputs");
    }
}
