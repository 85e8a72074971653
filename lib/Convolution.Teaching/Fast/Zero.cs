namespace Convolution.Teaching.Fast;

/// <summary>0 as a type.</summary>
internal readonly struct Zero : ICount
{
    public static int Value => 0;
}
