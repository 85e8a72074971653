using Convolution.Teaching.Tests.Fast.Support;

namespace Convolution.Teaching.Tests.Fast;

/// <summary>Bad input gets the same kind of exception as <see cref="Filters"/>, naming the parameter.</summary>
public class FastFiltersValidationTests
{
    private static readonly float[,] Image = Cases.Image((17, 3));
    private static readonly float[,] Kernel3 = Cases.Kernel((3, 3));

    [Fact]
    public void Null_or_empty_image_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("image", () => FastFilters.Correlate(null!, Kernel3));
        Assert.Throws<ArgumentException>("image", () => FastFilters.Correlate(new float[0, 3], Kernel3));
    }

    [Fact]
    public void Null_empty_or_non_finite_kernel_is_rejected()
    {
        var nan = new float[3, 3];
        nan[1, 2] = float.NaN;
        var infinite = new float[1, 2];
        infinite[0, 1] = float.PositiveInfinity;

        Assert.Throws<ArgumentNullException>("kernel", () => FastFilters.Correlate(Image, null!));
        Assert.Throws<ArgumentException>("kernel", () => FastFilters.Convolve(Image, new float[2, 0]));
        Assert.Contains("NaN", Assert.Throws<ArgumentException>("kernel", () => FastFilters.Correlate(Image, nan)).Message);
        Assert.Contains("infinite", Assert.Throws<ArgumentException>("kernel", () => FastFilters.Convolve(Image, infinite)).Message);
    }

    [Fact]
    public void Valid_mode_with_a_kernel_wider_than_the_image_is_rejected_like_the_reference()
    {
        float[,] wide = Cases.Kernel((3, 4));

        var fast = Assert.Throws<ArgumentException>("kernel", () => FastFilters.Correlate(Image, wide, OutputMode.Valid));
        var reference = Assert.Throws<ArgumentException>("kernel", () => Filters.Correlate(Image, wide, OutputMode.Valid));

        Assert.Equal(reference.Message, fast.Message);
    }

    [Fact]
    public void Unknown_mode_or_border_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("mode", () => FastFilters.Correlate(Image, Kernel3, (OutputMode)7));
        Assert.Throws<ArgumentOutOfRangeException>("border", () => FastFilters.Correlate(Image, Kernel3, OutputMode.Same, (BorderMode)9));
    }

    [Fact]
    public void Destination_of_the_wrong_shape_or_the_image_itself_is_rejected()
    {
        var square = new float[17, 17];

        var wrong = Assert.Throws<ArgumentException>("destination", () => FastFilters.Correlate(Image, Kernel3, new float[17, 4], OutputMode.Same));
        Assert.Contains("new float[17, 3]", wrong.Message);
        Assert.Throws<ArgumentNullException>("destination", () => FastFilters.Correlate(Image, Kernel3, null!, OutputMode.Same));
        Assert.Throws<ArgumentException>("destination", () => FastFilters.Correlate(square, Kernel3, square, OutputMode.Same));
    }

    [Fact]
    public void Separable_factors_must_be_non_empty_and_finite()
    {
        Assert.Throws<ArgumentNullException>("rowKernel", () => FastFilters.CorrelateSeparable(Image, null!, [1f]));
        Assert.Throws<ArgumentException>("columnKernel", () => FastFilters.CorrelateSeparable(Image, [1f], []));
        Assert.Throws<ArgumentException>("rowKernel", () => FastFilters.CorrelateSeparable(Image, [1f, float.NaN], [1f]));
        Assert.Throws<ArgumentException>("kernel", () => FastFilters.CorrelateSeparable(Image, [1f, 2f, 3f, 4f], [1f], OutputMode.Valid));
    }

    [Fact]
    public void Span_arguments_that_do_not_add_up_are_rejected()
    {
        float[] image = new float[17 * 3], kernel = new float[9], destination = new float[17 * 3];

        Assert.Throws<ArgumentOutOfRangeException>("imageStride", () => FastFilters.Correlate(image, 17, 3, 2, kernel, 3, 3, destination, 3, OutputMode.Same));
        Assert.Throws<ArgumentException>("image", () => FastFilters.Correlate(image, 18, 3, 3, kernel, 3, 3, new float[18 * 3], 3, OutputMode.Same));
        Assert.Throws<ArgumentException>("kernel", () => FastFilters.Correlate(image, 17, 3, 3, kernel, 2, 3, destination, 3, OutputMode.Same));
        Assert.Throws<ArgumentException>("destination", () => FastFilters.Correlate(image, 17, 3, 3, kernel, 3, 3, new float[10], 3, OutputMode.Same));
        Assert.Throws<ArgumentOutOfRangeException>("rows", () => FastFilters.Correlate(image, 0, 3, 3, kernel, 3, 3, destination, 3, OutputMode.Same));
        Assert.Throws<ArgumentException>("destination", () => FastFilters.Correlate(image, 17, 3, 3, kernel, 3, 3, image, 3, OutputMode.Same));
    }

    [Fact]
    public void Options_out_of_range_are_rejected_when_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>("MaxDegreeOfParallelism", () => new FastOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("MinWorkPerThread", () => new FastOptions { MinWorkPerThread = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("BlockRows", () => new FastOptions { BlockRows = 5 });
    }

    // Found reading the span checks for issue 22: kernelRows * kernelCols in int wraps (65536 * 65537 = 65536 mod 2^32),
    // so a 65536-float span passed as a 65536 x 65537 kernel, and the loops would read past it.
    [Fact]
    public void A_kernel_size_whose_product_wraps_an_int_is_refused_by_name()
    {
        var image = new float[4];
        var kernel = new float[65536];
        var destination = new float[4];

        var e = Assert.ThrowsAny<ArgumentException>(() => FastFilters.Correlate(image, 2, 2, 2, kernel, 65536, 65537, destination, 2, OutputMode.Same));

        Assert.True(e.ParamName == "kernel", $"{e.GetType().Name} naming '{e.ParamName}': {e.Message}");
    }
}
