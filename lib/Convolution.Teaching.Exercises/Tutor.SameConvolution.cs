namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// Lesson 3: checks <c>SameConvolve(im, kernel)</c>, true convolution (the kernel turned 180 degrees) in SAME mode
    /// with a zero border: an output the size of the image, the kernel's centre (kH / 2, kW / 2) over each pixel, and
    /// every pixel outside the image counted as 0. The reference is
    /// <c>Filters.Convolve(im, kernel, OutputMode.Same, BorderMode.Constant)</c>, which is
    /// <c>Filters.Correlate(im, flipped kernel, OutputMode.Same, BorderMode.Constant)</c>. Odd kernels only.
    /// Runs a 3 x 4 image you can check by hand, a seeded random 7 x 10 image with a 3 x 5 kernel, and the cat;
    /// names a mistake (no flip, a flip one way only, padding on one side only, a border that is not zero, a
    /// transposed kernel) only when its model gives your numbers on every case that ran; names sizes by their mode.
    /// </summary>
    /// <param name="sameConvolve">Your function, e.g. <c>SameConvolve</c>.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckSameConvolution(Func<double[,], double[,], double[,]> sameConvolve) =>
        Graded("same-convolution", [], () => CheckSameConvolution(sameConvolve, StudentCode.SmallCaseLimit));

    /// <summary>The hand case's kernel: every flip and the transpose of it differ, so each mistake shows.</summary>
    internal static double[,] SameConvolutionHandKernel() => Arrays.FromRows<double>([1, 2, 0], [0, 0, 0], [0, 0, 3]);

    /// <summary>The cases, in the order they run (the cat last, when the embedded picture loads).</summary>
    internal static List<(string Name, double[,] Image, double[,] Kernel)> SameConvolutionCases(out string? whyNoCat)
    {
        var cases = new List<(string Name, double[,] Image, double[,] Kernel)>
        {
            ("the 3 x 4 image 1..12 with the kernel [[1, 2, 0], [0, 0, 0], [0, 0, 3]]",
                Arrays.FromRows<double>([1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]), SameConvolutionHandKernel()),
            ("a random 7 x 10 image (seed 7) with the 3 x 5 kernel [[0.5, -0.25, 0.125, 1, 0], [1.5, 0.75, -1, 0.25, 2], [0, -0.5, 1, 0.375, -0.125]]",
                Arrays.Scale(255.0, Arrays.Random(7, 10, seed: 7)),
                Arrays.FromRows<double>([0.5, -0.25, 0.125, 1, 0], [1.5, 0.75, -1, 0.25, 2], [0, -0.5, 1, 0.375, -0.125])),
        };
        byte[,]? cat = LessonImage.Cat(out string why);
        whyNoCat = cat is null ? why : null;
        if (cat is not null)
        {
            cases.Add(($"the cat ({NumberText.Shape(cat)}) with the kernel [[1, 2, 0], [0, 0, 0], [0, 0, 3]]", Conversions.ToDouble(cat), SameConvolutionHandKernel()));
        }

        return cases;
    }

    /// <summary>The right answer: true convolution, same size, zero border.</summary>
    internal static double[,] SameConvolutionAnswer(double[,] image, double[,] kernel) =>
        Filters.Convolve(image, kernel, OutputMode.Same, BorderMode.Constant);

    /// <summary><see cref="CheckSameConvolution(Func{double[,], double[,], double[,]})"/> with a chosen time limit for the small cases.</summary>
    internal static CheckResult CheckSameConvolution(Func<double[,], double[,], double[,]> sameConvolve, TimeSpan smallLimit)
    {
        ArgumentNullException.ThrowIfNull(sameConvolve);
        var feedback = new Feedback("Same-mode convolution");
        var cases = SameConvolutionCases(out string? whyNoCat);
        var ran = new List<(string Name, double[,] Image, double[,] Kernel, double[,] Expected, double[,] Result)>();
        foreach (var (name, image, kernel) in cases)
        {
            TimeSpan limit = smallLimit + TimeSpan.FromTicks(image.Length * kernel.Length * 100L); // 10 microseconds per multiply-add on top
            double[,] im = NumberText.Copy(image), k = NumberText.Copy(kernel);
            Outcome<double[,]> outcome = StudentCode.Run(() => sameConvolve(im, k), limit, im, k);
            if (StudentCode.HandedToLibrary(outcome, "SameConvolve", "Filters.Convolve", "Filters.Correlate") is { } handed)
            {
                return feedback.Fail(handed);
            }

            string? certain = SameConvolutionCertainProblem(outcome, name, image, kernel, im, k, limit);
            if (certain is not null)
            {
                bool earlierWrong = ran.Any(c => !NumberText.Same(c.Result, c.Expected));
                return feedback.Fail(earlierWrong ? $"{certain} (An earlier case already gave wrong numbers: {SameConvolutionVerdict(ran)})" : certain);
            }

            double[,] result = outcome.Value!, expected = SameConvolutionAnswer(image, kernel);
            ran.Add((name, image, kernel, expected, result));
            if (NumberText.Same(result, expected))
            {
                feedback.Ok($"{name}: right, {(result.Length <= 30 ? NumberText.Inline(result) : $"a {NumberText.Shape(result)} result")}.");
            }
        }

        if (ran.Any(c => !NumberText.Same(c.Result, c.Expected)))
        {
            return feedback.Fail(SameConvolutionVerdict(ran));
        }

        var (first, firstImage, firstKernel, _, _) = ran[0];
        double[,] correlation = Filters.Correlate(firstImage, firstKernel, OutputMode.Same, BorderMode.Constant);
        feedback.Note($"Without the flip (Filters.Correlate(im, kernel, OutputMode.Same, BorderMode.Constant)) {first} gives {NumberText.Inline(correlation)}: " +
            "a different picture, because this kernel does not look the same after a half turn.");
        if (whyNoCat is not null)
        {
            feedback.Note($"The real-image part was skipped: {whyNoCat}.");
        }

        return feedback.Pass("Right: SameConvolve turns the kernel 180 degrees, centres it on every pixel and counts the pixels outside the image as 0 " +
            "(Filters.Convolve(im, kernel, OutputMode.Same, BorderMode.Constant)).");
    }

    /// <summary>
    /// The verdict on wrong values from EVERY case that ran: a known mistake is named only when its model gives the
    /// student's numbers on all of them; otherwise the feedback says what was seen and names no cause.
    /// </summary>
    private static string SameConvolutionVerdict(List<(string Name, double[,] Image, double[,] Kernel, double[,] Expected, double[,] Result)> ran)
    {
        var firstWrong = ran.First(c => !NumberText.Same(c.Result, c.Expected));
        string evidence = Evidence(firstWrong.Result, firstWrong.Expected);
        var agreeing = SameConvolutionMistakes.All
            .Where(model => ran.All(c => NumberText.Same(model.Result(c.Image, c.Kernel), c.Result)))
            .Select(model => (Diagnosis)model.Diagnosis)
            .ToList();
        if (ran.All(c => c.Result.Cast<double>().All(v => v == 0)))
        {
            agreeing.Insert(0, "SameConvolve returns all zeros: nothing is written into the result. After the kernel loops, store the sum: result[r, c] = sum;");
        }

        return ModelVerdict.Say(ran.Count, agreeing, firstWrong.Name, evidence,
            "Work out that pixel by hand: turn the kernel 180 degrees, put its centre on the pixel, count every pixel outside the image as 0, " +
            "multiply what lies on top of each other and add the products.").Text;
    }

    /// <summary>A problem that one case settles by itself (no answer, an exception, null, the input changed, the wrong size), or null.</summary>
    private static string? SameConvolutionCertainProblem(Outcome<double[,]> outcome, string name, double[,] image, double[,] kernel,
        double[,] imAfter, double[,] kernelAfter, TimeSpan limit)
    {
        string on = $"On {name}";
        if (ModelVerdict.Unfinished(outcome, "SameConvolve", limit, name) is { } unfinished)
        {
            return unfinished;
        }

        if (outcome.Error is { } error)
        {
            string threw = $"{on}, SameConvolve threw {error.GetType().Name}{StudentCode.Where(error)}";
            return error is IndexOutOfRangeException or ArgumentOutOfRangeException
                ? $"{threw}: a loop reads past the edge of an array. Either pad first (a new array, (kH - 1) / 2 zero rows above and below, " +
                  "(kW - 1) / 2 zero columns left and right) and read the padded array, or skip the pixels outside: only add when 0 <= row < iH and 0 <= col < iW."
                : $"{threw}: {error.Message}";
        }

        if (!NumberText.Same(imAfter, image) || !NumberText.Same(kernelAfter, kernel))
        {
            string which = !NumberText.Same(imAfter, image) ? "im" : "kernel";
            return $"{on}, SameConvolve changed its input {which}: it was modified in place (flipping the kernel in place does this). " +
                "Read im and kernel only, and write the flipped kernel and the result into new arrays.";
        }

        double[,]? result = outcome.Value;
        if (result is null)
        {
            return $"{on}, SameConvolve returned null: return the array you filled.";
        }

        int rows = image.GetLength(0), cols = image.GetLength(1), kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        int gotRows = result.GetLength(0), gotCols = result.GetLength(1);
        if (gotRows == rows && gotCols == cols)
        {
            return null;
        }

        string yours = $"{on}, your result is {gotRows} x {gotCols}, but same mode keeps the image's size, {rows} x {cols}";
        if (gotRows == rows - kRows + 1 && gotCols == cols - kCols + 1)
        {
            return $"{yours}. Yours is (iH - kH + 1) x (iW - kW + 1), the size of VALID mode: nothing was padded. " +
                $"Add (kH - 1) / 2 = {(kRows - 1) / 2} zero rows above and below and (kW - 1) / 2 = {(kCols - 1) / 2} zero columns left and right.";
        }

        if (gotRows == rows + kRows - 1 && gotCols == cols + kCols - 1)
        {
            return $"{yours}. Yours is (iH + kH - 1) x (iW + kW - 1), the size of FULL mode: you padded kH - 1 on each side. " +
                $"Same mode pads half of that, (kH - 1) / 2 = {(kRows - 1) / 2} rows and (kW - 1) / 2 = {(kCols - 1) / 2} columns on each side.";
        }

        if (gotRows == cols && gotCols == rows)
        {
            return $"{yours}: rows and columns are swapped. The first number is the rows, im.GetLength(0).";
        }

        return $"{yours}: that is neither same ({rows} x {cols}), valid ({rows - kRows + 1} x {cols - kCols + 1}) nor full ({rows + kRows - 1} x {cols + kCols - 1}) mode.";
    }
}
