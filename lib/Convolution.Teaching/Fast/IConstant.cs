namespace Convolution.Teaching.Fast;

/// <summary>
/// A number carried as a type, so a generic kernel can be compiled once per block shape with its
/// loops over accumulators fully unrolled (C# has no constant generic parameters).
/// </summary>
internal interface IConstant
{
    /// <summary>The number.</summary>
    static abstract int Value { get; }
}
