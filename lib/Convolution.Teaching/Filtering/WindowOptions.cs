namespace Convolution.Teaching;

/// <summary>
/// Where a correlation window lands, in the words of deep-learning layers (PyTorch's <c>Conv2d</c> uses the same three):
/// <see cref="Padding"/> pixels are invented on every side first, the window moves <see cref="Stride"/> pixels at a time,
/// and its taps are <see cref="Dilation"/> pixels apart. The same value is used along rows and columns.
/// </summary>
/// <remarks>
/// Along one axis, an input of n pixels and a kernel of k taps give
/// <c>floor((n + 2p - d(k - 1) - 1) / s) + 1</c> outputs (<see cref="Filters.OutputSize"/>). With the defaults
/// (stride 1, dilation 1, no padding) the result is <see cref="OutputMode.Valid"/>'s.
/// </remarks>
/// <param name="Stride">How many pixels the window moves between outputs, s; at least 1.</param>
/// <param name="Dilation">How many pixels apart the kernel's taps land, d; at least 1 (1: side by side, as in every earlier lesson).</param>
/// <param name="Padding">How many pixels are invented on each of the four sides before the window slides, p; 0 or more.</param>
/// <param name="Border">How the padding's pixels are invented; deep-learning layers use zeros, <see cref="BorderMode.Constant"/>.</param>
public sealed record WindowOptions(int Stride = 1, int Dilation = 1, int Padding = 0, BorderMode Border = BorderMode.Constant);
