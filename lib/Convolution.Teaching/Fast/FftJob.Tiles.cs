using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Convolution.Teaching.Fast;

/// <summary>The per-tile work of an <see cref="FftJob"/>: fill, transform, multiply, transform back, extract.</summary>
internal sealed partial class FftJob
{
    /// <summary>
    /// Tiles <paramref name="first"/> and first + 1 (if there is one) as the real and imaginary parts of
    /// one complex tile: down the columns in strips of 16 floats, then along the rows strip by strip of
    /// 16 rows (turned into a column strip so the same vector code runs), the product, and back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TilePair<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int first, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int nr = Size.TileRows, nc = Size.TileCols, plane = nr * Stride, strip = nc * FftStrip.Width;
        Span<float> floats = scratch.Floats((2 * plane) + (2 * strip));
        Span<float> re = floats[..plane], im = floats.Slice(plane, plane);
        Span<float> sre = floats.Slice(2 * plane, strip), sim = floats.Slice((2 * plane) + strip, strip);
        bool second = first + 1 < Tiles;
        Fill(image, first, re);
        if (second)
        {
            Fill(image, first + 1, im);
        }
        else
        {
            im.Clear();
        }

        ref float r0 = ref MemoryMarshal.GetReference(re);
        ref float i0 = ref MemoryMarshal.GetReference(im);
        for (int c = 0; c < nc; c += FftStrip.Width)
        {
            FftStrip.Forward<TOps, TV>(ref Unsafe.Add(ref r0, c), ref Unsafe.Add(ref i0, c), Stride, RowTwiddles);
        }

        ref float sr = ref MemoryMarshal.GetReference(sre);
        ref float si = ref MemoryMarshal.GetReference(sim);
        for (int s = 0; s < nr / FftStrip.Width; s++)
        {
            int offset = s * FftStrip.Width * Stride;
            Transpose.ToStrip(re[offset..], Stride, sre, nc);
            Transpose.ToStrip(im[offset..], Stride, sim, nc);
            FftStrip.Forward<TOps, TV>(ref sr, ref si, FftStrip.Width, ColTwiddles);
            Multiply<TOps, TV>(sre, sim, KernelRe.AsSpan(s * strip, strip), KernelIm.AsSpan(s * strip, strip));
            FftStrip.Inverse<TOps, TV>(ref sr, ref si, FftStrip.Width, ColTwiddles);
            Transpose.FromStrip(sre, re[offset..], Stride, nc);
            Transpose.FromStrip(sim, im[offset..], Stride, nc);
        }

        for (int c = 0; c < nc; c += FftStrip.Width)
        {
            FftStrip.Inverse<TOps, TV>(ref Unsafe.Add(ref r0, c), ref Unsafe.Add(ref i0, c), Stride, RowTwiddles);
        }

        Extract(re, first, destination);
        if (second)
        {
            Extract(im, first + 1, destination);
        }
    }

    /// <summary>The kernel's spectrum, made by the same forward steps as a tile, conjugated (correlation) and scaled by 1 / (nr nc).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Spectrum<TOps, TV>(float[] re, float[] im)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int nr = Size.TileRows, nc = Size.TileCols, strip = nc * FftStrip.Width;
        for (int c = 0; c < nc; c += FftStrip.Width)
        {
            FftStrip.Forward<TOps, TV>(ref re[c], ref im[c], Stride, RowTwiddles);
        }

        float scale = 1f / ((float)nr * nc);
        for (int s = 0; s < nr / FftStrip.Width; s++)
        {
            Span<float> sre = KernelRe.AsSpan(s * strip, strip), sim = KernelIm.AsSpan(s * strip, strip);
            Transpose.ToStrip(re.AsSpan(s * FftStrip.Width * Stride), Stride, sre, nc);
            Transpose.ToStrip(im.AsSpan(s * FftStrip.Width * Stride), Stride, sim, nc);
            FftStrip.Forward<TOps, TV>(ref sre[0], ref sim[0], FftStrip.Width, ColTwiddles);
            for (int k = 0; k < strip; k++)
            {
                sre[k] *= scale;
                sim[k] *= -scale;
            }
        }
    }

    /// <summary>(a + i b) times (kr + i ki), in place, a vector at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Multiply<TOps, TV>(Span<float> a, Span<float> b, ReadOnlySpan<float> kr, ReadOnlySpan<float> ki)
        where TOps : ISimd<TV>
        where TV : struct
    {
        ref float ar = ref MemoryMarshal.GetReference(a);
        ref float ai = ref MemoryMarshal.GetReference(b);
        ref float xr = ref MemoryMarshal.GetReference(kr);
        ref float xi = ref MemoryMarshal.GetReference(ki);
        for (nint k = 0; k < a.Length; k += TOps.Count)
        {
            TV pr = TOps.Load(ref ar, k), pi = TOps.Load(ref ai, k), qr = TOps.Load(ref xr, k), qi = TOps.Load(ref xi, k);
            TOps.Store(TOps.Subtract(TOps.Multiply(pr, qr), TOps.Multiply(pi, qi)), ref ar, k);
            TOps.Store(TOps.MultiplyAdd(pr, qi, TOps.Multiply(pi, qr)), ref ai, k);
        }
    }

    /// <summary>Tile <paramref name="tile"/>'s padded pixels into a plane; past the padded image, zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(ReadOnlySpan<float> image, int tile, Span<float> plane)
    {
        int nr = Size.TileRows, nc = Size.TileCols;
        int row0 = (tile / Size.TilesAcross) * StepRows, col0 = (tile % Size.TilesAcross) * StepCols;
        int cols = Math.Min(nc, InCols - col0);
        // The padded columns that are image columns in order: copied in one go, the rest looked up.
        int copyFrom = Math.Clamp(Left - col0, 0, cols), copyTo = Math.Clamp(Left + Cols - col0, copyFrom, cols);
        for (int q = 0; q < nr; q++)
        {
            Span<float> row = plane.Slice(q * Stride, nc);
            int p = row0 + q;
            int sr = p >= InRows ? -2 : SourceRow(p);
            if (sr == -2)
            {
                row.Clear();
                continue;
            }

            if (sr < 0)
            {
                row[..cols].Fill(Value);
            }
            else
            {
                ReadOnlySpan<float> source = image.Slice(sr * ImageStride, Cols);
                source.Slice(col0 + copyFrom - Left, copyTo - copyFrom).CopyTo(row[copyFrom..]);
                for (int c = 0; c < copyFrom; c++)
                {
                    int sc = ColumnSource[col0 + c];
                    row[c] = sc < 0 ? Value : source[sc];
                }

                for (int c = copyTo; c < cols; c++)
                {
                    int sc = ColumnSource[col0 + c];
                    row[c] = sc < 0 ? Value : source[sc];
                }
            }

            row[cols..].Clear();
        }
    }

    /// <summary>The valid part of a transformed-back tile into the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Extract(ReadOnlySpan<float> plane, int tile, Span<float> destination)
    {
        int row0 = (tile / Size.TilesAcross) * StepRows, col0 = (tile % Size.TilesAcross) * StepCols;
        int rows = Math.Min(StepRows, OutRows - row0), cols = Math.Min(StepCols, OutCols - col0);
        for (int q = 0; q < rows; q++)
        {
            plane.Slice(q * Stride, cols).CopyTo(destination.Slice(((row0 + q) * DstStride) + col0, cols));
        }
    }
}
