using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// The register-blocked Valid correlation: a block of <c>TR</c> output rows by <c>TC</c> vectors of
/// output pixels is summed in <c>TR * TC</c> vector accumulators that never leave the registers;
/// each kernel tap is broadcast once and fused-multiply-added into all of them, and each loaded
/// image vector is used by every output row of the block that needs it. The output is stored once.
/// </summary>
/// <remarks>
/// The loops are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: the JIT compiles them
/// fully optimised on their first call instead of starting with unoptimised tier-0 code, so the first
/// calls (the ones a notebook times) are already fast.
/// </remarks>
internal static class DirectKernel
{
    /// <summary>
    /// <c>dst[r, c] = sum over i, j of src[r + i, c + j] * kernel[i, j]</c> for an
    /// <paramref name="outRows"/> x <paramref name="outCols"/> output. The kernel is passed with
    /// <paramref name="padRows"/> rows of zeros above and below it (at least <paramref name="blockRows"/> - 1):
    /// the loop reaches kernel row ii - rr through a reference to row ii, which must stay inside the buffer.
    /// </summary>
    public static void Valid<TOps, TV>(ReadOnlySpan<float> src, int srcStride, ReadOnlySpan<float> paddedKernel, int padRows,
        int kRows, int kCols, Span<float> dst, int dstStride, int outRows, int outCols, int blockRows)
        where TOps : ISimd<TV>
        where TV : struct
    {
        switch (blockRows)
        {
            case 4:
                Rows<TOps, TV, Const4>(src, srcStride, paddedKernel, padRows, kRows, kCols, dst, dstStride, outRows, outCols);
                break;
            case 3:
                Rows<TOps, TV, Const3>(src, srcStride, paddedKernel, padRows, kRows, kCols, dst, dstStride, outRows, outCols);
                break;
            case 2:
                Rows<TOps, TV, Const2>(src, srcStride, paddedKernel, padRows, kRows, kCols, dst, dstStride, outRows, outCols);
                break;
            default:
                Rows<TOps, TV, Const1>(src, srcStride, paddedKernel, padRows, kRows, kCols, dst, dstStride, outRows, outCols);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows<TOps, TV, TR>(ReadOnlySpan<float> src, int srcStride, ReadOnlySpan<float> paddedKernel, int padRows,
        int kRows, int kCols, Span<float> dst, int dstStride, int outRows, int outCols)
        where TOps : ISimd<TV>
        where TV : struct
        where TR : IConstant
    {
        ref float s = ref MemoryMarshal.GetReference(src);
        ref float k = ref Unsafe.Add(ref MemoryMarshal.GetReference(paddedKernel), (nint)padRows * kCols);
        ref float d = ref MemoryMarshal.GetReference(dst);
        int r = 0;
        for (; r <= outRows - TR.Value; r += TR.Value)
        {
            RowBlock<TOps, TV, TR>(ref Unsafe.Add(ref s, (nint)r * srcStride), srcStride, ref k, kRows, kCols,
                ref Unsafe.Add(ref d, (nint)r * dstStride), dstStride, outCols);
        }

        // The last rows that do not fill a block go one at a time.
        for (; r < outRows; r++)
        {
            RowBlock<TOps, TV, Const1>(ref Unsafe.Add(ref s, (nint)r * srcStride), srcStride, ref k, kRows, kCols,
                ref Unsafe.Add(ref d, (nint)r * dstStride), dstStride, outCols);
        }
    }

    /// <summary>One band of <c>TR</c> output rows, left to right: strips of 4 vectors, then as <see cref="Columns.Sweep"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowBlock<TOps, TV, TR>(ref float src, nint srcStride, ref float kernel, int kRows, int kCols,
        ref float dst, nint dstStride, int outCols)
        where TOps : ISimd<TV>
        where TV : struct
        where TR : IConstant
    {
        var strip = new DirectStrip<TR>
        {
            Src = ref src, SrcStride = srcStride, Kernel = ref kernel, KRows = kRows, KCols = kCols, Dst = ref dst, DstStride = dstStride,
        };
        Columns.Sweep<TOps, TV, Const4, DirectStrip<TR>>(ref strip, outCols);
    }

    /// <summary>
    /// <c>TR</c> rows by <c>TC</c> vectors of output. Input row <c>ii</c> of the block feeds output row
    /// <c>rr</c> through kernel row <c>ii - rr</c>, so only the output rows <c>lo .. hi</c> for which that
    /// kernel row exists take part; each such range has its own compiled loop, with no test inside it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Block<TOps, TV, TR, TC>(ref float src, nint srcStride, ref float kernel, int kRows, int kCols,
        ref float dst, nint dstStride)
        where TOps : ISimd<TV>
        where TV : struct
        where TR : IConstant
        where TC : IConstant
    {
        nint kc = kCols;
        TV a00 = TOps.Zero, a01 = a00, a02 = a00, a03 = a00;
        TV a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        TV a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        TV a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        if (TR.Value == 1)
        {
            // One output row: every kernel row meets it, so only the (0, 0) pass exists. Compiling the other nine
            // cases here would only make the JIT's first call slower (this copy runs the blocks' leftover rows).
            for (int ii = 0; ii < kRows; ii++)
            {
                Pass<TOps, TV, TC, Const0, Const0>(ref Unsafe.Add(ref src, ii * srcStride), ref Unsafe.Add(ref kernel, ii * kc), kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33);
            }

            FourVectors.Store<TOps, TV, TC>(ref dst, a00, a01, a02, a03);
            return;
        }

        int inRows = kRows + TR.Value - 1;
        for (int ii = 0; ii < inRows; ii++)
        {
            ref float row = ref Unsafe.Add(ref src, ii * srcStride);
            ref float k0 = ref Unsafe.Add(ref kernel, ii * kc);
            int lo = Math.Max(0, ii - kRows + 1), hi = Math.Min(TR.Value - 1, ii);
            switch ((lo * 4) + hi)
            {
                case 0: Pass<TOps, TV, TC, Const0, Const0>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 1: Pass<TOps, TV, TC, Const0, Const1>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 2: Pass<TOps, TV, TC, Const0, Const2>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 3: Pass<TOps, TV, TC, Const0, Const3>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 5: Pass<TOps, TV, TC, Const1, Const1>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 6: Pass<TOps, TV, TC, Const1, Const2>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 7: Pass<TOps, TV, TC, Const1, Const3>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 10: Pass<TOps, TV, TC, Const2, Const2>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                case 11: Pass<TOps, TV, TC, Const2, Const3>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
                default: Pass<TOps, TV, TC, Const3, Const3>(ref row, ref k0, kc, ref a00, ref a01, ref a02, ref a03, ref a10, ref a11, ref a12, ref a13, ref a20, ref a21, ref a22, ref a23, ref a30, ref a31, ref a32, ref a33); break;
            }
        }

        FourVectors.Store<TOps, TV, TC>(ref dst, a00, a01, a02, a03);
        if (TR.Value > 1) { FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref dst, dstStride), a10, a11, a12, a13); }
        if (TR.Value > 2) { FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref dst, 2 * dstStride), a20, a21, a22, a23); }
        if (TR.Value > 3) { FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref dst, 3 * dstStride), a30, a31, a32, a33); }
    }

    /// <summary>
    /// One input row across the kernel's width: each tap j is broadcast for every output row
    /// <c>TLo .. THi</c> (kernel row <c>ii - rr</c>, reached as <paramref name="k0"/> minus rr rows), each of
    /// the <c>TC</c> image vectors is loaded once and multiply-added into every one of those rows' sums.
    /// Inlined into <see cref="Block"/>, so the sums stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pass<TOps, TV, TC, TLo, THi>(ref float row, ref float k0, nint kc,
        ref TV a00, ref TV a01, ref TV a02, ref TV a03, ref TV a10, ref TV a11, ref TV a12, ref TV a13,
        ref TV a20, ref TV a21, ref TV a22, ref TV a23, ref TV a30, ref TV a31, ref TV a32, ref TV a33)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : IConstant
        where TLo : IConstant
        where THi : IConstant
    {
        nint w = TOps.Count;
        for (nint j = 0; j < kc; j++)
        {
            // Every test on TLo, THi and TC is on constants of this compiled copy: the JIT removes them.
            TV b0 = default, b1 = default, b2 = default, b3 = default;
            if (TLo.Value == 0) { b0 = TOps.Broadcast(Unsafe.Add(ref k0, j)); }
            if (TLo.Value <= 1 && THi.Value >= 1) { b1 = TOps.Broadcast(Unsafe.Add(ref k0, j - kc)); }
            if (TLo.Value <= 2 && THi.Value >= 2) { b2 = TOps.Broadcast(Unsafe.Add(ref k0, j - (2 * kc))); }
            if (THi.Value == 3) { b3 = TOps.Broadcast(Unsafe.Add(ref k0, j - (3 * kc))); }

            // Each of the TC image vectors, loaded once, feeds every output row's sum for it.
            MultiplyAdd<TOps, TV, TLo, THi>(TOps.Load(ref row, j), b0, b1, b2, b3, ref a00, ref a10, ref a20, ref a30);
            if (TC.Value > 1) { MultiplyAdd<TOps, TV, TLo, THi>(TOps.Load(ref row, j + w), b0, b1, b2, b3, ref a01, ref a11, ref a21, ref a31); }
            if (TC.Value > 2) { MultiplyAdd<TOps, TV, TLo, THi>(TOps.Load(ref row, j + (2 * w)), b0, b1, b2, b3, ref a02, ref a12, ref a22, ref a32); }
            if (TC.Value > 3) { MultiplyAdd<TOps, TV, TLo, THi>(TOps.Load(ref row, j + (3 * w)), b0, b1, b2, b3, ref a03, ref a13, ref a23, ref a33); }
        }
    }

    /// <summary>
    /// One image vector <paramref name="x"/> times the broadcast taps of output rows <c>TLo .. THi</c>, added into
    /// those rows' sums for that vector (<paramref name="a0"/> is output row 0's). Inlined, so the sums stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MultiplyAdd<TOps, TV, TLo, THi>(TV x, TV b0, TV b1, TV b2, TV b3, ref TV a0, ref TV a1, ref TV a2, ref TV a3)
        where TOps : ISimd<TV>
        where TV : struct
        where TLo : IConstant
        where THi : IConstant
    {
        if (TLo.Value == 0) { a0 = TOps.MultiplyAdd(x, b0, a0); }
        if (TLo.Value <= 1 && THi.Value >= 1) { a1 = TOps.MultiplyAdd(x, b1, a1); }
        if (TLo.Value <= 2 && THi.Value >= 2) { a2 = TOps.MultiplyAdd(x, b2, a2); }
        if (THi.Value == 3) { a3 = TOps.MultiplyAdd(x, b3, a3); }
    }
}
