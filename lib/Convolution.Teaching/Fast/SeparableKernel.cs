using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// The vertical half of a separable correlation: one row of column sums, <c>tmp[c] = constant +
/// sum over n of weights[n] * image[rowStarts[n] + c]</c>, computed a strip of 4 vectors at a time
/// with the sums in registers. The row it writes is short enough to stay in the L1 cache for the
/// horizontal half that follows.
/// </summary>
internal static class SeparableKernel
{
    public static void ColumnSums<TOps, TV>(ReadOnlySpan<float> image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> weights,
        float constant, Span<float> tmp)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int cols = tmp.Length;
        int w = TOps.Count;
        ref float img = ref MemoryMarshal.GetReference(image);
        ref float t = ref MemoryMarshal.GetReference(tmp);
        int c = 0;
        for (; c <= cols - (4 * w); c += 4 * w)
        {
            Strip<TOps, TV, Four>(ref img, rowStarts, weights, constant, ref t, c);
        }

        for (; c <= cols - w; c += w)
        {
            Strip<TOps, TV, One>(ref img, rowStarts, weights, constant, ref t, c);
        }

        if (c == cols)
        {
            return;
        }

        if (cols >= w)
        {
            // A last vector ending at the last column recomputes a few sums identically.
            Strip<TOps, TV, One>(ref img, rowStarts, weights, constant, ref t, cols - w);
            return;
        }

        for (; c < cols; c++)
        {
            Strip<ScalarOps, float, One>(ref img, rowStarts, weights, constant, ref t, c);
        }
    }

    private static void Strip<TOps, TV, TC>(ref float image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> weights,
        float constant, ref float tmp, int c)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : ICount
    {
        nint w = TOps.Count;
        TV a0 = TOps.Broadcast(constant), a1 = a0, a2 = a0, a3 = a0;
        for (int n = 0; n < rowStarts.Length; n++)
        {
            ref float row = ref Unsafe.Add(ref image, (nint)rowStarts[n] + c);
            TV b = TOps.Broadcast(weights[n]);
            a0 = TOps.MultiplyAdd(TOps.Load(ref row, 0), b, a0);
            if (TC.Value > 1)
            {
                a1 = TOps.MultiplyAdd(TOps.Load(ref row, w), b, a1);
                a2 = TOps.MultiplyAdd(TOps.Load(ref row, 2 * w), b, a2);
                a3 = TOps.MultiplyAdd(TOps.Load(ref row, 3 * w), b, a3);
            }
        }

        ref float dst = ref Unsafe.Add(ref tmp, c);
        TOps.Store(a0, ref dst, 0);
        if (TC.Value > 1)
        {
            TOps.Store(a1, ref dst, w);
            TOps.Store(a2, ref dst, 2 * w);
            TOps.Store(a3, ref dst, 3 * w);
        }
    }
}
