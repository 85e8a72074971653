namespace Convolution.Teaching;

/// <summary>
/// Which instructions <see cref="FastFilters"/> computes with. <see cref="Auto"/> picks the widest
/// vectors the processor runs natively; the others force one path, so tests can check every path
/// on any machine (a forced path the processor lacks still gives correct results, only slowly).
/// </summary>
public enum FastPath
{
    /// <summary>The widest accelerated one: <see cref="Vector512"/>, else <see cref="Vector256"/>, else <see cref="VectorT"/>, else <see cref="Scalar"/>.</summary>
    Auto,

    /// <summary>One float at a time (still register-blocked and without bounds checks).</summary>
    Scalar,

    /// <summary><c>System.Numerics.Vector&lt;float&gt;</c>: the size the runtime prefers (4 or 8 floats).</summary>
    VectorT,

    /// <summary><c>Vector128&lt;float&gt;</c>: 4 floats (SSE, Arm AdvSimd).</summary>
    Vector128,

    /// <summary><c>Vector256&lt;float&gt;</c>: 8 floats (AVX2).</summary>
    Vector256,

    /// <summary><c>Vector512&lt;float&gt;</c>: 16 floats (AVX-512).</summary>
    Vector512,
}
