namespace Convolution.Teaching;

/// <summary>
/// How large the result of a correlation or convolution is, named as in <c>numpy.convolve</c>
/// and <c>scipy.signal.correlate2d</c>. For an image of H x W and a kernel of kH x kW:
/// </summary>
public enum OutputMode
{
    /// <summary>
    /// Every position where the kernel overlaps the image by at least one pixel:
    /// (H + kH - 1) x (W + kW - 1). Pixels outside the image come from the <see cref="BorderMode"/>.
    /// </summary>
    Full,

    /// <summary>
    /// One output pixel per input pixel: H x W, with the kernel's anchor (kH / 2, kW / 2) over each
    /// input pixel. This is what OpenCV's <c>filter2D</c> returns.
    /// </summary>
    Same,

    /// <summary>
    /// Only the positions where the whole kernel lies inside the image: (H - kH + 1) x (W - kW + 1).
    /// No border pixels are invented. This is the lesson's <c>im_conv</c>.
    /// </summary>
    Valid,
}
