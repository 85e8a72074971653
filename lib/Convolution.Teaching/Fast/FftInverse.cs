namespace Convolution.Teaching.Fast;

/// <summary>The inverse transform's stages: decimation in time, bit-reversed order in, natural out.</summary>
internal readonly struct FftInverse : IFftDirection
{
    public static bool IsInverse => true;
}
