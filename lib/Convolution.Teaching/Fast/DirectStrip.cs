using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>A strip of <c>TR</c> output rows of the direct loop, for <see cref="Columns.Sweep"/>.</summary>
/// <typeparam name="TR">Output rows of the block.</typeparam>
internal ref struct DirectStrip<TR> : IColumnStrip
    where TR : IConstant
{
    public ref float Src;
    public nint SrcStride;
    public ref float Kernel;
    public int KRows;
    public int KCols;
    public ref float Dst;
    public nint DstStride;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void IColumnStrip.Run<TOps, TV, TC>(int c) =>
        DirectKernel.Block<TOps, TV, TR, TC>(ref Unsafe.Add(ref Src, c), SrcStride, ref Kernel, KRows, KCols, ref Unsafe.Add(ref Dst, c), DstStride);
}
