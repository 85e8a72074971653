using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>A strip of <c>TR</c> output rows of the direct loop, for <see cref="Columns.Sweep"/>.</summary>
/// <typeparam name="TR">Output rows of the block.</typeparam>
internal readonly ref struct DirectStrip<TR> : IColumnStrip
    where TR : ICount
{
    private readonly ref float src;
    private readonly nint srcStride;
    private readonly ref float kernel;
    private readonly int kRows;
    private readonly int kCols;
    private readonly ref float dst;
    private readonly nint dstStride;

    public DirectStrip(ref float src, nint srcStride, ref float kernel, int kRows, int kCols, ref float dst, nint dstStride)
    {
        this.src = ref src;
        this.srcStride = srcStride;
        this.kernel = ref kernel;
        this.kRows = kRows;
        this.kCols = kCols;
        this.dst = ref dst;
        this.dstStride = dstStride;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Run<TOps, TV, TC>(int c)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : ICount =>
        DirectKernel.Block<TOps, TV, TR, TC>(ref Unsafe.Add(ref src, c), srcStride, ref kernel, kRows, kCols, ref Unsafe.Add(ref dst, c), dstStride);
}
