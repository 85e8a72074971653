
namespace Convolution.Teaching.Tests;

public class KernelsTests
{
    private static readonly Dictionary<string, Func<double[,]>> Factories = new()
    {
        ["BoxBlur(3)"] = () => Kernels.BoxBlur(3),
        ["BoxBlur(5)"] = () => Kernels.BoxBlur(5),
        ["Identity(3)"] = () => Kernels.Identity(3),
        ["IdentityMinusBlur(3)"] = () => Kernels.IdentityMinusBlur(3),
        ["Sharpen(3)"] = () => Kernels.Sharpen(3),
        ["Binomial5x5"] = Kernels.Binomial5x5,
        ["Gaussian(7, 1.5)"] = () => Kernels.Gaussian(7, 1.5),
        ["Edge"] = Kernels.Edge,
        ["SobelX"] = Kernels.SobelX,
        ["SobelY"] = Kernels.SobelY,
        ["Laplacian"] = Kernels.Laplacian,
    };

    public static TheoryData<string> KernelNames() => new(Factories.Keys);

    [Fact]
    public void Hand_values_match_the_lesson()
    {
        Assert.Equal(Arrays.FromRows<double>([0, 0, 0], [0, 1, 0], [0, 0, 0]), Kernels.Identity());
        Assert.Equal(1.0, Kernels.Identity(4)[2, 2]); // anchor (n / 2, n / 2), as OpenCV puts it
        Assert.Equal(Arrays.Full(2, 2, 0.25), Kernels.BoxBlur(2));
        Assert.Equal(2 - (1.0 / 9), Kernels.Sharpen()[1, 1], 15);
        Assert.Equal(36.0 / 256, Kernels.Binomial5x5()[2, 2]);
        Assert.Equal(1.0 / 256, Kernels.Binomial5x5()[0, 4]);
        Assert.Equal(Arrays.FromRows<double>([-1, 0, 1], [-2, 0, 2], [-1, 0, 1]), Kernels.SobelX());
        Assert.Equal(Arrays.Transpose(Kernels.SobelX()), Kernels.SobelY());
    }

    [Theory]
    [InlineData("BoxBlur(3)", 1)]
    [InlineData("BoxBlur(5)", 1)]
    [InlineData("Identity(3)", 1)]
    [InlineData("IdentityMinusBlur(3)", 0)]
    [InlineData("Sharpen(3)", 1)]
    [InlineData("Binomial5x5", 1)]
    [InlineData("Gaussian(7, 1.5)", 1)]
    [InlineData("Edge", 0)]
    [InlineData("SobelX", 0)]
    [InlineData("SobelY", 0)]
    [InlineData("Laplacian", 0)]
    public void Each_kernel_sums_to_what_its_doc_says(string name, double sum)
    {
        Assert.Equal(sum, Arrays.Sum(Factories[name]()), 12);
    }

    [Theory]
    [MemberData(nameof(KernelNames))]
    public void Each_call_returns_a_fresh_array(string name)
    {
        double[,] first = Factories[name](), second = Factories[name]();

        first[0, 0] = 1234;

        Assert.NotSame(first, second);
        Assert.NotEqual(1234, second[0, 0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_sizes_are_rejected_by_name(int size)
    {
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => Kernels.BoxBlur(size)).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => Kernels.Identity(size)).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => Kernels.Gaussian(size)).ParamName);
    }

    [Fact]
    public void Gaussian_rejects_even_sizes_and_non_finite_sigma_saying_why()
    {
        var even = Assert.Throws<ArgumentException>(() => Kernels.Gaussian(4));
        var nan = Assert.Throws<ArgumentException>(() => Kernels.Gaussian(5, double.NaN));
        var infinite = Assert.Throws<ArgumentException>(() => Kernels.Gaussian(5, double.PositiveInfinity));

        Assert.Equal("size", even.ParamName);
        Assert.Contains("odd size", even.Message);
        Assert.Equal("sigma", nan.ParamName);
        Assert.Contains("finite", nan.Message);
        Assert.Equal("sigma", infinite.ParamName);
    }

    // Issue 22: 2 * sigma * sigma underflowed to 0, so the centre weight was exp(-0 / 0) = NaN and so was every entry.
    // A Gaussian narrower than a pixel puts all its weight on the centre: the identity, as a learner expects.
    [Theory]
    [InlineData(1e-200)]
    [InlineData(double.Epsilon)]
    [InlineData(1e-3)]
    public void Gaussian_with_a_sigma_far_below_a_pixel_is_the_identity(double sigma)
    {
        double[,] kernel = Kernels.Gaussian(5, sigma);

        Assert.Equal(Kernels.Identity(5), kernel);
    }
}
