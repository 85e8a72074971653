namespace Convolution.Teaching.Fast;

/// <summary>1 as a type.</summary>
internal readonly struct One : ICount
{
    public static int Value => 1;
}
