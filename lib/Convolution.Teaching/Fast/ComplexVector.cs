using System.Runtime.CompilerServices;

namespace Convolution.Teaching.Fast;

/// <summary>
/// A vector of complex numbers kept as two vectors, real parts and imaginary parts, as the FFT's two
/// planes hold them; its operators let a butterfly read like the formula it computes.
/// </summary>
/// <typeparam name="TOps">The vector width's operations.</typeparam>
/// <typeparam name="TV">The vector type.</typeparam>
/// <param name="Re">The real parts.</param>
/// <param name="Im">The imaginary parts.</param>
internal readonly record struct ComplexVector<TOps, TV>(TV Re, TV Im)
    where TOps : ISimd<TV>
    where TV : struct
{
    /// <summary>The twiddle w^k = cos + i sin (2 pi k / n) in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ComplexVector<TOps, TV> Twiddle(FftTwiddles w, int k) => new(TOps.Broadcast(w.Cos[k]), TOps.Broadcast(w.Sin[k]));

    /// <summary>The numbers at <paramref name="offset"/> of the two planes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ComplexVector<TOps, TV> Load(ref float re, ref float im, nint offset) => new(TOps.Load(ref re, offset), TOps.Load(ref im, offset));

    /// <summary>Writes the numbers at <paramref name="offset"/> of the two planes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref float re, ref float im, nint offset)
    {
        TOps.Store(Re, ref re, offset);
        TOps.Store(Im, ref im, offset);
    }

    /// <summary>The sum, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ComplexVector<TOps, TV> operator +(ComplexVector<TOps, TV> a, ComplexVector<TOps, TV> b) => new(TOps.Add(a.Re, b.Re), TOps.Add(a.Im, b.Im));

    /// <summary>The difference, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ComplexVector<TOps, TV> operator -(ComplexVector<TOps, TV> a, ComplexVector<TOps, TV> b) => new(TOps.Subtract(a.Re, b.Re), TOps.Subtract(a.Im, b.Im));

    /// <summary>(re + i im)(c + i s), a turn by e^(+2 pi i k / n): the inverse transform's twiddle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ComplexVector<TOps, TV> Times(ComplexVector<TOps, TV> w) =>
        new(TOps.Subtract(TOps.Multiply(Re, w.Re), TOps.Multiply(Im, w.Im)), TOps.MultiplyAdd(Re, w.Im, TOps.Multiply(Im, w.Re)));

    /// <summary>(re + i im)(c - i s), a turn by e^(-2 pi i k / n): the forward transform's twiddle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ComplexVector<TOps, TV> TimesConjugate(ComplexVector<TOps, TV> w) =>
        new(TOps.MultiplyAdd(Im, w.Im, TOps.Multiply(Re, w.Re)), TOps.Subtract(TOps.Multiply(Im, w.Re), TOps.Multiply(Re, w.Im)));
}
