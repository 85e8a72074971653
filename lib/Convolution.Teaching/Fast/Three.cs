namespace Convolution.Teaching.Fast;

/// <summary>3 as a type.</summary>
internal readonly struct Three : ICount
{
    public static int Value => 3;
}
