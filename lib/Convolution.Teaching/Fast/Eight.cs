namespace Convolution.Teaching.Fast;

/// <summary>8 as a type.</summary>
internal readonly struct Eight : ICount
{
    public static int Value => 8;
}
