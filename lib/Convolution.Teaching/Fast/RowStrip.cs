using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A strip of the separable row pass, <c>dst[c] = sum over j of tmp[c + j] * kernel[j]</c>, for
/// <see cref="Columns.Sweep"/>: 8 vectors wide, because a fused multiply-add takes about 4 cycles
/// and 2 can start each cycle, so 8 independent sums keep the units busy where 4 would leave them
/// waiting on the previous tap.
/// </summary>
internal readonly ref struct RowStrip : IColumnStrip
{
    private readonly ref float tmp;
    private readonly ref float kernel;
    private readonly int taps;
    private readonly ref float dst;

    public RowStrip(ref float tmp, ref float kernel, int taps, ref float dst)
    {
        this.tmp = ref tmp;
        this.kernel = ref kernel;
        this.taps = taps;
        this.dst = ref dst;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Run<TOps, TV, TC>(int c)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : ICount
    {
        nint w = TOps.Count;
        ref float t = ref Unsafe.Add(ref tmp, c);
        TV a0 = TOps.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (nint j = 0; j < taps; j++)
        {
            TV b = TOps.Broadcast(Unsafe.Add(ref kernel, j));
            a0 = TOps.MultiplyAdd(TOps.Load(ref t, j), b, a0);
            if (TC.Value > 1)
            {
                a1 = TOps.MultiplyAdd(TOps.Load(ref t, j + w), b, a1);
                a2 = TOps.MultiplyAdd(TOps.Load(ref t, j + (2 * w)), b, a2);
                a3 = TOps.MultiplyAdd(TOps.Load(ref t, j + (3 * w)), b, a3);
                a4 = TOps.MultiplyAdd(TOps.Load(ref t, j + (4 * w)), b, a4);
                a5 = TOps.MultiplyAdd(TOps.Load(ref t, j + (5 * w)), b, a5);
                a6 = TOps.MultiplyAdd(TOps.Load(ref t, j + (6 * w)), b, a6);
                a7 = TOps.MultiplyAdd(TOps.Load(ref t, j + (7 * w)), b, a7);
            }
        }

        ref float d = ref Unsafe.Add(ref dst, c);
        TOps.Store(a0, ref d, 0);
        if (TC.Value > 1)
        {
            TOps.Store(a1, ref d, w);
            TOps.Store(a2, ref d, 2 * w);
            TOps.Store(a3, ref d, 3 * w);
            TOps.Store(a4, ref d, 4 * w);
            TOps.Store(a5, ref d, 5 * w);
            TOps.Store(a6, ref d, 6 * w);
            TOps.Store(a7, ref d, 7 * w);
        }
    }
}
