namespace Convolution.Teaching.Tests;

/// <summary>Gradient descent recovers a kernel from an image and its filtered version, from a fixed seed.</summary>
public class KernelFitTests
{
    [Fact]
    public void It_recovers_one_minus_one_from_a_random_image_within_a_thousandth()
    {
        double[,] image = Arrays.Random(20, 20, 7);
        double[,] target = Filters.CorrelateValid(image, Arrays.FromRows<double>([1, -1]));

        KernelFitResult fit = KernelFit.Learn(image, target, 1, 2, steps: 300, learningRate: 0.5, seed: 10);

        // Tolerance 1e-3 on each weight, from seed 10's start.
        Assert.InRange(fit.Kernel[0, 0], 1 - 1e-3, 1 + 1e-3);
        Assert.InRange(fit.Kernel[0, 1], -1 - 1e-3, -1 + 1e-3);
        Assert.Equal(301, fit.Loss.Length);
        Assert.True(fit.Loss[^1] < 1e-6 * fit.Loss[0], $"loss went from {fit.Loss[0]} to {fit.Loss[^1]}");
    }

    [Fact]
    public void The_loss_never_rises_at_a_small_learning_rate()
    {
        double[,] image = Arrays.Random(12, 12, 8);
        double[,] target = Filters.CorrelateValid(image, Arrays.FromRows<double>([1, -1]));

        KernelFitResult fit = KernelFit.Learn(image, target, 1, 2, steps: 50, learningRate: 0.2, seed: 3);

        Assert.All(fit.Loss.Zip(fit.Loss.Skip(1)), p => Assert.True(p.Second <= p.First, $"{p.First} then {p.Second}"));
    }

    [Fact]
    public void The_first_loss_is_the_mean_squared_error_of_the_random_start_and_zero_steps_change_nothing()
    {
        // Image [[0, 1, 3]], target [[-1, -2]] ([1, -1] applied). Whatever the start w, the loss is the mean of the two squared errors.
        double[,] image = Arrays.FromRows<double>([0, 1, 3]);
        double[,] target = Arrays.FromRows<double>([-1, -2]);

        KernelFitResult fit = KernelFit.Learn(image, target, 1, 2, steps: 0, learningRate: 0.1, seed: 1);

        double w0 = fit.Start[0, 0], w1 = fit.Start[0, 1];
        double e0 = (0 * w0) + (1 * w1) + 1, e1 = (1 * w0) + (3 * w1) + 2;
        Assert.Equal(((e0 * e0) + (e1 * e1)) / 2, fit.Loss[0], 12);
        Assert.Equal(fit.Start, fit.Kernel);
    }

    [Fact]
    public void A_target_of_the_wrong_size_is_refused_with_the_size_it_needs()
    {
        var e = Assert.Throws<ArgumentException>(() => KernelFit.Learn(Arrays.Zeros(4, 4), Arrays.Zeros(4, 4), 1, 2, 1, 0.1, 0));

        Assert.Contains("gives 4 x 3 in valid mode", e.Message, StringComparison.Ordinal);
    }
}
