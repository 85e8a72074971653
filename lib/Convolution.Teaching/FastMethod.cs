namespace Convolution.Teaching;

/// <summary>
/// How <see cref="FastFilters"/> sums the products: straight from the definition, or through the
/// convolution theorem. Both give the reference's result up to float rounding.
/// </summary>
public enum FastMethod
{
    /// <summary>
    /// Whichever the cost model (calibrated on an AVX-512 machine, see <c>Fast/FftCost.cs</c>) says is
    /// faster: the direct loop for small and separable kernels, the FFT for large dense ones.
    /// </summary>
    Auto,

    /// <summary>The direct loop: kH x kW multiply-adds a pixel (kH + kW for a separable kernel).</summary>
    Direct,

    /// <summary>
    /// The frequency domain: the padded image cut into overlapping tiles, each transformed, multiplied by
    /// the kernel's spectrum and transformed back (overlap-save); about log2 of the tile size in work a
    /// pixel, whatever the kernel's size. Values the transform cannot hold (a NaN or infinity, which it would spread over a
    /// whole tile; magnitudes beyond about 2^60, or a kernel below about 2^-60) take the direct loop even when this is forced.
    /// </summary>
    Fft,
}
