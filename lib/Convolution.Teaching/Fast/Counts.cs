namespace Convolution.Teaching.Fast;

/// <summary>
/// A number carried as a type, so a generic kernel can be compiled once per block shape with its
/// loops over accumulators fully unrolled (C# has no constant generic parameters).
/// </summary>
internal interface ICount
{
    /// <summary>The number.</summary>
    static abstract int Value { get; }
}

/// <summary>1 as a type.</summary>
internal readonly struct One : ICount
{
    public static int Value => 1;
}

/// <summary>2 as a type.</summary>
internal readonly struct Two : ICount
{
    public static int Value => 2;
}

/// <summary>3 as a type.</summary>
internal readonly struct Three : ICount
{
    public static int Value => 3;
}

/// <summary>4 as a type.</summary>
internal readonly struct Four : ICount
{
    public static int Value => 4;
}

/// <summary>0 as a type.</summary>
internal readonly struct Zero : ICount
{
    public static int Value => 0;
}

/// <summary>8 as a type.</summary>
internal readonly struct Eight : ICount
{
    public static int Value => 8;
}
