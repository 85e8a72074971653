using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A strip of one row of column sums, <c>tmp[c] = constant + sum over n of weights[n] * image[rowStarts[n] + c]</c>,
/// for <see cref="Columns.Sweep"/>.
/// </summary>
internal ref struct ColumnSumsStrip : IColumnStrip
{
    public ref float Image;
    public ReadOnlySpan<int> RowStarts;
    public ReadOnlySpan<float> Weights;
    public float Constant;
    public ref float Tmp;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void IColumnStrip.Run<TOps, TV, TC>(int c)
    {
        TV a0 = TOps.Broadcast(Constant), a1 = a0, a2 = a0, a3 = a0;
        for (int n = 0; n < RowStarts.Length; n++)
        {
            FourVectors.MultiplyAdd<TOps, TV, TC>(ref Unsafe.Add(ref Image, (nint)RowStarts[n] + c), TOps.Broadcast(Weights[n]),
                ref a0, ref a1, ref a2, ref a3);
        }

        FourVectors.Store<TOps, TV, TC>(ref Unsafe.Add(ref Tmp, c), a0, a1, a2, a3);
    }
}
