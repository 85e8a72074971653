using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A strip of two consecutive rows of column sums at once, for <see cref="Columns.Sweep"/>: image
/// rows rowStarts[0 .. kH - 1] feed the first, rowStarts[1 .. kH] the second, and each image vector
/// is loaded once for both. The sums are added in the same order as <see cref="ColumnSumsStrip"/>.
/// </summary>
internal readonly ref struct ColumnPairStrip : IColumnStrip
{
    private readonly ref float image;
    private readonly ReadOnlySpan<int> rowStarts;
    private readonly ReadOnlySpan<float> column;
    private readonly ref float tmp0;
    private readonly ref float tmp1;

    public ColumnPairStrip(ref float image, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> column, ref float tmp0, ref float tmp1)
    {
        this.image = ref image;
        this.rowStarts = rowStarts;
        this.column = column;
        this.tmp0 = ref tmp0;
        this.tmp1 = ref tmp1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Run<TOps, TV, TC>(int c)
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
}
