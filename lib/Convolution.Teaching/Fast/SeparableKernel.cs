using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// The two halves of a separable correlation, each a strip of vectors at a time with the sums in
/// registers: a row of column sums, then the horizontal kernel along that row. The row is short
/// enough to stay in the L1 cache between the two.
/// </summary>
internal static class SeparableKernel
{
    /// <summary>
    /// <c>dst[c] = sum over j of tmp[c + j] * kernel[j]</c> for c below <paramref name="outCols"/>,
    /// 8 vectors at a time (<see cref="RowStrip"/> says why 8).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RowPass<TOps, TV>(ReadOnlySpan<float> tmp, ReadOnlySpan<float> kernel, Span<float> dst, int outCols)
        where TOps : ISimd<TV>
        where TV : struct
    {
        var strip = new RowStrip
        {
            Tmp = ref MemoryMarshal.GetReference(tmp), Kernel = ref MemoryMarshal.GetReference(kernel), Taps = kernel.Length,
            Dst = ref MemoryMarshal.GetReference(dst),
        };
        Columns.Sweep<TOps, TV, Const8, RowStrip>(ref strip, outCols);
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
        var strip = new ColumnPairStrip
        {
            Image = ref MemoryMarshal.GetReference(image), RowStarts = rowStarts, Column = column,
            Tmp0 = ref MemoryMarshal.GetReference(tmp0), Tmp1 = ref MemoryMarshal.GetReference(tmp1),
        };
        Columns.Sweep<TOps, TV, Const4, ColumnPairStrip>(ref strip, tmp0.Length);
    }

    /// <summary><c>tmp[c] = constant + sum over n of weights[n] * image[rowStarts[n] + c]</c>: one row of column sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ColumnSums<TOps, TV>(ReadOnlySpan<float> image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> weights,
        float constant, Span<float> tmp)
        where TOps : ISimd<TV>
        where TV : struct
    {
        var strip = new ColumnSumsStrip
        {
            Image = ref MemoryMarshal.GetReference(image), RowStarts = rowStarts, Weights = weights, Constant = constant,
            Tmp = ref MemoryMarshal.GetReference(tmp),
        };
        Columns.Sweep<TOps, TV, Const4, ColumnSumsStrip>(ref strip, tmp.Length);
    }
}
