namespace Convolution.Teaching.Fast;

/// <summary>
/// The direction of an FFT stage carried as a type, so one stage loop is compiled once per direction with the
/// other direction's butterfly folded away (a constant the JIT sees, not a branch per butterfly).
/// </summary>
internal interface IFftDirection
{
    /// <summary>True for the inverse (decimation in time) stage, false for the forward (decimation in frequency) one.</summary>
    static abstract bool IsInverse { get; }
}
