using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// The multiply-add and the store of up to four vectors side by side that every strip repeats
/// (only the first when <c>TC</c> is 1). Inlined, so sums passed by reference stay in registers.
/// </summary>
internal static class FourVectors
{
    /// <summary><c>a_n += load(row + n * width) * k</c> for the first <c>TC</c> (at most 4) of a0 .. a3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyAdd<TOps, TV, TC>(ref float row, TV k, ref TV a0, ref TV a1, ref TV a2, ref TV a3)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : IConstant
    {
        nint w = TOps.Count;
        a0 = TOps.MultiplyAdd(TOps.Load(ref row, 0), k, a0);
        if (TC.Value > 1) { a1 = TOps.MultiplyAdd(TOps.Load(ref row, w), k, a1); }
        if (TC.Value > 2) { a2 = TOps.MultiplyAdd(TOps.Load(ref row, 2 * w), k, a2); }
        if (TC.Value > 3) { a3 = TOps.MultiplyAdd(TOps.Load(ref row, 3 * w), k, a3); }
    }

    /// <summary>Stores the first <c>TC</c> (at most 4) of v0 .. v3 side by side from <paramref name="dst"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TOps, TV, TC>(ref float dst, TV v0, TV v1, TV v2, TV v3)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : IConstant
    {
        nint w = TOps.Count;
        TOps.Store(v0, ref dst, 0);
        if (TC.Value > 1) { TOps.Store(v1, ref dst, w); }
        if (TC.Value > 2) { TOps.Store(v2, ref dst, 2 * w); }
        if (TC.Value > 3) { TOps.Store(v3, ref dst, 3 * w); }
    }
}
