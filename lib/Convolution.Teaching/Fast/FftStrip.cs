using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// Complex FFTs down the rows of a strip <see cref="Width"/> floats wide: each "element" of the
/// transform is a whole row of the strip, real parts in one plane and imaginary parts in another, so
/// every butterfly is a few vector operations with one broadcast twiddle, and the strip
/// (n rows x 16 floats x 2 planes, 32 KiB for n = 256) stays in the L1 cache through all the stages.
/// </summary>
/// <remarks>
/// The forward transform is decimation in frequency (natural order in, bit-reversed order out) and the
/// inverse is decimation in time (bit-reversed in, natural out): the spectrum is only multiplied pixel by
/// pixel with the kernel's spectrum, made in the same order, so no bit reversal is ever needed. Radix 4
/// (two radix-2 stages fused) halves the passes over the strip; a last radix-2 stage is left when log2 n is odd.
/// The inverse is not scaled: forward then inverse multiplies by n. Every loop is compiled fully optimised on its
/// first call (AggressiveOptimization), as in <see cref="DirectKernel"/>: a notebook times the first few calls.
/// </remarks>
internal static class FftStrip
{
    /// <summary>Floats across a strip: one Vector512, two Vector256, four Vector128 or sixteen scalars.</summary>
    public const int Width = 16;

    /// <summary>Forward DIF FFT of length <c>w.N</c> down the strip starting at re / im, rows <paramref name="stride"/> floats apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Forward<TOps, TV>(ref float re, ref float im, nint stride, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int n = w.N;
        int h = n / 2;
        for (; h >= 2; h /= 4)
        {
            // Radix 4 needs spans h and h / 2; below that one radix-2 stage remains.
            Radix4Forward<TOps, TV>(ref re, ref im, stride, n, h, w);
        }

        if (h == 1)
        {
            Radix2Forward<TOps, TV>(ref re, ref im, stride, n, 1, w);
        }
    }

    /// <summary>Inverse DIT FFT (unscaled) of length <c>w.N</c>, the exact mirror of <see cref="Forward{TOps, TV}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Inverse<TOps, TV>(ref float re, ref float im, nint stride, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int n = w.N;
        int h = n / 2;
        int stages = 0;
        for (; h >= 2; h /= 4)
        {
            stages++;
        }

        // The forward pass did radix-4 stages at h = n/2, n/8, ... and maybe radix 2 at h = 1: undo them last to first.
        if (h == 1)
        {
            Radix2Inverse<TOps, TV>(ref re, ref im, stride, n, 1, w);
        }

        for (int s = stages - 1; s >= 0; s--)
        {
            Radix4Inverse<TOps, TV>(ref re, ref im, stride, n, (n / 2) >> (2 * s), w);
        }
    }

    /// <summary>One DIF stage of span h: x[p], x[p + h] become x[p] + x[p + h] and (x[p] - x[p + h]) w^j.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Radix2Forward<TOps, TV>(ref float re, ref float im, nint stride, int n, int h, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int step = n / (2 * h);
        for (int g = 0; g < n; g += 2 * h)
        {
            for (int j = 0; j < h; j++)
            {
                TV c = TOps.Broadcast(w.Cos[j * step]), s = TOps.Broadcast(w.Sin[j * step]);
                nint p = (g + j) * stride, q = p + (h * stride);
                for (nint v = 0; v < Width; v += TOps.Count)
                {
                    TV ar = TOps.Load(ref re, p + v), ai = TOps.Load(ref im, p + v);
                    TV br = TOps.Load(ref re, q + v), bi = TOps.Load(ref im, q + v);
                    TOps.Store(TOps.Add(ar, br), ref re, p + v);
                    TOps.Store(TOps.Add(ai, bi), ref im, p + v);
                    TV dr = TOps.Subtract(ar, br), di = TOps.Subtract(ai, bi);
                    // (dr + i di)(c - i s)
                    TOps.Store(TOps.MultiplyAdd(di, s, TOps.Multiply(dr, c)), ref re, q + v);
                    TOps.Store(TOps.Subtract(TOps.Multiply(di, c), TOps.Multiply(dr, s)), ref im, q + v);
                }
            }
        }
    }

    /// <summary>The inverse of <see cref="Radix2Forward{TOps, TV}"/> up to a factor 2: b = x[p + h] w^-j, then a + b and a - b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Radix2Inverse<TOps, TV>(ref float re, ref float im, nint stride, int n, int h, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int step = n / (2 * h);
        for (int g = 0; g < n; g += 2 * h)
        {
            for (int j = 0; j < h; j++)
            {
                TV c = TOps.Broadcast(w.Cos[j * step]), s = TOps.Broadcast(w.Sin[j * step]);
                nint p = (g + j) * stride, q = p + (h * stride);
                for (nint v = 0; v < Width; v += TOps.Count)
                {
                    TV ar = TOps.Load(ref re, p + v), ai = TOps.Load(ref im, p + v);
                    TV xr = TOps.Load(ref re, q + v), xi = TOps.Load(ref im, q + v);
                    // (xr + i xi)(c + i s)
                    TV br = TOps.Subtract(TOps.Multiply(xr, c), TOps.Multiply(xi, s));
                    TV bi = TOps.MultiplyAdd(xr, s, TOps.Multiply(xi, c));
                    TOps.Store(TOps.Add(ar, br), ref re, p + v);
                    TOps.Store(TOps.Add(ai, bi), ref im, p + v);
                    TOps.Store(TOps.Subtract(ar, br), ref re, q + v);
                    TOps.Store(TOps.Subtract(ai, bi), ref im, q + v);
                }
            }
        }
    }

    /// <summary>
    /// Two DIF stages at once (spans h and h / 2): the four rows p, p + h/2, p + h, p + 3h/2 are loaded
    /// once, go through both stages' butterflies in registers and are stored once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Radix4Forward<TOps, TV>(ref float re, ref float im, nint stride, int n, int h, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int step = n / (2 * h), q4 = h / 2;
        nint dq = q4 * stride;
        for (int g = 0; g < n; g += 2 * h)
        {
            for (int j = 0; j < q4; j++)
            {
                // First stage (span h): rows j and j + h with w^j, rows j + h/2 and j + 3h/2 with w^(j + h/2).
                TV c1 = TOps.Broadcast(w.Cos[j * step]), s1 = TOps.Broadcast(w.Sin[j * step]);
                TV c2 = TOps.Broadcast(w.Cos[(j + q4) * step]), s2 = TOps.Broadcast(w.Sin[(j + q4) * step]);
                // Second stage (span h/2): rows j and j + h/2 (and j + h, j + 3h/2) with w'^j, w' = w^2.
                TV c3 = TOps.Broadcast(w.Cos[2 * j * step]), s3 = TOps.Broadcast(w.Sin[2 * j * step]);
                nint p0 = (g + j) * stride, p1 = p0 + dq, p2 = p1 + dq, p3 = p2 + dq;
                for (nint v = 0; v < Width; v += TOps.Count)
                {
                    TV x0r = TOps.Load(ref re, p0 + v), x0i = TOps.Load(ref im, p0 + v);
                    TV x1r = TOps.Load(ref re, p1 + v), x1i = TOps.Load(ref im, p1 + v);
                    TV x2r = TOps.Load(ref re, p2 + v), x2i = TOps.Load(ref im, p2 + v);
                    TV x3r = TOps.Load(ref re, p3 + v), x3i = TOps.Load(ref im, p3 + v);

                    TV a0r = TOps.Add(x0r, x2r), a0i = TOps.Add(x0i, x2i);
                    TV a1r = TOps.Add(x1r, x3r), a1i = TOps.Add(x1i, x3i);
                    TV dr = TOps.Subtract(x0r, x2r), di = TOps.Subtract(x0i, x2i);
                    TV a2r = TOps.MultiplyAdd(di, s1, TOps.Multiply(dr, c1));
                    TV a2i = TOps.Subtract(TOps.Multiply(di, c1), TOps.Multiply(dr, s1));
                    dr = TOps.Subtract(x1r, x3r);
                    di = TOps.Subtract(x1i, x3i);
                    TV a3r = TOps.MultiplyAdd(di, s2, TOps.Multiply(dr, c2));
                    TV a3i = TOps.Subtract(TOps.Multiply(di, c2), TOps.Multiply(dr, s2));

                    TOps.Store(TOps.Add(a0r, a1r), ref re, p0 + v);
                    TOps.Store(TOps.Add(a0i, a1i), ref im, p0 + v);
                    dr = TOps.Subtract(a0r, a1r);
                    di = TOps.Subtract(a0i, a1i);
                    TOps.Store(TOps.MultiplyAdd(di, s3, TOps.Multiply(dr, c3)), ref re, p1 + v);
                    TOps.Store(TOps.Subtract(TOps.Multiply(di, c3), TOps.Multiply(dr, s3)), ref im, p1 + v);
                    TOps.Store(TOps.Add(a2r, a3r), ref re, p2 + v);
                    TOps.Store(TOps.Add(a2i, a3i), ref im, p2 + v);
                    dr = TOps.Subtract(a2r, a3r);
                    di = TOps.Subtract(a2i, a3i);
                    TOps.Store(TOps.MultiplyAdd(di, s3, TOps.Multiply(dr, c3)), ref re, p3 + v);
                    TOps.Store(TOps.Subtract(TOps.Multiply(di, c3), TOps.Multiply(dr, s3)), ref im, p3 + v);
                }
            }
        }
    }

    /// <summary>The inverse of <see cref="Radix4Forward{TOps, TV}"/> up to a factor 4: its two stages undone in the opposite order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Radix4Inverse<TOps, TV>(ref float re, ref float im, nint stride, int n, int h, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        int step = n / (2 * h), q4 = h / 2;
        nint dq = q4 * stride;
        for (int g = 0; g < n; g += 2 * h)
        {
            for (int j = 0; j < q4; j++)
            {
                TV c1 = TOps.Broadcast(w.Cos[j * step]), s1 = TOps.Broadcast(w.Sin[j * step]);
                TV c2 = TOps.Broadcast(w.Cos[(j + q4) * step]), s2 = TOps.Broadcast(w.Sin[(j + q4) * step]);
                TV c3 = TOps.Broadcast(w.Cos[2 * j * step]), s3 = TOps.Broadcast(w.Sin[2 * j * step]);
                nint p0 = (g + j) * stride, p1 = p0 + dq, p2 = p1 + dq, p3 = p2 + dq;
                for (nint v = 0; v < Width; v += TOps.Count)
                {
                    TV x0r = TOps.Load(ref re, p0 + v), x0i = TOps.Load(ref im, p0 + v);
                    TV x1r = TOps.Load(ref re, p1 + v), x1i = TOps.Load(ref im, p1 + v);
                    TV x2r = TOps.Load(ref re, p2 + v), x2i = TOps.Load(ref im, p2 + v);
                    TV x3r = TOps.Load(ref re, p3 + v), x3i = TOps.Load(ref im, p3 + v);

                    // Undo the second stage (span h/2): b = x1 w'^-j, then a +- b; the same for rows 2 and 3.
                    TV br = TOps.Subtract(TOps.Multiply(x1r, c3), TOps.Multiply(x1i, s3));
                    TV bi = TOps.MultiplyAdd(x1r, s3, TOps.Multiply(x1i, c3));
                    TV a0r = TOps.Add(x0r, br), a0i = TOps.Add(x0i, bi);
                    TV a1r = TOps.Subtract(x0r, br), a1i = TOps.Subtract(x0i, bi);
                    br = TOps.Subtract(TOps.Multiply(x3r, c3), TOps.Multiply(x3i, s3));
                    bi = TOps.MultiplyAdd(x3r, s3, TOps.Multiply(x3i, c3));
                    TV a2r = TOps.Add(x2r, br), a2i = TOps.Add(x2i, bi);
                    TV a3r = TOps.Subtract(x2r, br), a3i = TOps.Subtract(x2i, bi);

                    // Undo the first stage (span h): rows 0 and 2 with w^-j, rows 1 and 3 with w^-(j + h/2).
                    br = TOps.Subtract(TOps.Multiply(a2r, c1), TOps.Multiply(a2i, s1));
                    bi = TOps.MultiplyAdd(a2r, s1, TOps.Multiply(a2i, c1));
                    TOps.Store(TOps.Add(a0r, br), ref re, p0 + v);
                    TOps.Store(TOps.Add(a0i, bi), ref im, p0 + v);
                    TOps.Store(TOps.Subtract(a0r, br), ref re, p2 + v);
                    TOps.Store(TOps.Subtract(a0i, bi), ref im, p2 + v);
                    br = TOps.Subtract(TOps.Multiply(a3r, c2), TOps.Multiply(a3i, s2));
                    bi = TOps.MultiplyAdd(a3r, s2, TOps.Multiply(a3i, c2));
                    TOps.Store(TOps.Add(a1r, br), ref re, p1 + v);
                    TOps.Store(TOps.Add(a1i, bi), ref im, p1 + v);
                    TOps.Store(TOps.Subtract(a1r, br), ref re, p3 + v);
                    TOps.Store(TOps.Subtract(a1i, bi), ref im, p3 + v);
                }
            }
        }
    }
}
