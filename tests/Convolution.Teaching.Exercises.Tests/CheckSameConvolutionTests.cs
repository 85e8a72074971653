namespace Convolution.Teaching.Exercises.Tests;

/// <summary>CheckSameConvolution passes true same-mode convolution with a zero border and names each known mistake, on every case.</summary>
public class CheckSameConvolutionTests
{
    /// <summary>Each student version with a value mistake, the name of the checker's model for it, and words the feedback must say.</summary>
    public static TheoryData<string, string, string[]> ValueMistakes => new()
    {
        { nameof(StudentSameConvolutions.NoFlip), "no flip", ["did not flip the kernel", "cross-correlation"] },
        { nameof(StudentSameConvolutions.FlipLeftRightOnly), "flip left-right only", ["left to right only"] },
        { nameof(StudentSameConvolutions.FlipUpsideDownOnly), "flip upside down only", ["upside down only"] },
        { nameof(StudentSameConvolutions.PaddedTopLeftOnly), "padded top-left only", ["padded on one side only", "shifted down and right"] },
        { nameof(StudentSameConvolutions.PaddedBottomRightOnly), "padded bottom-right only", ["padded on one side only", "shifted up and left"] },
        { nameof(StudentSameConvolutions.EdgeCopied), "edge copied", ["repeats the edge pixels", "counts as 0"] },
        { nameof(StudentSameConvolutions.EdgeMirrored), "edge mirrored", ["mirrors the image", "counts as 0"] },
    };

    [Theory]
    [MemberData(nameof(ValueMistakes))]
    public void Each_mistake_model_gives_the_student_versions_numbers_on_every_case_and_differs_from_the_answer(string version, string model, string[] words)
    {
        _ = words;
        var student = Version(version);
        var mistake = SameConvolutionMistakes.All.Single(m => m.Name == model);

        foreach (var (name, image, kernel) in Tutor.SameConvolutionCases(out _))
        {
            double[,] theirs = student(image, kernel);
            Assert.True(NumberText.Same(mistake.Result(image, kernel), theirs), $"the model \"{model}\" disagrees with {version} on {name}");
            Assert.False(NumberText.Same(Tutor.SameConvolutionAnswer(image, kernel), theirs), $"{version} is right on {name}, so that case cannot show the mistake");
        }
    }

    [Theory]
    [MemberData(nameof(ValueMistakes))]
    public void Each_value_mistake_is_named_alone_after_every_case_agrees_with_it(string version, string model, string[] words)
    {
        _ = model;
        int cases = Tutor.SameConvolutionCases(out _).Count;

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(Version(version)));

        ExerciseAssert.MentionsAll(feedback, [$"all {cases} cases", "exactly those of one known mistake", .. words]);
    }

    [Fact]
    public void The_transposed_kernel_model_is_named_on_the_square_kernel_cases_and_the_non_square_one_runs_past_the_edge()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(StudentSameConvolutions.KernelTransposed));

        // The 3 x 5 case throws (a 5 x 3 kernel read as 3 x 5), which settles it; the 3 x 4 case before it is named as context.
        ExerciseAssert.MentionsAll(feedback, "IndexOutOfRangeException", "An earlier case already gave wrong numbers", "rows and columns are swapped in the kernel");
    }

    [Fact]
    public void The_right_answer_passes_and_shows_what_correlation_would_have_given()
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckSameConvolution(StudentSameConvolutions.Correct));

        ExerciseAssert.MentionsAll(result.ToString(), "Without the flip", "Filters.Correlate", "300 x 451");
    }

    [Fact]
    public void No_padding_is_told_it_has_the_size_of_valid_mode()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(StudentSameConvolutions.NoPadding));

        ExerciseAssert.MentionsAll(feedback, "1 x 2", "3 x 4", "VALID mode", "(kH - 1) / 2 = 1");
    }

    [Fact]
    public void Padding_too_much_is_told_it_has_the_size_of_full_mode()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(StudentSameConvolutions.FullSize));

        ExerciseAssert.MentionsAll(feedback, "5 x 6", "FULL mode");
    }

    [Fact]
    public void Flipping_the_kernel_in_place_is_told_it_changed_its_input()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(StudentSameConvolutions.FlipsInPlace));

        ExerciseAssert.MentionsAll(feedback, "changed its input kernel", "in place");
    }

    [Fact]
    public void Reading_outside_the_image_is_an_exception_with_the_two_fixes()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(StudentSameConvolutions.NoBoundsCheck));

        ExerciseAssert.MentionsAll(feedback, "IndexOutOfRangeException", "pad first", "0 <= row < iH");
    }

    [Fact]
    public void The_stub_says_not_done_yet()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution((_, _) => throw new NotImplementedException("SameConvolve")));

        ExerciseAssert.MentionsAll(feedback, "not done yet", "NotImplementedException");
    }

    [Fact]
    public void Handing_the_work_to_the_librarys_convolve_is_not_an_answer()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(
            (im, k) => Filters.Convolve(im, k, OutputMode.Same, BorderMode.Constant)));

        ExerciseAssert.MentionsAll(feedback, "calls Filters.Convolve");
    }

    [Fact]
    public void A_result_that_matches_no_model_on_every_case_names_no_cause()
    {
        // Right on the hand case, 1% too big elsewhere: no model explains all cases.
        static double[,] Odd(double[,] im, double[,] k)
        {
            double[,] right = StudentSameConvolutions.Correct(im, k);
            return im.GetLength(0) == 3 ? StudentSameConvolutions.NoFlip(im, k) : Arrays.Map(right, (r, c, _, _) => 1.01 * right[r, c]);
        }

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckSameConvolution(Odd));

        Assert.DoesNotContain("did not flip", feedback, StringComparison.OrdinalIgnoreCase);
        ExerciseAssert.MentionsAll(feedback, "names no cause", "the right value is");
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_at_the_time_limit()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            CheckResult result = Tutor.CheckSameConvolution((_, _) => { stop.Wait(); return new double[1, 1]; }, TimeSpan.FromMilliseconds(200));

            Assert.False(result.Passed);
            ExerciseAssert.MentionsAll(result.ToString(), "taking too long", "restart the kernel");
        }
        finally
        {
            stop.Set();
        }
    }

    private static Func<double[,], double[,], double[,]> Version(string name) =>
        (Func<double[,], double[,], double[,]>)Delegate.CreateDelegate(
            typeof(Func<double[,], double[,], double[,]>), typeof(StudentSameConvolutions).GetMethod(name)!);
}
