using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A strip of the separable row pass, <c>dst[c] = sum over j of tmp[c + j] * kernel[j]</c>, for
/// <see cref="Columns.Sweep"/>: 8 vectors wide, because a fused multiply-add takes about 4 cycles
/// and 2 can start each cycle, so 8 independent sums keep the units busy where 4 would leave them
/// waiting on the previous tap.
/// </summary>
internal ref struct RowStrip : IColumnStrip
{
    public ref float Tmp;
    public ref float Kernel;
    public int Taps;
    public ref float Dst;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void IColumnStrip.Run<TOps, TV, TC>(int c)
    {
        nint w4 = 4 * TOps.Count;
        ref float t = ref Unsafe.Add(ref Tmp, c);
        TV a0 = TOps.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (nint j = 0; j < Taps; j++)
        {
            TV b = TOps.Broadcast(Unsafe.Add(ref Kernel, j));
            FourVectors.MultiplyAdd<TOps, TV, TC>(ref Unsafe.Add(ref t, j), b, ref a0, ref a1, ref a2, ref a3);
            if (TC.Value > 4)
            {
                FourVectors.MultiplyAdd<TOps, TV, TC>(ref Unsafe.Add(ref t, j + w4), b, ref a4, ref a5, ref a6, ref a7);
            }
        }

        ref float d = ref Unsafe.Add(ref Dst, c);
        FourVectors.Store<TOps, TV, TC>(ref d, a0, a1, a2, a3);
        if (TC.Value > 4)
        {
            FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref d, w4), a4, a5, a6, a7);
        }
    }
}
