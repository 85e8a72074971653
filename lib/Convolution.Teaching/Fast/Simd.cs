using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
}

/// <summary>One float at a time: the fallback, and the path tests force to check the blocking logic.</summary>
internal readonly struct ScalarOps : ISimd<float>
{
    public static int Count => 1;

    public static float Zero => 0f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Load(ref float source, nint offset) => Unsafe.Add(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(float value, ref float destination, nint offset) => Unsafe.Add(ref destination, offset) = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Broadcast(float value) => value;

    // A plain multiply and add: MathF.FusedMultiplyAdd is emulated (slowly) where there is no FMA unit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MultiplyAdd(float a, float b, float addend) => (a * b) + addend;
}

/// <summary>128-bit vectors: 4 floats (SSE on x64, AdvSimd on Arm).</summary>
internal readonly struct Vector128Ops : ISimd<Vector128<float>>
{
    public static int Count => Vector128<float>.Count;

    public static Vector128<float> Zero => Vector128<float>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Load(ref float source, nint offset) => Vector128.LoadUnsafe(ref source, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<float> value, ref float destination, nint offset) => value.StoreUnsafe(ref destination, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Broadcast(float value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> MultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> addend) => Vector128.MultiplyAddEstimate(a, b, addend);
}

/// <summary>256-bit vectors: 8 floats (AVX2 on x64).</summary>
internal readonly struct Vector256Ops : ISimd<Vector256<float>>
{
    public static int Count => Vector256<float>.Count;

    public static Vector256<float> Zero => Vector256<float>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Load(ref float source, nint offset) => Vector256.LoadUnsafe(ref source, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<float> value, ref float destination, nint offset) => value.StoreUnsafe(ref destination, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Broadcast(float value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> addend) => Vector256.MultiplyAddEstimate(a, b, addend);
}

/// <summary>512-bit vectors: 16 floats (AVX-512 on x64).</summary>
internal readonly struct Vector512Ops : ISimd<Vector512<float>>
{
    public static int Count => Vector512<float>.Count;

    public static Vector512<float> Zero => Vector512<float>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load(ref float source, nint offset) => Vector512.LoadUnsafe(ref source, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<float> value, ref float destination, nint offset) => value.StoreUnsafe(ref destination, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Broadcast(float value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> addend) => Vector512.MultiplyAddEstimate(a, b, addend);
}
