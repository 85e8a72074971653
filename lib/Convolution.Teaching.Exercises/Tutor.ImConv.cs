using System.Diagnostics;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// Task 2: checks <c>ImConv(im, kernel)</c>, the lesson's im_conv: valid-mode cross-correlation,
    /// <c>result[r, c] = sum over i, j of im[r + i, c + j] * kernel[i, j]</c>, of size
    /// (iH - kH + 1) x (iW - kW + 1). Runs 0..8 with [[0, 1], [2, 3]] (the answer is [[19, 25], [37, 43]]),
    /// then a seeded random wide image with a wide non-symmetric kernel and a tall one with a tall kernel (so flips,
    /// swaps and bounds taken from the wrong axis show), then the cat with the 3 x 3 box blur, which it also compares
    /// with OpenCV's filter2D. Recognises by name: wrong output size (and which mode it belongs to), kernel flipped,
    /// sum not reset, rows and columns swapped, integer truncation, each loop's bound or start off by one or on the wrong
    /// axis, the window read with its indices swapped or repeated, a sum assigned, averaged or clamped, the input
    /// changed in place, all zeros, the input returned unchanged, an exception, a loop that never ends. With no known
    /// mistake it says where the first wrong value is and what the window there was.
    /// </summary>
    /// <param name="imConv">Your function, e.g. <c>ImConv</c>.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckImConv(Func<double[,], double[,], double[,]> imConv) =>
        Graded("im-conv", [], () => CheckImConv(imConv, StudentCode.SmallCaseLimit));

    /// <summary>The random case's kernel: non-symmetric and non-square, so a flip or a swap changes the result.</summary>
    internal static double[,] LopsidedKernel() => Arrays.FromRows<double>([0.5, -0.25, 0.125], [1.5, 0.75, -1]);

    /// <summary>
    /// The tall case's kernel: taller than wide, on a tall image, so a bound or size taken from the wrong axis gives other
    /// numbers (or runs past the edge) than on the wide case, and the two cases together tell those slips apart.
    /// </summary>
    internal static double[,] TallKernel() => Arrays.FromRows<double>([1, -0.5], [0.25, 2], [-1.5, 0.75]);

    /// <summary><see cref="CheckImConv(Func{double[,], double[,], double[,]})"/> with a chosen time limit for the small cases (the cat's is scaled up from it).</summary>
    internal static CheckResult CheckImConv(Func<double[,], double[,], double[,]> imConv, TimeSpan smallLimit)
    {
        ArgumentNullException.ThrowIfNull(imConv);
        var feedback = new Feedback("ImConv");
        var cases = new List<(string Name, double[,] Image, double[,] Kernel, string Praise)>
        {
            ("the 3 x 3 image 0..8 with the kernel [[0, 1], [2, 3]]",
                Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]), Arrays.FromRows<double>([0, 1], [2, 3]),
                "gives [[19, 25], [37, 43]], the numbers you can work out by hand"),
            ("a random 6 x 9 image (gray levels with fractions, seed 7) with the non-symmetric 2 x 3 kernel [[0.5, -0.25, 0.125], [1.5, 0.75, -1]]",
                Arrays.Scale(255.0, Arrays.Random(6, 9, seed: 7)), LopsidedKernel(),
                "right on a non-square image with a lopsided kernel: no flip, rows and columns in their places, fractions kept"),
            ("a random 9 x 6 image (seed 11) with the tall non-symmetric 3 x 2 kernel [[1, -0.5], [0.25, 2], [-1.5, 0.75]]",
                Arrays.Scale(255.0, Arrays.Random(9, 6, seed: 11)), TallKernel(),
                "right on a tall image with a tall kernel: every loop bound on its own axis"),
        };
        byte[,]? cat = LessonImage.Cat(out string whyNoCat);
        if (cat is not null)
        {
            cases.Add(($"the cat ({NumberText.Shape(cat)}) with the 3 x 3 box blur", Conversions.ToDouble(cat), Kernels.BoxBlur(3), string.Empty));
        }

        double[,]? catResult = null;
        Diagnosis? tentative = null; // the first value mismatch: a mistake is named only when every case agrees with it
        var ran = new List<ImConvCase>();
        bool floatRounding = false;
        bool squareCaseRan = false;
        for (int i = 0; i < cases.Count; i++)
        {
            var (name, image, kernel, praise) = cases[i];
            int taps = (image.GetLength(0) - kernel.GetLength(0) + 1) * (image.GetLength(1) - kernel.GetLength(1) + 1) * kernel.Length;
            TimeSpan limit = smallLimit + TimeSpan.FromTicks(taps * 100L); // 10 microseconds per multiply-add on top
            double[,] expected = Filters.CorrelateValid(image, kernel);
            double[,] im = NumberText.Copy(image), k = NumberText.Copy(kernel);
            var clock = Stopwatch.StartNew();
            Outcome<double[,]> outcome = StudentCode.Run(() => imConv(im, k), limit, im, k);
            if (StudentCode.HandedToLibrary(outcome, "ImConv", "Filters.Correlate", "Filters.Convolve", "FastFilters.", "Cv.Filter2D", "Subimages.") is { } handed)
            {
                return FailWithLineHeldBack(feedback, "im-conv", handed);
            }

            var models = new Lazy<IReadOnlyList<ImConvModelRun>>(() => ImConvModelRun.On(image, kernel));
            var (problem, certain) = DiagnoseImConv(outcome, name, image, kernel, expected, im, k, limit, squareCaseRan, models);
            squareCaseRan |= i == 0 && outcome.Returned;
            if (outcome.Value is not null || outcome.Error is IndexOutOfRangeException)
            {
                ran.Add(new ImConvCase(name, image, kernel, expected, outcome.Value, outcome.Error, problem, models));
                floatRounding |= problem is null && !NumberText.Same(outcome.Value, expected);
            }

            if (problem is not null && certain)
            {
                // What an earlier case showed is context for this one (e.g. a swap that ran on the square case).
                return FailWithLineHeldBack(feedback, "im-conv", tentative is null ? problem : problem + " (Before that, an earlier case gave numbers that a known mistake also gives, which this case does not confirm: " + tentative + ")");
            }

            if (problem is not null || tentative is not null)
            {
                tentative ??= problem;
                continue;
            }

            if (praise.Length > 0)
            {
                feedback.Ok($"{name}: {praise}.");
            }
            else
            {
                catResult = outcome.Value!;
                feedback.Ok($"{name}: a {NumberText.Shape(catResult)} result in {clock.ElapsedMilliseconds} ms, equal to the library's reference loop Filters.CorrelateValid.");
            }
        }

        if (tentative is not null)
        {
            return FailWithLineHeldBack(feedback, "im-conv", ImConvVerdict.Decide(ran, tentative));
        }

        if (floatRounding)
        {
            feedback.Note("Your values differ from the exact ones only in the last digits a float (32-bit) can hold: a sum kept in float instead of double. " +
                "That is rounding, not a mistake of the exercise, so it passes; double keeps about 16 digits instead of 7.");
        }

        if (cat is null)
        {
            feedback.Note($"The real-image part was skipped: {whyNoCat}.");
        }
        else
        {
            feedback.Note(CompareWithOpenCv(cat, catResult!));
        }

        HintBook.Current.Passed("im-conv");
        return feedback.Pass("Right: ImConv slides the kernel over every position where it fits and writes the sum of the element-wise products " +
            "(cross-correlation in valid mode, the lesson's im_conv).");
    }

    /// <summary>
    /// How the student's cat result compares with filter2D's 8-bit result, computed by the library's
    /// <see cref="Filters.CorrelateToByte"/>, which reproduces OpenCV's filter2D to the pixel (the OpenCV
    /// parity tests prove it; lesson 7 shows it), so no OpenCV is needed here.
    /// </summary>
    private static string CompareWithOpenCv(byte[,] cat, double[,] yours)
    {
        byte[,] filter2D = Filters.CorrelateToByte(cat, Conversions.ToFloat(Kernels.BoxBlur(3)));
        double[,] interior = Conversions.ToDouble(Arrays.Slice(filter2D, 1..^1, 1..^1));
        double max = NumberText.MaxDifference(yours, interior);
        return $"OpenCV's filter2D gives a {NumberText.Shape(filter2D)} (same-mode) result; cropped by 1 pixel on each side it is {NumberText.Shape(interior)}, " +
            $"and yours differs from it by at most {max.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} gray levels: " +
            "filter2D rounds to whole 8-bit gray levels, yours keeps the fractions.";
    }

    /// <summary>
    /// (null, true) when the result is right; else the diagnosis in a student's words, and whether it
    /// is certain (false when several mistakes give this same result here, or none is recognised).
    /// </summary>
    private static (Diagnosis? Problem, bool Certain) DiagnoseImConv(Outcome<double[,]> outcome, string name,
        double[,] image, double[,] kernel, double[,] expected, double[,] imAfter, double[,] kernelAfter, TimeSpan limit, bool squareCaseRan,
        Lazy<IReadOnlyList<ImConvModelRun>> models)
    {
        string on = $"On {name}";
        if (ModelVerdict.Unfinished(outcome, "ImConv", limit, name) is { } unfinished)
        {
            return (unfinished, true);
        }

        if (outcome.Error is { } error)
        {
            // Past the edge here and a known slip is too: a hint, decided on every case (ImConvVerdict).
            return (ImConvException(error, name, squareCaseRan), !models.Value.Any(m => m.Agrees(null, error)));
        }

        double[,]? result = outcome.Value;
        if (!NumberText.Same(imAfter, image) || !NumberText.Same(kernelAfter, kernel))
        {
            bool imChanged = !NumberText.Same(imAfter, image);
            string which = imChanged ? $"im (im{FirstChange(image, imAfter)})" : $"kernel (kernel{FirstChange(kernel, kernelAfter)})";
            string andResult = result is not null && NumberText.Same(result, expected) ? " Your result itself is right." : string.Empty;
            return ($"{on}, ImConv changed its input {which}: the input was modified in place. ImConv must only read im and kernel " +
                $"and write into a new array, var convImage = new double[outRows, outCols].{andResult}", true);
        }

        if (result is null)
        {
            return ($"{on}, ImConv returned null: look at the last line of ImConv." + new FixLine("return convImage;"), true);
        }

        if (result.GetLength(0) != expected.GetLength(0) || result.GetLength(1) != expected.GetLength(1))
        {
            return (ImConvSize(result, expected, image, kernel, imAfter, on), !models.Value.Any(m => m.Agrees(result, null)));
        }

        if (IsRight(result, expected, image, kernel))
        {
            return (null, true);
        }

        string evidence = Evidence(result, expected);
        var matches = models.Value
            .Where(model => model.Agrees(result, null))
            .Select(model => model.Model.Diagnosis)
            .Distinct()
            .ToList();
        if (result.Cast<double>().All(v => v == 0))
        {
            matches.Insert(0, NothingStored);
        }

        if (matches.Count == 1)
        {
            // A hint, not a verdict: the mistake is named only if every case the checker runs agrees with it.
            return ($"{on}, " + matches[0] + $" ({evidence}.)", false);
        }

        if (matches.Count > 1)
        {
            // On 0..8 several mistakes give the same numbers (its pixels grow evenly): say so, and let a later case decide.
            return ($"{on}, your result matches more than one known mistake ({evidence}). It could be: " + Diagnosis.Join(" Or: ", matches), false);
        }

        if (IsTruncated(result, expected, kernel.Length))
        {
            return ($"{on}, your results are whole numbers where the right answers have fractions ({evidence}): integer truncation. " +
                "An int (int sum, an (int) cast, Math.Floor or Math.Round) is cutting off the fractions: keep the sum and the result in double.", true);
        }

        if (result.Cast<double>().Any(double.IsNaN))
        {
            return ($"{on}, some of your results are NaN (not a number) ({evidence}): something divides zero by zero or reads an unset value.", true);
        }

        return ($"{on}, the values are wrong ({evidence}). Work out that pixel by hand: lay the kernel on the image with its top-left at (r, c), " +
            "multiply the pixels it covers by the kernel entries under them, and add the products." + new FixLine("sum += im[r + i, c + j] * kernel[i, j];"), false);
    }

    /// <summary>The mistake behind an all-zero result on every case.</summary>
    internal static readonly Diagnosis NothingStored = "ImConv returns all zeros: nothing is written into the result. Look at what happens after the kernel loops." +
        new FixLine("convImage[r, c] = sum;   right after the kernel loops");

    /// <summary>
    /// Equal to the reference, or equal but for float rounding: right summed in float is not a mistake of the exercise
    /// (CheckImConv passes it and says so). The one rule of "right" for a case, in the diagnosis and in the verdict.
    /// </summary>
    internal static bool IsRight(double[,] result, double[,] expected, double[,] image, double[,] kernel) =>
        NumberText.Same(result, expected) || NumberText.WithinFloatRounding(result, expected, Scale(image, kernel), kernel.Length);

    /// <summary>sum |kernel| x max |image|: the largest a correlation's sum can be, for the float-rounding tolerance.</summary>
    private static double Scale(double[,] image, double[,] kernel) =>
        kernel.Cast<double>().Sum(Math.Abs) * image.Cast<double>().Select(Math.Abs).DefaultIfEmpty(0).Max();

    /// <summary>"at (0, 1) you have 44, the right value is 25".</summary>
    internal static string Evidence(double[,] result, double[,] expected)
    {
        var (r, c) = NumberText.FirstDifference(result, expected) ?? (0, 0);
        string whole = result.Length <= 30 ? $"; you return {NumberText.Inline(result)}, the right result is {NumberText.Inline(expected)}" : string.Empty;
        var (yours, right) = NumberText.Distinct(result[r, c], expected[r, c]);
        return $"at ({r}, {c}) you have {yours}, the right value is {right}{whole}";
    }

    /// <summary>Whole numbers everywhere, fractions in the right answer, and each value within one unit a tap of it.</summary>
    private static bool IsTruncated(double[,] result, double[,] expected, int taps) =>
        result.Cast<double>().All(v => double.IsFinite(v) && v == Math.Floor(v))
        && expected.Cast<double>().Any(v => v != Math.Floor(v))
        && NumberText.MaxDifference(result, expected) < taps + 1e-9;

    /// <summary>Words for a result of the wrong size: which mode that size belongs to, or what it suggests.</summary>
    private static string ImConvSize(double[,] result, double[,] expected, double[,] image, double[,] kernel, double[,] imGiven, string on)
    {
        int rows = image.GetLength(0), cols = image.GetLength(1), kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        int outRows = expected.GetLength(0), outCols = expected.GetLength(1);
        int gotRows = result.GetLength(0), gotCols = result.GetLength(1);
        string yours = $"{on}, your result is {gotRows} x {gotCols}";
        string valid = $"valid mode, the lesson's im_conv, gives (iH - kH + 1) x (iW - kW + 1) = ({rows} - {kRows} + 1) x ({cols} - {kCols} + 1) = {outRows} x {outCols}";
        if (ReferenceEquals(result, imGiven) || NumberText.Same(result, image))
        {
            return $"{on}, ImConv returns the input unchanged (a {gotRows} x {gotCols} copy of im): compute a new array instead, " +
                "var convImage = new double[outRows, outCols], fill it in the loops and return it.";
        }

        if (gotRows == rows && gotCols == cols)
        {
            return $"{yours}, the size of the image: that is the size of SAME mode. But {valid}. The kernel only fits at iH - kH + 1 rows.";
        }

        if (gotRows == rows + kRows - 1 && gotCols == cols + kCols - 1)
        {
            return $"{yours}, (iH + kH - 1) x (iW + kW - 1): that is the size of FULL mode. But {valid}.";
        }

        if (gotRows == outCols && gotCols == outRows)
        {
            return $"{yours}: rows and columns are swapped. {char.ToUpperInvariant(valid[0])}{valid[1..]}: the first number is the rows, " +
                "from im.GetLength(0) and kernel.GetLength(0).";
        }

        if (gotRows == outRows - 1 && gotCols == outCols - 1)
        {
            string shifted = NumberText.Same(result, Arrays.Slice(expected, 1.., 1..))
                ? " Your values are those of the next pixel down and right: the window is shifted by one pixel (im[r + i + 1, c + j + 1]); read im[r + i, c + j]."
                : string.Empty;
            return $"{yours}: one row and one column short, an off-by-one in the size (did you leave out the + 1?). {char.ToUpperInvariant(valid[0])}{valid[1..]}.{shifted}";
        }

        if (gotRows == outRows + 1 && gotCols == outCols + 1)
        {
            return $"{yours}: one row and one column too many, an off-by-one in the size. {char.ToUpperInvariant(valid[0])}{valid[1..]}.";
        }

        return $"{yours}: that is neither valid ({outRows} x {outCols}), same ({rows} x {cols}) nor full ({rows + kRows - 1} x {cols + kCols - 1}) mode. " +
            $"{char.ToUpperInvariant(valid[0])}{valid[1..]}.";
    }

    /// <summary>Words for an exception thrown by ImConv.</summary>
    private static string ImConvException(Exception e, string name, bool squareCaseRan)
    {
        string threw = $"On {name}, ImConv threw {e.GetType().Name}{StudentCode.Where(e)}";
        if (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            string swapped = squareCaseRan
                ? " It ran on the square 3 x 3 case but fails on this non-square one: rows and columns are probably swapped somewhere " +
                  "(im.GetLength(0) is the number of ROWS; rows go with r and i, columns with c and j)."
                : string.Empty;
            return $"{threw}: the loops run past the edge of an array.{swapped} Check the output size formula, outRows = iH - kH + 1 and outCols = iW - kW + 1; " +
                "that every loop uses < (r < outRows, i < kRows), not <=; and that the window reads im[r + i, c + j], not im[r + i + 1, c + j + 1] or im[r + i - 1, c + j - 1].";
        }

        if (e is NullReferenceException)
        {
            return $"{threw}: something is null. Did you create the result array (new double[outRows, outCols]) before writing into it?";
        }

        return $"{threw}: {e.Message}";
    }
}
