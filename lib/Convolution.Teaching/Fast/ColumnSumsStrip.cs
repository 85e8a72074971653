using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A strip of one row of column sums, <c>tmp[c] = constant + sum over n of weights[n] * image[rowStarts[n] + c]</c>,
/// for <see cref="Columns.Sweep"/>.
/// </summary>
internal readonly ref struct ColumnSumsStrip : IColumnStrip
{
    private readonly ref float image;
    private readonly ReadOnlySpan<int> rowStarts;
    private readonly ReadOnlySpan<float> weights;
    private readonly float constant;
    private readonly ref float tmp;

    public ColumnSumsStrip(ref float image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> weights, float constant, ref float tmp)
    {
        this.image = ref image;
        this.rowStarts = rowStarts;
        this.weights = weights;
        this.constant = constant;
        this.tmp = ref tmp;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Run<TOps, TV, TC>(int c)
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
