using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A strip of two consecutive rows of column sums at once, for <see cref="Columns.Sweep"/>: image
/// rows rowStarts[0 .. kH - 1] feed the first, rowStarts[1 .. kH] the second, and each image vector
/// is loaded once for both. The sums are added in the same order as <see cref="ColumnSumsStrip"/>.
/// </summary>
internal ref struct ColumnPairStrip : IColumnStrip
{
    public ref float Image;
    public ReadOnlySpan<int> RowStarts;
    public ReadOnlySpan<float> Column;
    public ref float Tmp0;
    public ref float Tmp1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void IColumnStrip.Run<TOps, TV, TC>(int c)
    {
        nint w = TOps.Count;
        int taps = Column.Length;
        TV a0 = TOps.Zero, a1 = a0, a2 = a0, a3 = a0;
        TV b0 = a0, b1 = a0, b2 = a0, b3 = a0;

        // Image row 0 feeds only the first output row, row kH only the second, the rows between both.
        ref float row = ref Unsafe.Add(ref Image, (nint)RowStarts[0] + c);
        FourVectors.MultiplyAdd<TOps, TV, TC>(ref row, TOps.Broadcast(Column[0]), ref a0, ref a1, ref a2, ref a3);

        for (int n = 1; n < taps; n++)
        {
            row = ref Unsafe.Add(ref Image, (nint)RowStarts[n] + c);
            TV ka = TOps.Broadcast(Column[n]), kb = TOps.Broadcast(Column[n - 1]);
            TV x = TOps.Load(ref row, 0);
            a0 = TOps.MultiplyAdd(x, ka, a0);
            b0 = TOps.MultiplyAdd(x, kb, b0);
            // Each vector only when the strip is that wide (1, 2 or 4 vectors): a narrower strip must not read past its columns.
            if (TC.Value > 1)
            {
                x = TOps.Load(ref row, w);
                a1 = TOps.MultiplyAdd(x, ka, a1);
                b1 = TOps.MultiplyAdd(x, kb, b1);
            }

            if (TC.Value > 2)
            {
                x = TOps.Load(ref row, 2 * w);
                a2 = TOps.MultiplyAdd(x, ka, a2);
                b2 = TOps.MultiplyAdd(x, kb, b2);
            }

            if (TC.Value > 3)
            {
                x = TOps.Load(ref row, 3 * w);
                a3 = TOps.MultiplyAdd(x, ka, a3);
                b3 = TOps.MultiplyAdd(x, kb, b3);
            }
        }

        row = ref Unsafe.Add(ref Image, (nint)RowStarts[taps] + c);
        FourVectors.MultiplyAdd<TOps, TV, TC>(ref row, TOps.Broadcast(Column[taps - 1]), ref b0, ref b1, ref b2, ref b3);
        FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref Tmp0, c), a0, a1, a2, a3);
        FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref Tmp1, c), b0, b1, b2, b3);
    }
}
