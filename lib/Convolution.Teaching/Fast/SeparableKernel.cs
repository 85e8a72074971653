using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// The two halves of a separable correlation, each a strip of 4 vectors at a time with the sums in
/// registers: a row of column sums, then the horizontal kernel along that row. The row is short
/// enough to stay in the L1 cache between the two.
/// </summary>
internal static class SeparableKernel
{
    /// <summary>
    /// <c>dst[c] = sum over j of tmp[c + j] * kernel[j]</c> for c below <paramref name="outCols"/>, 8 vectors
    /// at a time: a fused multiply-add takes about 4 cycles and 2 can start each cycle, so 8 independent
    /// sums keep the units busy where 4 would leave them waiting on the previous tap.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RowPass<TOps, TV>(ReadOnlySpan<float> tmp, ReadOnlySpan<float> kernel, Span<float> dst, int outCols)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int w = TOps.Count;
        ref float t = ref MemoryMarshal.GetReference(tmp);
        ref float k = ref MemoryMarshal.GetReference(kernel);
        ref float d = ref MemoryMarshal.GetReference(dst);
        int taps = kernel.Length;
        int c = 0;
        for (; c <= outCols - (8 * w); c += 8 * w)
        {
            RowStrip<TOps, TV, Eight>(ref Unsafe.Add(ref t, c), ref k, taps, ref Unsafe.Add(ref d, c));
        }

        for (; c <= outCols - w; c += w)
        {
            RowStrip<TOps, TV, One>(ref Unsafe.Add(ref t, c), ref k, taps, ref Unsafe.Add(ref d, c));
        }

        if (c == outCols)
        {
            return;
        }

        if (outCols >= w)
        {
            RowStrip<TOps, TV, One>(ref Unsafe.Add(ref t, outCols - w), ref k, taps, ref Unsafe.Add(ref d, outCols - w));
            return;
        }

        for (; c < outCols; c++)
        {
            RowStrip<ScalarOps, float, One>(ref Unsafe.Add(ref t, c), ref k, taps, ref Unsafe.Add(ref d, c));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowStrip<TOps, TV, TC>(ref float tmp, ref float kernel, int taps, ref float dst)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : ICount
    {
        nint w = TOps.Count;
        TV a0 = TOps.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (nint j = 0; j < taps; j++)
        {
            TV b = TOps.Broadcast(Unsafe.Add(ref kernel, j));
            a0 = TOps.MultiplyAdd(TOps.Load(ref tmp, j), b, a0);
            if (TC.Value > 1)
            {
                a1 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + w), b, a1);
                a2 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + (2 * w)), b, a2);
                a3 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + (3 * w)), b, a3);
                a4 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + (4 * w)), b, a4);
                a5 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + (5 * w)), b, a5);
                a6 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + (6 * w)), b, a6);
                a7 = TOps.MultiplyAdd(TOps.Load(ref tmp, j + (7 * w)), b, a7);
            }
        }

        TOps.Store(a0, ref dst, 0);
        if (TC.Value > 1)
        {
            TOps.Store(a1, ref dst, w);
            TOps.Store(a2, ref dst, 2 * w);
            TOps.Store(a3, ref dst, 3 * w);
            TOps.Store(a4, ref dst, 4 * w);
            TOps.Store(a5, ref dst, 5 * w);
            TOps.Store(a6, ref dst, 6 * w);
            TOps.Store(a7, ref dst, 7 * w);
        }
    }

    /// <summary>
    /// Two consecutive rows of column sums at once, for output rows whose kH + 1 image rows are all
    /// real (no constant border): <c>tmp0[c] = sum over i of column[i] * image[rowStarts[i] + c]</c> and
    /// <c>tmp1[c] = sum over i of column[i] * image[rowStarts[i + 1] + c]</c>. Each image vector is
    /// loaded once for both, and the sums are added in the same order as <see cref="ColumnSums"/>,
    /// so the results are identical to two calls of it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ColumnSumsPair<TOps, TV>(ReadOnlySpan<float> image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> column,
        Span<float> tmp0, Span<float> tmp1)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int cols = tmp0.Length;
        int w = TOps.Count;
        ref float img = ref MemoryMarshal.GetReference(image);
        ref float t0 = ref MemoryMarshal.GetReference(tmp0);
        ref float t1 = ref MemoryMarshal.GetReference(tmp1);
        int c = 0;
        for (; c <= cols - (4 * w); c += 4 * w)
        {
            PairStrip<TOps, TV, Four>(ref img, rowStarts, column, ref t0, ref t1, c);
        }

        for (; c <= cols - w; c += w)
        {
            PairStrip<TOps, TV, One>(ref img, rowStarts, column, ref t0, ref t1, c);
        }

        if (c == cols)
        {
            return;
        }

        if (cols >= w)
        {
            PairStrip<TOps, TV, One>(ref img, rowStarts, column, ref t0, ref t1, cols - w);
            return;
        }

        for (; c < cols; c++)
        {
            PairStrip<ScalarOps, float, One>(ref img, rowStarts, column, ref t0, ref t1, c);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PairStrip<TOps, TV, TC>(ref float image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> column,
        ref float tmp0, ref float tmp1, int c)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : ICount
    {
        nint w = TOps.Count;
        int taps = column.Length;
        TV a0 = TOps.Zero, a1 = a0, a2 = a0, a3 = a0;
        TV b0 = a0, b1 = a0, b2 = a0, b3 = a0;

        // Image row 0 feeds only the first output row, row kH only the second, the rows between both.
        ref float row = ref Unsafe.Add(ref image, (nint)rowStarts[0] + c);
        TV k = TOps.Broadcast(column[0]);
        a0 = TOps.MultiplyAdd(TOps.Load(ref row, 0), k, a0);
        if (TC.Value > 1)
        {
            a1 = TOps.MultiplyAdd(TOps.Load(ref row, w), k, a1);
            a2 = TOps.MultiplyAdd(TOps.Load(ref row, 2 * w), k, a2);
            a3 = TOps.MultiplyAdd(TOps.Load(ref row, 3 * w), k, a3);
        }

        for (int n = 1; n < taps; n++)
        {
            row = ref Unsafe.Add(ref image, (nint)rowStarts[n] + c);
            TV ka = TOps.Broadcast(column[n]), kb = TOps.Broadcast(column[n - 1]);
            TV x = TOps.Load(ref row, 0);
            a0 = TOps.MultiplyAdd(x, ka, a0);
            b0 = TOps.MultiplyAdd(x, kb, b0);
            if (TC.Value > 1)
            {
                x = TOps.Load(ref row, w);
                a1 = TOps.MultiplyAdd(x, ka, a1);
                b1 = TOps.MultiplyAdd(x, kb, b1);
                x = TOps.Load(ref row, 2 * w);
                a2 = TOps.MultiplyAdd(x, ka, a2);
                b2 = TOps.MultiplyAdd(x, kb, b2);
                x = TOps.Load(ref row, 3 * w);
                a3 = TOps.MultiplyAdd(x, ka, a3);
                b3 = TOps.MultiplyAdd(x, kb, b3);
            }
        }

        row = ref Unsafe.Add(ref image, (nint)rowStarts[taps] + c);
        k = TOps.Broadcast(column[taps - 1]);
        b0 = TOps.MultiplyAdd(TOps.Load(ref row, 0), k, b0);
        if (TC.Value > 1)
        {
            b1 = TOps.MultiplyAdd(TOps.Load(ref row, w), k, b1);
            b2 = TOps.MultiplyAdd(TOps.Load(ref row, 2 * w), k, b2);
            b3 = TOps.MultiplyAdd(TOps.Load(ref row, 3 * w), k, b3);
        }

        ref float d0 = ref Unsafe.Add(ref tmp0, c);
        ref float d1 = ref Unsafe.Add(ref tmp1, c);
        TOps.Store(a0, ref d0, 0);
        TOps.Store(b0, ref d1, 0);
        if (TC.Value > 1)
        {
            TOps.Store(a1, ref d0, w);
            TOps.Store(a2, ref d0, 2 * w);
            TOps.Store(a3, ref d0, 3 * w);
            TOps.Store(b1, ref d1, w);
            TOps.Store(b2, ref d1, 2 * w);
            TOps.Store(b3, ref d1, 3 * w);
        }
    }

    /// <summary><c>tmp[c] = constant + sum over n of weights[n] * image[rowStarts[n] + c]</c>: one row of column sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
