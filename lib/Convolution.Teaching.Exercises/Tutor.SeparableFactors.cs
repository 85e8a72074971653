using System.Globalization;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// Lesson 8: the 5 x 5 binomial Gaussian (<see cref="Kernels.Binomial5x5"/>) as a column times a row, the two 1D
    /// kernels a separable filter runs one after the other. Any pair whose outer product is the kernel is right (the
    /// 1/256 may be split between them in any way); a product of the right shape but the wrong scale is told by its
    /// factor, and other values by where they differ, with no cause named.
    /// </summary>
    /// <param name="column">Your column kernel, top to bottom (null or empty: not answered yet).</param>
    /// <param name="row">Your row kernel, left to right.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckSeparableFactors(double[]? column, double[]? row) => Graded("separable-factors", [column, row], () => SeparableFactorsVerdict(column, row));

    private static CheckResult SeparableFactorsVerdict(double[]? column, double[]? row)
    {
        var feedback = new Feedback("Separable factors");
        double[,] target = Kernels.Binomial5x5();
        if (column is not { Length: > 0 } || row is not { Length: > 0 } || column.Concat(row).Any(v => !double.IsFinite(v)))
        {
            return feedback.Fail("You have not answered yet: write the column and the row (5 numbers each) in the cell above, run it, then run this check again.",
                "Hint: the 5 x 5 kernel's first row is [1, 4, 6, 4, 1] / 256, and every row is that row times a number.");
        }

        if (column.Length != 5 || row.Length != 5)
        {
            return feedback.Fail($"A column of {column.Length} times a row of {row.Length} is a {column.Length} x {row.Length} kernel; the binomial kernel is 5 x 5, " +
                "so each factor needs 5 numbers.");
        }

        double[,] product = Arrays.Map(target, (r, c, _, _) => column[r] * row[c]);
        if (NumberText.MaxDifference(product, target) <= 1e-12)
        {
            feedback.Ok($"column {NumberText.Inline(column)} times row {NumberText.Inline(row)} gives every one of the 25 entries (the middle one: {NumberText.Num(column[2])} x {NumberText.Num(row[2])} = 36/256).");
            feedback.Note("A separable filter runs the column (5 multiply-adds a pixel), then the row (5 more): 10 instead of 25.");
            return feedback.Pass("Right: the binomial Gaussian is a column times a row.");
        }

        // The same shape with every entry off by one factor: a scale mistake, which the factor names.
        double scale = product[2, 2] / target[2, 2];
        if (double.IsFinite(scale) && scale != 0 && NumberText.MaxDifference(product, Arrays.Map(target, (r, c, _, _) => scale * target[r, c])) <= 1e-12 * Math.Abs(scale))
        {
            string factor = scale.ToString("0.######", CultureInfo.InvariantCulture);
            string why = Math.Abs(scale - 256) < 1e-9
                ? "The numbers [1, 4, 6, 4, 1] times [1, 4, 6, 4, 1] sum to 256: divide by 256 once (say, each factor by 16)."
                : Math.Abs(scale - (1.0 / 256)) < 1e-12
                    ? "You divided by 256 twice: once, shared between the two factors, is enough (each by 16)."
                    : "The kernel's 25 entries must sum to 1, so that a flat region keeps its brightness.";
            return feedback.Fail($"Right shape, wrong scale: your product is the kernel times {factor} (its entries sum to {NumberText.Num(Sum(product))}, not 1). {why}");
        }

        var (r0, c0) = NumberText.FirstDifference(product, target) ?? (0, 0);
        var (yours, right) = NumberText.Distinct(product[r0, c0], target[r0, c0]);
        return feedback.Fail($"Your column times your row is not the binomial kernel: at ({r0}, {c0}) it gives {yours}, the kernel has {right}. " +
            "Each entry is column[r] x row[c]; look at the kernel's first row and first column.");
    }

    private static double Sum(double[,] a) => a.Cast<double>().Sum();
}
