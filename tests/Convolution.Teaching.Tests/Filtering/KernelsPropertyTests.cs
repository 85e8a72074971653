using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests;

/// <summary>
/// The kernels on generated sizes (int extremes included) and sigmas (tiny, huge, subnormal, NaN, infinite): a finite
/// size x size kernel that sums to what its docs say, or an ArgumentException naming size or sigma and the fix.
/// </summary>
public sealed class KernelsPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Box_identity_and_gaussian_are_finite_and_sum_to_one_or_name_the_wrong_argument()
    {
        var gen = Gen.Select(Generated.IntOrExtreme(-3, 31), Gen.Frequency((3, Gen.Double[0, 20]), (1, Gen.Double[1e-300, 1e-3]), (1, Gen.OneOf(Generated.SpecialDoubles))));
        Property.Check(output, "Kernels.BoxBlur/Identity/Gaussian", gen, t =>
        {
            var (size, sigma) = t;
            bool sizeWrong = size < 1 || (long)size * size > Array.MaxLength;
            var sizeOnly = sizeWrong ? new[] { "size" } : [];
            Outcome.Expect($"BoxBlur({size})", size, sizeOnly, () => Kernels.BoxBlur(size), k => SumsToOne($"BoxBlur({size})", k, size));
            Outcome.Expect($"Identity({size})", size, sizeOnly, () => Kernels.Identity(size), k => SumsToOne($"Identity({size})", k, size));
            var gaussianWrong = new List<string>();
            if (sizeWrong || size % 2 == 0)
            {
                gaussianWrong.Add("size");
            }

            if (!double.IsFinite(sigma))
            {
                gaussianWrong.Add("sigma");
            }

            Outcome.Expect($"Gaussian({size}, {sigma:R})", size, gaussianWrong, () => Kernels.Gaussian(size, sigma), k => SumsToOne($"Gaussian({size}, {sigma:R})", k, size));
        }, ciIterations: 300);
    }

    private static void SumsToOne(string what, double[,] kernel, int size)
    {
        if (kernel.GetLength(0) != size || kernel.GetLength(1) != size)
        {
            throw new XunitException($"{what}: {kernel.GetLength(0)} x {kernel.GetLength(1)}, not {size} x {size}.");
        }

        if (kernel.Cast<double>().Any(v => !double.IsFinite(v)) || Math.Abs(Arrays.Sum(kernel) - 1) > 1e-9)
        {
            throw new XunitException($"{what}: sums to {Arrays.Sum(kernel)} or holds a value that is not finite; the docs say it sums to 1.");
        }
    }
}
