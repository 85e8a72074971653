namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>The multiple-choice question "what does a bigger blur do?", with its four choices, to print in the notebook.</summary>
    public static string BiggerBlurQuestion { get; } =
        "What does the 5 x 5 box blur (25 entries of 1/25) do to the cat, compared with the 3 x 3 box blur (9 entries of 1/9), both with ImConv (valid mode)?\n" +
        "  a) the result is sharper\n" +
        "  b) the result is blurrier, and 2 pixels smaller in each direction than the 3 x 3 result\n" +
        "  c) the result is darker overall\n" +
        "  d) nothing changes\n" +
        "Answer with one letter: 'a', 'b', 'c' or 'd'.";

    /// <summary>
    /// Checks the answer to <see cref="BiggerBlurQuestion"/>: b) blurrier and 2 pixels smaller in each
    /// direction. Each wrong choice gets its own explanation, backed by numbers measured on the cat
    /// when assets/chelsea.png is found.
    /// </summary>
    /// <param name="answer">'a', 'b', 'c' or 'd' (either case); anything else means not answered yet.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckBiggerBlur(char answer) => Graded("bigger-blur", [answer], () => BiggerBlurVerdict(answer));

    private static CheckResult BiggerBlurVerdict(char answer)
    {
        var feedback = new Feedback("Bigger blur");
        char choice = char.ToLowerInvariant(answer);
        if (choice is < 'a' or > 'd')
        {
            return feedback.Fail("You have not answered yet: write the letter of your choice ('a', 'b', 'c' or 'd') as your answer in the cell above, run it, then run this check again.",
                BiggerBlurQuestion.Split('\n'));
        }

        BlurMeasurements? m = MeasureBlurs();
        string sizes = m is null ? string.Empty : $" On the cat: the 3 x 3 result is {m.Small}, the 5 x 5 result {m.Big}.";
        string detail = m is null ? string.Empty :
            $" On the cat, the average jump between neighbouring pixels (a measure of fine detail) drops from {NumberText.Num(m.Jump3)} gray levels with the 3 x 3 blur to {NumberText.Num(m.Jump5)} with the 5 x 5.";
        string brightness = m is null ? string.Empty :
            $" On the cat, the average brightness is {NumberText.Num(m.Mean3)} with the 3 x 3 blur and {NumberText.Num(m.Mean5)} with the 5 x 5.";
        if (choice == 'b')
        {
            feedback.Ok("blurrier: each output pixel averages 25 pixels instead of 9, so fine detail is smoothed more." + detail);
            feedback.Ok("smaller: valid mode loses kH - 1 = 4 rows and kW - 1 = 4 columns instead of 2, i.e. 2 pixels on each side instead of 1." + sizes);
            if (m is null)
            {
                feedback.Note($"The measurements on the cat were skipped: {WhyNoCat()}.");
            }

            return feedback.Pass("Right: b) a bigger box averages more pixels, so it blurs more, and the valid result shrinks by 2 more pixels in each direction.");
        }

        string diagnosis = choice switch
        {
            'a' => "a) is not right: a bigger blur is not sharper. Each output pixel is the average of 25 neighbours instead of 9, and averaging more pixels smooths more: whiskers and fur fade further." + detail +
                " Sharpening does the opposite, it adds detail back (2 x identity - blur, later in the lesson).",
            'c' => "c) is not right: the picture does not get darker. The 25 entries are 1/25 each and sum to 1, so a flat region keeps its brightness and so does the picture on average." + brightness +
                " (It would get 25 times brighter if you forgot to divide by 25.)",
            _ => "d) is not right: two things change. Each output pixel now averages 25 pixels instead of 9, so fine detail fades more, and valid mode loses 2 pixels on each side instead of 1." + sizes,
        };
        return feedback.Fail(diagnosis);
    }

    /// <summary>What the two blurs do to the cat.</summary>
    private sealed record BlurMeasurements(string Small, string Big, double Jump3, double Jump5, double Mean3, double Mean5);

    private static BlurMeasurements? MeasureBlurs()
    {
        byte[,]? cat = LessonImage.Cat(out _);
        if (cat is null)
        {
            return null;
        }

        double[,] image = Conversions.ToDouble(cat);
        double[,] b3 = Filters.CorrelateValid(image, Kernels.BoxBlur(3)), b5 = Filters.CorrelateValid(image, Kernels.BoxBlur(5));
        return new BlurMeasurements(NumberText.Shape(b3), NumberText.Shape(b5), MeanJump(b3), MeanJump(b5), Mean(b3), Mean(b5));
    }

    private static string WhyNoCat()
    {
        _ = LessonImage.Cat(out string why);
        return why;
    }

    private static double Mean(double[,] a) => Math.Round(Arrays.Sum(a) / a.Length, 2);

    /// <summary>The mean absolute difference between horizontally neighbouring pixels, to two decimals.</summary>
    private static double MeanJump(double[,] a)
    {
        double total = 0;
        int count = 0;
        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 1; c < a.GetLength(1); c++)
            {
                total += Math.Abs(a[r, c] - a[r, c - 1]);
                count++;
            }
        }

        return Math.Round(total / count, 2);
    }
}
