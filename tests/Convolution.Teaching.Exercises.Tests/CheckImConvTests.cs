using System.Diagnostics;

namespace Convolution.Teaching.Exercises.Tests;

/// <summary>CheckImConv passes right answers and names each known mistake in its feedback.</summary>
public class CheckImConvTests
{
    public static TheoryData<string, string[]> WrongVersions => new()
    {
        { nameof(StudentImConvs.FlippedKernel), ["flipped the kernel", "convolution", "cross-correlation"] },
        { nameof(StudentImConvs.SumNotReset), ["not reset", "running total"] },
        { nameof(StudentImConvs.SumResetPerRow), ["reset once per row"] },
        { nameof(StudentImConvs.TransposedOutput), ["rows and columns are swapped"] },
        { nameof(StudentImConvs.RowsFromWidth), ["IndexOutOfRangeException", "rows and columns are probably swapped"] },
        { nameof(StudentImConvs.SwappedImageIndices), ["rows and columns are swapped in the image", "im[c + j, r + i]"] },
        { nameof(StudentImConvs.SwappedKernelIndices), ["exactly those of one known mistake", "i and j are swapped in one of the two reads", "kernel[j, i]"] },
        { nameof(StudentImConvs.IntegerSum), ["whole numbers", "integer truncation"] },
        { nameof(StudentImConvs.RoundedResult), ["whole numbers", "integer truncation"] },
        { nameof(StudentImConvs.KernelLoopsOneShort), ["one row and one column short", "i < kRows"] },
        { nameof(StudentImConvs.KernelRowLoopOneShort), ["one row short", "i < kRows"] },
        { nameof(StudentImConvs.OutputLoopsOneShort), ["output loops stop one row and one column short"] },
        { nameof(StudentImConvs.ShiftedWindow), ["IndexOutOfRangeException", "past the edge", "im[r + i + 1, c + j + 1]"] },
        { nameof(StudentImConvs.ShiftedWindowSizeOneShort), ["one row and one column short", "+ 1", "shifted by one pixel"] },
        { nameof(StudentImConvs.ModifiesInput), ["changed its input im", "modified in place"] },
        { nameof(StudentImConvs.SameSize), ["SAME mode", "iH - kH + 1"] },
        { nameof(StudentImConvs.FullSize), ["FULL mode", "iH - kH + 1"] },
        { nameof(StudentImConvs.Zeros), ["all zeros"] },
        { nameof(StudentImConvs.ReturnsInput), ["returns the input unchanged"] },
        { nameof(StudentImConvs.ReturnsNull), ["returned null"] },
        { nameof(StudentImConvs.NotImplemented), ["not done yet", "NotImplementedException"] },
        { nameof(StudentImConvs.ThrowsOther), ["InvalidOperationException", "my own check failed"] },
    };

    [Theory]
    [MemberData(nameof(WrongVersions))]
    public void Every_known_mistake_fails_and_is_named(string version, string[] expectedWords)
    {
        var imConv = Version(version);

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(imConv));

        ExerciseAssert.MentionsAll(feedback, expectedWords);
    }

    [Theory]
    [InlineData(nameof(StudentImConvs.Correct))]
    [InlineData(nameof(StudentImConvs.CorrectOtherLoopOrder))]
    public void Right_versions_pass_and_are_compared_with_OpenCv(string version)
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckImConv(Version(version)));

        string text = result.ToString();
        ExerciseAssert.MentionsAll(text, "[[19, 25], [37, 43]]", "298 x 449", "filter2D", "gray levels");
    }

    [Fact]
    public void The_cat_result_differs_from_OpenCvs_rounded_interior_by_at_most_half_a_gray_level()
    {
        CheckResult result = Tutor.CheckImConv(StudentImConvs.Correct);

        string line = result.Details.Single(d => d.Contains("filter2D", StringComparison.Ordinal));
        var match = System.Text.RegularExpressions.Regex.Match(line, @"at most (\d+\.\d+) gray levels");
        Assert.True(match.Success, line);
        double max = double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(max, 0.0, 0.5);
    }

    [Fact]
    public void Calling_the_librarys_reference_loop_is_not_an_answer_even_though_its_numbers_are_right()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(Filters.CorrelateValid));

        ExerciseAssert.MentionsAll(feedback, "calls Filters.CorrelateValid");
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_at_the_time_limit_with_a_message_that_says_so()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            double[,] Forever(double[,] im, double[,] kernel)
            {
                stop.Wait(); // stands for a loop whose counter never advances; released after the test
                return im;
            }

            var clock = Stopwatch.StartNew();
            string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(Forever, TimeSpan.FromMilliseconds(300)));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The check took {clock.Elapsed}.");
            ExerciseAssert.MentionsAll(feedback, "taking too long", "does not advance", "restart the kernel");
        }
        finally
        {
            stop.Set();
        }
    }

    [Fact]
    public void A_busy_loop_that_never_ends_is_also_stopped()
    {
        bool release = false;
        try
        {
            double[,] Spin(double[,] im, double[,] kernel)
            {
                long r = 0;
                while (!Volatile.Read(ref release))
                {
                    r++; // the row counter advances, but nothing ends the loop
                }

                return im;
            }

            string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(Spin, TimeSpan.FromMilliseconds(300)));

            ExerciseAssert.MentionsAll(feedback, "taking too long");
        }
        finally
        {
            Volatile.Write(ref release, true);
        }
    }

    [Fact]
    public void A_failure_on_the_hand_case_shows_the_whole_result_next_to_the_right_one()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(StudentImConvs.SumNotReset));

        ExerciseAssert.MentionsAll(feedback, "you return [[19, 44], [81, 124]]", "the right result is [[19, 25], [37, 43]]");
    }

    [Fact]
    public void An_exception_says_where_in_the_students_code_it_was_thrown()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(StudentImConvs.ShiftedWindow));

        // The frame outside the library: the student's function (here a lambda inside StudentImConvs).
        ExerciseAssert.MentionsAll(feedback, "(in ");
    }

    internal static Func<double[,], double[,], double[,]> Version(string name) =>
        typeof(StudentImConvs).GetMethod(name)!.CreateDelegate<Func<double[,], double[,], double[,]>>();
}
