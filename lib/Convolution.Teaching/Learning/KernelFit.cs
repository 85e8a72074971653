namespace Convolution.Teaching;

/// <summary>What <see cref="KernelFit.Learn"/> found.</summary>
/// <param name="Kernel">The learned kernel.</param>
/// <param name="Start">The random kernel it started from.</param>
/// <param name="Loss">The loss before each step, then after the last: steps + 1 values.</param>
public sealed record KernelFitResult(double[,] Kernel, double[,] Start, double[] Loss);

/// <summary>
/// Learns a kernel from examples, the way a network's convolution layer learns its weights, in plain loops: given an input
/// image and what some unknown kernel made of it (valid-mode correlation), start from a random kernel and take steps of
/// gradient descent on the mean squared error.
/// </summary>
/// <remarks>
/// With <c>e = Filters.CorrelateValid(input, w) - target</c> over the N output pixels, the loss is <c>L = (1/N) sum e^2</c>
/// and its slope along one weight is <c>dL/dw[i, j] = (2/N) sum over r, c of e[r, c] * input[r + i, c + j]</c>: each weight
/// moves against the correlation of the error with the pixels it multiplies. The loss is a bowl in the weights, so a small
/// enough learning rate always walks down to its one lowest point.
/// </remarks>
public static class KernelFit
{
    /// <summary>Gradient descent from a kernel of uniform random weights in [-1, 1) made from <paramref name="seed"/>.</summary>
    /// <param name="input">The input image (values near 0..1 suit a learning rate near 0.5).</param>
    /// <param name="target">The output to reproduce: the valid-mode correlation of <paramref name="input"/> with the unknown kernel.</param>
    /// <param name="kernelRows">The kernel's rows.</param>
    /// <param name="kernelCols">The kernel's columns.</param>
    /// <param name="steps">How many steps to take, 0 or more.</param>
    /// <param name="learningRate">How far each step goes along the negative gradient; positive.</param>
    /// <param name="seed">The seed of the starting kernel.</param>
    /// <exception cref="ArgumentException">The target is not the valid-mode size of the input and kernel, or a setting is out of range.</exception>
    public static KernelFitResult Learn(double[,] input, double[,] target, int kernelRows, int kernelCols, int steps, double learningRate, int seed)
    {
        Guard.NotEmpty(input, nameof(input));
        Guard.NotEmpty(target, nameof(target));
        Guard.Positive(kernelRows, nameof(kernelRows));
        Guard.Positive(kernelCols, nameof(kernelCols));
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "learningRate must be a positive number, e.g. 0.5.");
        }

        var (rows, cols) = Filters.Shape(input.GetLength(0), input.GetLength(1), kernelRows, kernelCols, OutputMode.Valid);
        if (target.GetLength(0) != rows || target.GetLength(1) != cols)
        {
            throw new ArgumentException(
                $"target is {target.GetLength(0)} x {target.GetLength(1)}, but a {kernelRows} x {kernelCols} kernel on the {input.GetLength(0)} x {input.GetLength(1)} input gives {rows} x {cols} in valid mode.",
                nameof(target));
        }

        var random = new Random(seed);
        double[,] start = Arrays.Map(new double[kernelRows, kernelCols], (_, _, _, _) => (2 * random.NextDouble()) - 1);
        double[,] kernel = (double[,])start.Clone();
        var losses = new double[steps + 1];
        double n = rows * (double)cols;
        for (int step = 0; step <= steps; step++)
        {
            // Forward: what the current kernel makes, and how far it is from the target.
            double[,] error = Arrays.Subtract(Filters.CorrelateAnchored(input, kernel, OutputMode.Valid, BorderMode.Constant, 0.0, 0, 0), target);
            losses[step] = error.Cast<double>().Sum(e => e * e) / n;
            if (step == steps)
            {
                break;
            }

            // Backward: the slope of the loss along each weight, then one step downhill.
            for (int i = 0; i < kernelRows; i++)
            {
                for (int j = 0; j < kernelCols; j++)
                {
                    double slope = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            slope += error[r, c] * input[r + i, c + j];
                        }
                    }

                    kernel[i, j] -= learningRate * 2 * slope / n;
                }
            }
        }

        return new KernelFitResult(kernel, start, losses);
    }
}
