using System.Diagnostics;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// The hand-sized case of the Hysteresis exercise, thresholds 100 and 200: one strong pixel (250) with a weak chain
    /// going up-left through diagonals and one going right, a weak pixel alone (120), a pixel equal to high (200) with a
    /// weak neighbour, and a pixel equal to low (100) at the end of the diagonal chain. The right edges are the strong
    /// pixel and its two chains: (1, 1), (2, 2), (3, 3), (3, 4) and (3, 5).
    /// </summary>
    public static double[,] HysteresisHandCase() => Arrays.FromRows<double>(
        [100, 0, 0, 0, 0, 0, 0, 0],
        [0, 150, 0, 0, 0, 0, 120, 0],
        [0, 0, 150, 0, 0, 0, 0, 0],
        [0, 0, 0, 250, 150, 150, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 200],
        [0, 0, 0, 0, 0, 0, 150, 0]);

    /// <summary>
    /// Checks <c>Hysteresis(thin, low, high)</c>: from a thinned gradient magnitude and two thresholds, the edge map of
    /// <c>cv2.Canny</c>: 255 at every strong pixel (magnitude &gt; high) and at every weak pixel (low &lt; magnitude &lt;= high)
    /// joined to a strong one through 8-connected weak pixels, 0 elsewhere. Runs <see cref="HysteresisHandCase"/>, the same
    /// case turned half a circle (so growth against either scan direction shows), a seeded random 10 x 12 case whose
    /// magnitudes are multiples of 50 (ties with both thresholds), and the lesson's thinned cat (thresholds 100 and 200).
    /// Names a mistake only when every case agrees with it: 4-connected, one pass instead of growing until stable, weak
    /// pixels kept without a strong neighbour, only strong pixels kept, thresholds not strict, edges 1 instead of 255,
    /// the double threshold returned as it is; and, on the first case that shows them, an exception, null, the wrong
    /// size, the input changed, a loop that never ends.
    /// </summary>
    /// <param name="hysteresis">Your function, e.g. <c>Hysteresis</c>.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckHysteresis(Func<double[,], double, double, byte[,]> hysteresis) =>
        Graded("hysteresis", [], () => CheckHysteresis(hysteresis, StudentCode.SmallCaseLimit));

    /// <summary><see cref="CheckHysteresis(Func{double[,], double, double, byte[,]})"/> with a chosen time limit for the small cases.</summary>
    internal static CheckResult CheckHysteresis(Func<double[,], double, double, byte[,]> hysteresis, TimeSpan smallLimit)
    {
        ArgumentNullException.ThrowIfNull(hysteresis);
        var feedback = new Feedback("Hysteresis");
        var cases = HysteresisCases();
        var results = new List<byte[,]>();
        var rights = new List<byte[,]>(); // the right edge map of each case that ran, made once
        int firstWrong = -1;
        for (int i = 0; i < cases.Count; i++)
        {
            var (name, thin, low, high) = cases[i];
            TimeSpan limit = smallLimit + TimeSpan.FromTicks(thin.Length * 1000L); // 100 microseconds a pixel on top
            double[,] given = NumberText.Copy(thin);
            var clock = Stopwatch.StartNew();
            Outcome<byte[,]> outcome = StudentCode.Run(() => hysteresis(given, low, high), limit, given, low, high);
            if (StudentCode.HandedToLibrary(outcome, "Hysteresis", "Edges.Hysteresis", "Cv.Canny") is { } handed)
            {
                return feedback.Fail(handed);
            }

            if (HysteresisCertainProblem(outcome, name, thin, given, limit) is { } problem)
            {
                return feedback.Fail(problem);
            }

            byte[,] yours = outcome.Value!;
            byte[,] right = Edges.Hysteresis(Edges.DoubleThreshold(thin, low, high));
            results.Add(yours);
            rights.Add(right);
            if (!SameBytes(yours, right))
            {
                firstWrong = firstWrong < 0 ? i : firstWrong;
                continue;
            }

            int edges = right.Cast<byte>().Count(v => v != 0);
            feedback.Ok($"{name}: all {edges} edge pixels right, in {clock.ElapsedMilliseconds} ms.");
        }

        if (firstWrong >= 0)
        {
            return feedback.Fail(HysteresisDiagnosis(cases, results, rights, firstWrong));
        }

        return feedback.Pass("Right: the strong pixels start the edges, and every weak pixel joined to them through its 8 neighbours is kept, " +
            "however long the chain; a magnitude equal to a threshold is not above it, as in cv2.Canny.");
    }

    /// <summary>The cases, hand-sized first; the cat's thinned magnitude when the picture is embedded.</summary>
    private static List<(string Name, double[,] Thin, double Low, double High)> HysteresisCases()
    {
        double[,] hand = HysteresisHandCase();
        double[,] noise = Arrays.Random(10, 12, seed: 11);
        var cases = new List<(string, double[,], double, double)>
        {
            ("the 6 x 8 hand case (thresholds 100 and 200)", hand, 100, 200),
            ("the hand case turned half a circle", Arrays.Flip(hand), 100, 200),
            ("a random 10 x 12 case (magnitudes 0, 50, ..., 250, seed 11; thresholds 100 and 200)",
                Arrays.Map(noise, (r, c, _, _) => 50.0 * (int)(noise[r, c] * 6)), 100, 200),
        };
        if (LessonImage.Cat(out _) is { } cat)
        {
            double[,] smooth = Edges.Smooth(cat);
            double[,] gx = Edges.GradientX(smooth), gy = Edges.GradientY(smooth);
            double[,] thin = Edges.NonMaximumSuppression(Edges.Magnitude(gx, gy), Edges.DirectionBins(gx, gy));
            cases.Add(($"the thinned cat ({NumberText.Shape(thin)}, thresholds 100 and 200)", thin, 100, 200));
        }

        return cases;
    }

    /// <summary>A problem that one case proves by itself: no answer, an exception, null, the wrong size, the input changed.</summary>
    private static string? HysteresisCertainProblem(Outcome<byte[,]> outcome, string name, double[,] thin, double[,] after, TimeSpan limit)
    {
        if (ModelVerdict.Unfinished(outcome, "Hysteresis", limit, name) is { } unfinished)
        {
            return unfinished;
        }

        if (outcome.Error is { } e)
        {
            string where = $"On {name}, Hysteresis threw {e.GetType().Name}{StudentCode.Where(e)}";
            return e is IndexOutOfRangeException or ArgumentOutOfRangeException
                ? $"{where}: a neighbour was read outside the image. Before reading thin[r + dr, c + dc], check 0 <= r + dr < rows and 0 <= c + dc < cols."
                : $"{where}: {e.Message}";
        }

        if (!NumberText.Same(after, thin))
        {
            return $"On {name}, Hysteresis changed its input thin: keep it as it is and write the edges into a new byte[rows, cols] array.";
        }

        if (outcome.Value is not { } yours)
        {
            return $"On {name}, Hysteresis returned null: return the edge map you filled (return edges;).";
        }

        return yours.GetLength(0) != thin.GetLength(0) || yours.GetLength(1) != thin.GetLength(1)
            ? $"On {name}, your edge map is {NumberText.Shape(yours)} but the magnitude is {NumberText.Shape(thin)}: the edge map has one pixel for each pixel of thin."
            : null;
    }

    /// <summary>The one mistake every case agrees with, or the first wrong pixel and why it is wrong.</summary>
    private static string HysteresisDiagnosis(List<(string Name, double[,] Thin, double Low, double High)> cases, List<byte[,]> results, List<byte[,]> rights, int firstWrong)
    {
        var (name, thin, low, high) = cases[firstWrong];
        string evidence = HysteresisEvidence(results[firstWrong], rights[firstWrong], thin, low, high);
        var named = HysteresisMistakes.All
            .Where(model => cases.Select((k, i) => SameBytes(results[i], model.Result(k.Thin, k.Low, k.High))).All(same => same))
            .Select(model => model.Diagnosis)
            .Distinct()
            .ToList();
        if (named.Count == 1)
        {
            return $"On {name}, {named[0]} ({evidence}.)";
        }

        string could = named.Count > 1 ? " It matches more than one known mistake: " + string.Join(" Or: ", named) : string.Empty;
        return $"On {name}, the edge map is wrong: {evidence}.{could} Work that pixel out by hand: is it strong (> high), weak (> low, not > high), " +
            "or neither, and if weak, does a chain of weak pixels, each touching the next in one of its 8 neighbours, lead to a strong one?";
    }

    /// <summary>"at (1, 1), magnitude 150, weak and joined to a strong pixel by a chain of weak ones, the edge map should be 255 and yours is 0".</summary>
    private static string HysteresisEvidence(byte[,] yours, byte[,] right, double[,] thin, double low, double high)
    {
        byte[,] classes = Edges.DoubleThreshold(thin, low, high);
        for (int r = 0; r < right.GetLength(0); r++)
        {
            for (int c = 0; c < right.GetLength(1); c++)
            {
                if (yours[r, c] == right[r, c])
                {
                    continue;
                }

                string why = classes[r, c] switch
                {
                    Edges.Strong => "strong (above high), so always an edge",
                    Edges.Weak when right[r, c] != 0 => "weak (above low, not above high) and joined to a strong pixel by a chain of weak ones",
                    Edges.Weak => "weak (above low, not above high) but joined to no strong pixel",
                    _ => "not above low, so never an edge",
                };
                return $"at ({r}, {c}), magnitude {NumberText.Num(thin[r, c])}, {why}, the edge map should be {right[r, c]} and yours is {yours[r, c]}";
            }
        }

        return "every pixel is right";
    }

    private static bool SameBytes(byte[,] a, byte[,] b) =>
        a.GetLength(0) == b.GetLength(0) && a.GetLength(1) == b.GetLength(1) && a.Cast<byte>().SequenceEqual(b.Cast<byte>());
}
