namespace Convolution.Teaching.Fast;

/// <summary>
/// The handful of vector operations the fast kernels need, one struct per vector width. The kernels
/// are generic over this interface; because every implementation is a struct, the JIT compiles a
/// separate copy of each kernel per width with these calls inlined to single instructions.
/// </summary>
/// <typeparam name="TV">The vector type (or <see cref="float"/> for the scalar path).</typeparam>
internal interface ISimd<TV>
    where TV : struct
{
    /// <summary>Floats in one vector.</summary>
    static abstract int Count { get; }

    /// <summary>A vector of zeros.</summary>
    static abstract TV Zero { get; }

    /// <summary>Loads <see cref="Count"/> floats starting <paramref name="offset"/> floats after <paramref name="source"/>.</summary>
    static abstract TV Load(ref float source, nint offset);

    /// <summary>Stores <paramref name="value"/> starting <paramref name="offset"/> floats after <paramref name="destination"/>.</summary>
    static abstract void Store(TV value, ref float destination, nint offset);

    /// <summary>A vector with <paramref name="value"/> in every lane.</summary>
    static abstract TV Broadcast(float value);

    /// <summary><c>a * b + addend</c>, fused into one instruction where the hardware has FMA.</summary>
    static abstract TV MultiplyAdd(TV a, TV b, TV addend);

    /// <summary><c>a + b</c>, lane by lane.</summary>
    static abstract TV Add(TV a, TV b);

    /// <summary><c>a - b</c>, lane by lane.</summary>
    static abstract TV Subtract(TV a, TV b);

    /// <summary><c>a * b</c>, lane by lane.</summary>
    static abstract TV Multiply(TV a, TV b);
}
