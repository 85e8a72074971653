using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>The one sweep across a row of output columns that every fast loop uses.</summary>
internal static class Columns
{
    /// <summary>
    /// Runs <paramref name="strip"/> over columns 0 .. <paramref name="cols"/> - 1: strips of
    /// <c>TWide</c> vectors, then pairs, then single vectors, then one more vector ending at the last column (it
    /// recomputes a few columns with the same arithmetic, so they get the same values, and no scalar
    /// loop is needed); only a row narrower than one vector goes one float at a time.
    /// Inlined into each loop, so the strips are inlined too and their sums stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sweep<TOps, TV, TWide, TStrip>(ref TStrip strip, int cols)
        where TOps : ISimd<TV>
        where TV : struct
        where TWide : IConstant
        where TStrip : struct, IColumnStrip, allows ref struct
    {
        int w = TOps.Count;
        int c = 0;
        for (; c <= cols - (TWide.Value * w); c += TWide.Value * w)
        {
            strip.Run<TOps, TV, TWide>(c);
        }

        // Pairs of vectors before single ones: two independent sums a row hide more of the FMA latency.
        if (TWide.Value > 2)
        {
            for (; c <= cols - (2 * w); c += 2 * w)
            {
                strip.Run<TOps, TV, Const2>(c);
            }
        }

        for (; c <= cols - w; c += w)
        {
            strip.Run<TOps, TV, Const1>(c);
        }

        if (c == cols)
        {
            return;
        }

        if (cols >= w)
        {
            strip.Run<TOps, TV, Const1>(cols - w);
            return;
        }

        for (; c < cols; c++)
        {
            strip.Run<ScalarOps, float, Const1>(c);
        }
    }
}
