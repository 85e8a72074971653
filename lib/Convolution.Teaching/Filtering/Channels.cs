namespace Convolution.Teaching;

/// <summary>
/// Correlation of images with several channels (red, green, blue; or a layer's feature maps), as a convolution layer of a
/// neural network computes it. A layer's kernel has one 2D slice per input channel, C_in x kH x kW: each slice is
/// correlated with its own channel and the C_in results are <b>added</b> into one output map. A layer with C_out such
/// kernels makes C_out maps.
/// </summary>
public static class Channels
{
    /// <summary>An image's three channels as numbers, in the order red, green, blue.</summary>
    /// <param name="image">The image's channels, e.g. from <see cref="Images.LoadChannels"/>.</param>
    /// <returns>Three new arrays.</returns>
    public static double[][,] Split(ColorChannels image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return [Conversions.ToDouble(image.Red), Conversions.ToDouble(image.Green), Conversions.ToDouble(image.Blue)];
    }

    /// <summary>
    /// One output map: <c>bias + sum over channels ch of Filters.Correlate(input[ch], kernel[ch], window)</c>.
    /// </summary>
    /// <param name="input">C_in channels of one size.</param>
    /// <param name="kernel">C_in slices of one size, one per channel.</param>
    /// <param name="bias">Added to every output pixel once (not once per channel).</param>
    /// <param name="window">Stride, dilation and padding; null for stride 1, dilation 1 and no padding (valid mode).</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentException">No channels, channels of different sizes, or a kernel with another number of slices than the input has channels.</exception>
    public static double[,] Correlate(double[][,] input, double[][,] kernel, double bias = 0, WindowOptions? window = null)
    {
        CheckStack(input, nameof(input));
        CheckStack(kernel, nameof(kernel));
        if (kernel.Length != input.Length)
        {
            throw new ArgumentException(
                $"The kernel has {kernel.Length} slices but the input has {input.Length} channels: a layer's kernel needs one slice per input channel (C_in x kH x kW).",
                nameof(kernel));
        }

        window ??= new WindowOptions();
        double[,] sum = Filters.Correlate(input[0], kernel[0], window);
        for (int ch = 1; ch < input.Length; ch++)
        {
            sum = Arrays.Add(sum, Filters.Correlate(input[ch], kernel[ch], window));
        }

        return Arrays.Map(sum, (r, c, _, _) => sum[r, c] + bias);
    }

    /// <summary>A whole layer: one map per kernel, <c>Correlate(input, kernels[o], biases[o], window)</c> for o = 0 .. C_out - 1.</summary>
    /// <param name="input">C_in channels of one size.</param>
    /// <param name="kernels">C_out kernels, each C_in slices.</param>
    /// <param name="biases">C_out biases, or null for none.</param>
    /// <param name="window">Stride, dilation and padding; null for valid mode.</param>
    /// <returns>C_out new maps.</returns>
    public static double[][,] Layer(double[][,] input, double[][][,] kernels, double[]? biases = null, WindowOptions? window = null)
    {
        ArgumentNullException.ThrowIfNull(kernels);
        if (kernels.Length == 0)
        {
            throw new ArgumentException("kernels is empty: a layer has at least one kernel (C_out >= 1).", nameof(kernels));
        }

        if (biases is not null && biases.Length != kernels.Length)
        {
            throw new ArgumentException($"{biases.Length} biases for {kernels.Length} kernels: give one bias per kernel, or none.", nameof(biases));
        }

        return kernels.Select((k, o) => Correlate(input, k, biases?[o] ?? 0, window)).ToArray();
    }

    /// <summary>
    /// How many numbers a layer learns: each of its C_out kernels has C_in x kH x kW weights and one bias,
    /// <c>C_out * (C_in * kH * kW + 1)</c> (without the + 1 when the layer has no bias).
    /// </summary>
    /// <param name="inputChannels">C_in.</param>
    /// <param name="outputChannels">C_out.</param>
    /// <param name="kernelRows">kH.</param>
    /// <param name="kernelCols">kW.</param>
    /// <param name="bias">Whether each kernel has a bias.</param>
    public static long ParameterCount(int inputChannels, int outputChannels, int kernelRows, int kernelCols, bool bias = true)
    {
        Guard.Positive(inputChannels, nameof(inputChannels));
        Guard.Positive(outputChannels, nameof(outputChannels));
        Guard.Positive(kernelRows, nameof(kernelRows));
        Guard.Positive(kernelCols, nameof(kernelCols));
        return (long)outputChannels * (((long)inputChannels * kernelRows * kernelCols) + (bias ? 1 : 0));
    }

    private static void CheckStack(double[][,] stack, string name)
    {
        ArgumentNullException.ThrowIfNull(stack, name);
        if (stack.Length == 0)
        {
            throw new ArgumentException($"{name} has no channels: give at least one 2D array.", name);
        }

        for (int ch = 0; ch < stack.Length; ch++)
        {
            Guard.NotEmpty(stack[ch], $"{name}[{ch}]");
            if (stack[ch].GetLength(0) != stack[0].GetLength(0) || stack[ch].GetLength(1) != stack[0].GetLength(1))
            {
                throw new ArgumentException(
                    $"{name}[{ch}] is {stack[ch].GetLength(0)} x {stack[ch].GetLength(1)} but {name}[0] is {stack[0].GetLength(0)} x {stack[0].GetLength(1)}: every channel must have one size.",
                    name);
            }
        }
    }
}
