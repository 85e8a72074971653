namespace Convolution.Teaching.Exercises.Tests;

/// A cause is named only when every case agrees with it; rounding is told apart from a mistake; numbers are shown
/// with enough digits to see the difference.
public class HonestDiagnosisTests
{
    [Fact]
    public void A_correct_loop_that_sums_in_float_passes_and_is_told_it_is_rounding()
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckImConv(FloatSum));

        ExerciseAssert.MentionsAll(result.ToString(), "float (32-bit)", "rounding, not a mistake");
    }

    [Fact]
    public void A_mistake_that_looks_like_a_flip_on_the_first_case_only_is_not_called_a_flip()
    {
        // Flipped on the 3 x 3 case, but 1% too big everywhere else: no known mistake explains every case.
        static double[,] Odd(double[,] im, double[,] k)
        {
            if (im.GetLength(0) == 3)
            {
                return StudentImConvs.FlippedKernel(im, k);
            }

            double[,] right = StudentImConvs.Correct(im, k);
            return Arrays.Map(right, (r, c, _, _) => 1.01 * right[r, c]);
        }

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(Odd));

        Assert.DoesNotContain("you flipped the kernel", feedback, StringComparison.OrdinalIgnoreCase);
        ExerciseAssert.MentionsAll(feedback, "names no cause", "you have", "the right value is");
    }

    [Fact]
    public void A_real_flip_is_named_because_every_case_agrees_with_it()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(StudentImConvs.FlippedKernel));

        ExerciseAssert.MentionsAll(feedback, "exactly those of one known mistake", "flipped the kernel");
    }

    [Theory]
    [InlineData(189.5431, 189.543, "189.5431", "189.543")]
    [InlineData(2.0000001, 2, "2.0000001", "2")]
    [InlineData(19, 5, "19", "5")]
    public void Values_are_shown_with_enough_digits_to_see_that_they_differ(double yours, double right, string shownYours, string shownRight)
    {
        Assert.Equal((shownYours, shownRight), NumberText.Distinct(yours, right));
    }

    private static double[,] FloatSum(double[,] im, double[,] kernel)
    {
        int outRows = im.GetLength(0) - kernel.GetLength(0) + 1, outCols = im.GetLength(1) - kernel.GetLength(1) + 1;
        var result = new double[outRows, outCols];
        for (int r = 0; r < outRows; r++)
        {
            for (int c = 0; c < outCols; c++)
            {
                float sum = 0;
                for (int i = 0; i < kernel.GetLength(0); i++)
                {
                    for (int j = 0; j < kernel.GetLength(1); j++)
                    {
                        sum += (float)(im[r + i, c + j] * kernel[i, j]);
                    }
                }

                result[r, c] = sum;
            }
        }

        return result;
    }
}
