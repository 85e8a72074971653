namespace Convolution.Teaching.Fast;

/// <summary>4 as a type.</summary>
internal readonly struct Four : ICount
{
    public static int Value => 4;
}
