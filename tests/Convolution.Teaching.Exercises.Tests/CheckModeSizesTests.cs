using System.Diagnostics;

namespace Convolution.Teaching.Exercises.Tests;

/// <summary>The three output sizes: right formulas pass; each wrong one is named with a counter-example.</summary>
public class CheckModeSizesTests
{
    private static readonly Func<int, int, int, int, (int, int)> Full = (iH, iW, kH, kW) => (iH + kH - 1, iW + kW - 1);
    private static readonly Func<int, int, int, int, (int, int)> Same = (iH, iW, kH, kW) => (iH, iW);
    private static readonly Func<int, int, int, int, (int, int)> Valid = (iH, iW, kH, kW) => (iH - kH + 1, iW - kW + 1);

    [Fact]
    public void The_right_formulas_pass()
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckModeSizes(Full, Same, Valid));

        ExerciseAssert.MentionsAll(result.ToString(), "full", "same", "valid");
    }

    [Fact]
    public void Valid_without_the_plus_one_gets_the_lessons_counter_example()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(Full, Same, (iH, iW, kH, kW) => (iH - kH, iW - kW)));

        ExerciseAssert.MentionsAll(feedback,
            "valid: for a 5-row image and a 3-row kernel you said 2 rows, but the kernel fits at rows 0, 1 and 2", "off-by-1");
        Assert.DoesNotContain("✗ full", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_without_the_minus_one_gets_a_counter_example()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes((iH, iW, kH, kW) => (iH + kH, iW + kW), Same, Valid));

        ExerciseAssert.MentionsAll(feedback, "full: for a 5-row image and a 3-row kernel you said 8 rows", "from -2 to 4", "7 rows");
    }

    [Fact]
    public void Another_modes_formula_is_named()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(Valid, Same, Full));

        ExerciseAssert.MentionsAll(feedback, "full: you wrote (iH - kH + 1, iW - kW + 1), which is the size of VALID mode",
            "valid: you wrote (iH + kH - 1, iW + kW - 1), which is the size of FULL mode");
    }

    [Fact]
    public void Same_that_shrinks_is_wrong()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(Full, (iH, iW, kH, kW) => (iH - 1, iW - 1), Valid));

        ExerciseAssert.MentionsAll(feedback, "same: for a 5-row image and a 3-row kernel you said 4 rows", "one output pixel per image pixel");
    }

    [Fact]
    public void Columns_before_rows_is_named()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(Full, Same, (iH, iW, kH, kW) => (iW - kW + 1, iH - kH + 1)));

        ExerciseAssert.MentionsAll(feedback, "valid: you gave (columns, rows)");
    }

    [Fact]
    public void Rows_from_widths_are_right_only_on_square_sizes()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(Full, Same, (iH, iW, kH, kW) => (iH - kW + 1, iW - kH + 1)));

        ExerciseAssert.MentionsAll(feedback, "valid:", "right only on square images", "heights only (iH, kH)");
    }

    [Fact]
    public void Unwritten_formulas_say_not_written_yet()
    {
        Func<int, int, int, int, (int, int)> stub = (_, _, _, _) => throw new NotImplementedException("full");

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(stub, stub, stub));

        ExerciseAssert.MentionsAll(feedback, "full: not written yet", "same: not written yet", "valid: not written yet");
    }

    [Fact]
    public void A_stuck_formula_is_stopped_at_the_time_limit()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            var clock = Stopwatch.StartNew();
            string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(Full, Same,
                (iH, iW, kH, kW) =>
                {
                    stop.Wait();
                    return (0, 0);
                },
                TimeSpan.FromMilliseconds(300)));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The check took {clock.Elapsed}.");
            ExerciseAssert.MentionsAll(feedback, "valid:", "taking too long");
        }
        finally
        {
            stop.Set();
        }
    }
}
