using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// The core's fused-multiply-add peak: 12 independent FMA chains on the widest accelerated vectors
/// (enough to cover the FMA latency of 4-5 cycles on 2 pipes), no loads, no stores. A convolution's
/// "percent of peak" is its 2 * kH * kW flops a pixel over this rate.
/// </summary>
public class FmaPeakBenchmarks
{
    /// <summary>Loop trips a call: 12 FMAs each.</summary>
    public const int Iterations = 2_000_000;

    /// <summary>Independent chains: FMAs a trip.</summary>
    public const int Chains = 12;

    /// <summary>Floats a vector on the path this machine accelerates.</summary>
    public static int Lanes => Vector512.IsHardwareAccelerated ? 16 : Vector256.IsHardwareAccelerated ? 8 : 4;

    /// <summary>Floating-point operations in one call (an FMA is 2 per lane).</summary>
    public static double FlopsPerCall => 2.0 * Lanes * Chains * Iterations;

    [Benchmark(Description = "FMA peak loop")]
    public float FmaPeak() => Lanes switch
    {
        16 => Loop512(),
        8 => Loop256(),
        _ => Loop128(),
    };

    // Each chain is a = a * m + c: it settles at c / (1 - m), so values stay normal (no slow denormals).
    private static float Loop512()
    {
        Vector512<float> m = Vector512.Create(0.999f), c = Vector512.Create(0.001f);
        Vector512<float> a0 = Vector512.Create(0.1f), a1 = a0 + c, a2 = a1 + c, a3 = a2 + c, a4 = a3 + c, a5 = a4 + c;
        Vector512<float> a6 = a5 + c, a7 = a6 + c, a8 = a7 + c, a9 = a8 + c, a10 = a9 + c, a11 = a10 + c;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Vector512.FusedMultiplyAdd(a0, m, c); a1 = Vector512.FusedMultiplyAdd(a1, m, c);
            a2 = Vector512.FusedMultiplyAdd(a2, m, c); a3 = Vector512.FusedMultiplyAdd(a3, m, c);
            a4 = Vector512.FusedMultiplyAdd(a4, m, c); a5 = Vector512.FusedMultiplyAdd(a5, m, c);
            a6 = Vector512.FusedMultiplyAdd(a6, m, c); a7 = Vector512.FusedMultiplyAdd(a7, m, c);
            a8 = Vector512.FusedMultiplyAdd(a8, m, c); a9 = Vector512.FusedMultiplyAdd(a9, m, c);
            a10 = Vector512.FusedMultiplyAdd(a10, m, c); a11 = Vector512.FusedMultiplyAdd(a11, m, c);
        }

        return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    private static float Loop256()
    {
        Vector256<float> m = Vector256.Create(0.999f), c = Vector256.Create(0.001f);
        Vector256<float> a0 = Vector256.Create(0.1f), a1 = a0 + c, a2 = a1 + c, a3 = a2 + c, a4 = a3 + c, a5 = a4 + c;
        Vector256<float> a6 = a5 + c, a7 = a6 + c, a8 = a7 + c, a9 = a8 + c, a10 = a9 + c, a11 = a10 + c;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Vector256.FusedMultiplyAdd(a0, m, c); a1 = Vector256.FusedMultiplyAdd(a1, m, c);
            a2 = Vector256.FusedMultiplyAdd(a2, m, c); a3 = Vector256.FusedMultiplyAdd(a3, m, c);
            a4 = Vector256.FusedMultiplyAdd(a4, m, c); a5 = Vector256.FusedMultiplyAdd(a5, m, c);
            a6 = Vector256.FusedMultiplyAdd(a6, m, c); a7 = Vector256.FusedMultiplyAdd(a7, m, c);
            a8 = Vector256.FusedMultiplyAdd(a8, m, c); a9 = Vector256.FusedMultiplyAdd(a9, m, c);
            a10 = Vector256.FusedMultiplyAdd(a10, m, c); a11 = Vector256.FusedMultiplyAdd(a11, m, c);
        }

        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    private static float Loop128()
    {
        Vector128<float> m = Vector128.Create(0.999f), c = Vector128.Create(0.001f);
        Vector128<float> a0 = Vector128.Create(0.1f), a1 = a0 + c, a2 = a1 + c, a3 = a2 + c, a4 = a3 + c, a5 = a4 + c;
        Vector128<float> a6 = a5 + c, a7 = a6 + c, a8 = a7 + c, a9 = a8 + c, a10 = a9 + c, a11 = a10 + c;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Vector128.MultiplyAddEstimate(a0, m, c); a1 = Vector128.MultiplyAddEstimate(a1, m, c);
            a2 = Vector128.MultiplyAddEstimate(a2, m, c); a3 = Vector128.MultiplyAddEstimate(a3, m, c);
            a4 = Vector128.MultiplyAddEstimate(a4, m, c); a5 = Vector128.MultiplyAddEstimate(a5, m, c);
            a6 = Vector128.MultiplyAddEstimate(a6, m, c); a7 = Vector128.MultiplyAddEstimate(a7, m, c);
            a8 = Vector128.MultiplyAddEstimate(a8, m, c); a9 = Vector128.MultiplyAddEstimate(a9, m, c);
            a10 = Vector128.MultiplyAddEstimate(a10, m, c); a11 = Vector128.MultiplyAddEstimate(a11, m, c);
        }

        return Vector128.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }
}
