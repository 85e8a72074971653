using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>The direct (not separable) bands of a <see cref="Job"/>.</summary>
internal sealed partial class Job
{
    /// <summary>Output rows r0..r1 with the direct kernel loop.</summary>
    private void DirectBand<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int r0, int r1, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        if (!Pad)
        {
            Direct<TOps, TV>(image[(r0 * ImageStride)..], ImageStride, destination[(r0 * DstStride)..], r1 - r0, OutCols);
            return;
        }

        // Output rows whose kernel rows all lie inside the image need no invented rows: their middle
        // columns read the image itself, and only narrow strips at the sides need padding. The other
        // rows (at most kH - 1 at the top and at the bottom) are padded across the whole width.
        int validRows = Rows - KRows + 1;
        int i0 = r1, i1 = r1;
        if (validRows >= 1 && Cols - KCols + 1 >= 1)
        {
            i0 = Math.Clamp(Top, r0, r1);
            i1 = Math.Clamp(Top + validRows, r0, r1);
        }

        if (r0 < i0)
        {
            PaddedRows<TOps, TV>(image, destination, r0, i0, scratch);
        }

        if (i0 < i1)
        {
            InteriorRows<TOps, TV>(image, destination, i0, i1, scratch);
        }

        if (i1 < r1)
        {
            PaddedRows<TOps, TV>(image, destination, i1, r1, scratch);
        }
    }

    /// <summary>Pads output rows a..b's input rows across the whole width into a buffer that stays in cache, then runs the Valid loop over it.</summary>
    private void PaddedRows<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int a, int b, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int inRows = b - a + KRows - 1;
        Span<float> padded = scratch.Floats(inRows * InCols);
        for (int q = 0; q < inRows; q++)
        {
            PadRow(image, a + q, padded.Slice(q * InCols, InCols));
        }

        Direct<TOps, TV>(padded, InCols, destination[(a * DstStride)..], b - a, OutCols);
    }

    /// <summary>
    /// Output rows a..b, all of whose kernel rows are image rows: the middle columns straight from the
    /// image (a Valid correlation written at column <see cref="FilterJob.Left"/>), then the side strips from small
    /// padded copies. A strip is at least a vector wide so it runs vectorised; where it overlaps the
    /// middle it recomputes the same pixels with the same arithmetic.
    /// </summary>
    private void InteriorRows<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int a, int b, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        Direct<TOps, TV>(image[((a - Top) * ImageStride)..], ImageStride, destination[((a * DstStride) + Left)..], b - a, Cols - KCols + 1);
        SideStrip<TOps, TV>(image, destination, a, b, LeftStrip, scratch);
        SideStrip<TOps, TV>(image, destination, a, b, RightStrip, scratch);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SideStrip<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int a, int b, Strip strip, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        if (strip.Width == 0)
        {
            return;
        }

        int inRows = b - a + KRows - 1, width = strip.Map.Length;
        Span<float> padded = scratch.Floats(inRows * width);
        for (int q = 0; q < inRows; q++)
        {
            // Interior rows' kernel rows are image rows: only the columns need mapping.
            ReadOnlySpan<float> source = image.Slice((a + q - Top) * ImageStride, Cols);
            Span<float> row = padded.Slice(q * width, width);
            for (int c = 0; c < width; c++)
            {
                int sc = strip.Map[c];
                row[c] = sc < 0 ? Value : source[sc];
            }
        }

        Direct<TOps, TV>(padded, width, destination[((a * DstStride) + strip.First)..], b - a, strip.Width);
    }

    /// <summary>The register-blocked Valid loop with the job's kernel and block rows.</summary>
    private void Direct<TOps, TV>(ReadOnlySpan<float> src, int srcStride, Span<float> dst, int outRows, int outCols)
        where TOps : ISimd<TV>
        where TV : struct =>
        DirectKernel.Valid<TOps, TV>(src, srcStride, PaddedKernel, BlockRows - 1, KRows, KCols, dst, DstStride, outRows, outCols, BlockRows);

    /// <summary>Output columns <see cref="First"/> .. First + Width - 1 computed from a padded copy; Map gives each padded column's image column (-1: the constant).</summary>
    private readonly record struct Strip(int First, int Width, int[] Map);
}
