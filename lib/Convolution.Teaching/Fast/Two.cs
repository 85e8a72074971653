namespace Convolution.Teaching.Fast;

/// <summary>2 as a type.</summary>
internal readonly struct Two : ICount
{
    public static int Value => 2;
}
