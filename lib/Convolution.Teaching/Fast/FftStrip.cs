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
        var (radix4, radix2) = Stages(w.N);
        for (int s = 0; s < radix4; s++)
        {
            Radix4<TOps, TV, FftForward>(ref re, ref im, stride, w.N, Radix4Span(w.N, s), w);
        }

        if (radix2)
        {
            Radix2<TOps, TV, FftForward>(ref re, ref im, stride, w.N, 1, w);
        }
    }

    /// <summary>Inverse DIT FFT (unscaled) of length <c>w.N</c>: the stages of <see cref="Forward{TOps, TV}"/> undone, last to first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Inverse<TOps, TV>(ref float re, ref float im, nint stride, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
    {
        var (radix4, radix2) = Stages(w.N);
        if (radix2)
        {
            Radix2<TOps, TV, FftInverse>(ref re, ref im, stride, w.N, 1, w);
        }

        for (int s = radix4 - 1; s >= 0; s--)
        {
            Radix4<TOps, TV, FftInverse>(ref re, ref im, stride, w.N, Radix4Span(w.N, s), w);
        }
    }

    /// <summary>
    /// The plan both directions share, so the inverse undoes exactly what the forward did: radix-4 stages at
    /// spans n/2, n/8, ... while a span of at least 2 is left, then one radix-2 stage (span 1) when log2 n is odd.
    /// </summary>
    private static (int Radix4, bool Radix2) Stages(int n)
    {
        int radix4 = 0;
        while (Radix4Span(n, radix4) >= 2)
        {
            radix4++;
        }

        return (radix4, Radix4Span(n, radix4) == 1);
    }

    /// <summary>The span h of radix-4 stage <paramref name="stage"/>: n/2, then a quarter of it each stage.</summary>
    private static int Radix4Span(int n, int stage) => (n / 2) >> (2 * stage);

    /// <summary>
    /// One stage of span h on rows a = x[p] and b = x[p + h]. Forward (DIF): a + b and (a - b) w^j. Inverse (DIT),
    /// its undoing up to a factor 2: with b' = b w^-j, a + b' and a - b'.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Radix2<TOps, TV, TDirection>(ref float re, ref float im, nint stride, int n, int h, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
        where TDirection : IFftDirection
    {
        int step = n / (2 * h);
        for (int g = 0; g < n; g += 2 * h)
        {
            for (int j = 0; j < h; j++)
            {
                var t = ComplexVector<TOps, TV>.Twiddle(w, j * step);
                nint p = (g + j) * stride, q = p + (h * stride);
                for (nint v = 0; v < Width; v += TOps.Count)
                {
                    var a = ComplexVector<TOps, TV>.Load(ref re, ref im, p + v);
                    var b = ComplexVector<TOps, TV>.Load(ref re, ref im, q + v);
                    if (TDirection.IsInverse)
                    {
                        b = b.Times(t);
                        (a + b).Store(ref re, ref im, p + v);
                        (a - b).Store(ref re, ref im, q + v);
                    }
                    else
                    {
                        (a + b).Store(ref re, ref im, p + v);
                        (a - b).TimesConjugate(t).Store(ref re, ref im, q + v);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Two stages at once (spans h and h / 2): the four rows p, p + h/2, p + h, p + 3h/2 are loaded once, go
    /// through both stages' butterflies in registers and are stored once. The inverse undoes the forward's two
    /// stages in the opposite order (up to a factor 4), with the same twiddles turned the other way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Radix4<TOps, TV, TDirection>(ref float re, ref float im, nint stride, int n, int h, FftTwiddles w)
        where TOps : ISimd<TV>
        where TV : struct
        where TDirection : IFftDirection
    {
        int step = n / (2 * h), q4 = h / 2;
        nint dq = q4 * stride;
        for (int g = 0; g < n; g += 2 * h)
        {
            for (int j = 0; j < q4; j++)
            {
                // Span h: rows 0 and 2 turn by w^j, rows 1 and 3 by w^(j + h/2). Span h/2: w'^j, w' = w^2.
                var w1 = ComplexVector<TOps, TV>.Twiddle(w, j * step);
                var w2 = ComplexVector<TOps, TV>.Twiddle(w, (j + q4) * step);
                var w3 = ComplexVector<TOps, TV>.Twiddle(w, 2 * j * step);
                nint p0 = (g + j) * stride, p1 = p0 + dq, p2 = p1 + dq, p3 = p2 + dq;
                for (nint v = 0; v < Width; v += TOps.Count)
                {
                    var x0 = ComplexVector<TOps, TV>.Load(ref re, ref im, p0 + v);
                    var x1 = ComplexVector<TOps, TV>.Load(ref re, ref im, p1 + v);
                    var x2 = ComplexVector<TOps, TV>.Load(ref re, ref im, p2 + v);
                    var x3 = ComplexVector<TOps, TV>.Load(ref re, ref im, p3 + v);
                    if (TDirection.IsInverse)
                    {
                        // Undo span h/2 (rows 0, 1 and rows 2, 3), then span h (rows 0, 2 and rows 1, 3).
                        var b = x1.Times(w3);
                        var (a0, a1) = (x0 + b, x0 - b);
                        b = x3.Times(w3);
                        var (a2, a3) = (x2 + b, x2 - b);
                        b = a2.Times(w1);
                        (a0 + b).Store(ref re, ref im, p0 + v);
                        (a0 - b).Store(ref re, ref im, p2 + v);
                        b = a3.Times(w2);
                        (a1 + b).Store(ref re, ref im, p1 + v);
                        (a1 - b).Store(ref re, ref im, p3 + v);
                    }
                    else
                    {
                        var (a0, a1) = (x0 + x2, x1 + x3);
                        var (a2, a3) = ((x0 - x2).TimesConjugate(w1), (x1 - x3).TimesConjugate(w2));
                        (a0 + a1).Store(ref re, ref im, p0 + v);
                        (a0 - a1).TimesConjugate(w3).Store(ref re, ref im, p1 + v);
                        (a2 + a3).Store(ref re, ref im, p2 + v);
                        (a2 - a3).TimesConjugate(w3).Store(ref re, ref im, p3 + v);
                    }
                }
            }
        }
    }
}
