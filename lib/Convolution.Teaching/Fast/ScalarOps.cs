using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Add(float a, float b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Subtract(float a, float b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Multiply(float a, float b) => a * b;
}
