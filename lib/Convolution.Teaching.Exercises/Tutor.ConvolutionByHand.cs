namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// "Define convolution": the top-left value of the VALID CONVOLUTION (the kernel flipped both
    /// ways) of the image 0..8 (3 x 3, row by row) with the kernel [[0, 1], [2, 3]], worked out by hand.
    /// The answer is 5; 19 is cross-correlation (no flip), and other values get a hint.
    /// </summary>
    /// <param name="topLeft">Your value; double.NaN means not answered yet.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckConvolutionByHand(double topLeft) => Graded("convolution-by-hand", [topLeft], () => ConvolutionByHandVerdict(topLeft));

    private static CheckResult ConvolutionByHandVerdict(double topLeft)
    {
        var feedback = new Feedback("Convolution by hand");
        double[,] image = Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]);
        double[,] kernel = Arrays.FromRows<double>([0, 1], [2, 3]);
        double[,] convolution = Filters.Convolve(image, kernel, OutputMode.Valid);
        double[,] correlation = Filters.CorrelateValid(image, kernel);
        double[,] window = Arrays.Slice(image, 0..2, 0..2);
        string how = $"Flip the kernel both ways (turn it 180 degrees): {NumberText.Inline(kernel)} becomes {NumberText.Inline(Arrays.Flip(kernel))}. " +
            $"Lay it on the top-left 2 x 2 window of the image, {NumberText.Inline(window)}, multiply the numbers that lie on top of each other and add the four products.";
        if (double.IsNaN(topLeft))
        {
            return feedback.Fail("You have not answered yet: write your number as your answer in the cell above (instead of double.NaN), run it, then run this check again.", how);
        }

        if (Close(topLeft, convolution[0, 0]))
        {
            feedback.Ok($"flipped kernel {NumberText.Inline(Arrays.Flip(kernel))} on {NumberText.Inline(window)}: {Products(window, Arrays.Flip(kernel))}.");
            feedback.Note($"Without the flip (cross-correlation, the lesson's im_conv) the same place gives {NumberText.Num(correlation[0, 0])}: " +
                "the two differ unless the kernel looks the same after a half turn, like the box blur.");
            return feedback.Pass($"Right: the top-left value of the valid convolution is {NumberText.Num(convolution[0, 0])}.");
        }

        string? diagnosis = null;
        if (Close(topLeft, correlation[0, 0]))
        {
            diagnosis = $"{NumberText.Num(topLeft)} is cross-correlation: you did not flip the kernel. {Products(window, kernel)}. Convolution flips the kernel first.";
        }
        else if (Close(topLeft, Filters.CorrelateValid(image, Arrays.FlipLeftRight(kernel))[0, 0]) || Close(topLeft, Filters.CorrelateValid(image, Arrays.Transpose(kernel))[0, 0]))
        {
            diagnosis = $"{NumberText.Num(topLeft)} comes from flipping the kernel left to right only (or transposing it). Convolution flips it both ways, " +
                $"left-right AND upside down, which turns it 180 degrees: {NumberText.Inline(Arrays.Flip(kernel))}.";
        }
        else if (Close(topLeft, Filters.CorrelateValid(image, Arrays.FlipUpDown(kernel))[0, 0]))
        {
            diagnosis = $"{NumberText.Num(topLeft)} comes from flipping the kernel upside down only. Convolution flips it both ways, " +
                $"upside down AND left-right, which turns it 180 degrees: {NumberText.Inline(Arrays.Flip(kernel))}.";
        }
        else if (Close(topLeft, Filters.Convolve(image, kernel, OutputMode.Full, BorderMode.Constant)[0, 0]))
        {
            diagnosis = $"{NumberText.Num(topLeft)} is the top-left value of FULL mode, where the kernel overlaps just the corner pixel. " +
                "The question asks for VALID mode: the whole kernel lies on the image.";
        }
        else if (Position(convolution, topLeft) is { } elsewhere)
        {
            diagnosis = $"{NumberText.Num(topLeft)} is the convolution's value at {elsewhere}, not at the top-left (0, 0).";
        }
        else if (Position(correlation, topLeft) is { } elsewhereCorrelation)
        {
            diagnosis = $"{NumberText.Num(topLeft)} is the cross-correlation's value at {elsewhereCorrelation}: no flip, and not the top-left either.";
        }

        return feedback.Fail(diagnosis ?? $"{NumberText.Num(topLeft)} is not right.", how);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) < 1e-9;

    /// <summary>"(1, 0)" where the value sits in the array, or null.</summary>
    private static string? Position(double[,] a, double value)
    {
        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                if (Close(a[r, c], value))
                {
                    return $"({r}, {c})";
                }
            }
        }

        return null;
    }

    /// <summary>"0·3 + 1·2 + 3·1 + 4·0 = 5".</summary>
    private static string Products(double[,] window, double[,] kernel)
    {
        var terms = new List<string>();
        double sum = 0;
        for (int r = 0; r < window.GetLength(0); r++)
        {
            for (int c = 0; c < window.GetLength(1); c++)
            {
                terms.Add($"{NumberText.Num(window[r, c])}·{NumberText.Num(kernel[r, c])}");
                sum += window[r, c] * kernel[r, c];
            }
        }

        return $"{string.Join(" + ", terms)} = {NumberText.Num(sum)}";
    }
}
