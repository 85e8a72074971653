namespace Convolution.Teaching.Fast;

/// <summary>The forward transform's stages: decimation in frequency, natural order in, bit-reversed out.</summary>
internal readonly struct FftForward : IFftDirection
{
    public static bool IsInverse => false;
}
