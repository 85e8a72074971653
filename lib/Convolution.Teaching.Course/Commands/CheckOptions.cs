namespace Convolution.Teaching.Course.Commands;

/// <summary>What <c>course check</c> runs (and <c>course build</c>, which checks too), from <see cref="CheckSettings"/>.</summary>
/// <param name="Paths">Notebooks or folders; empty means notebooks/.</param>
/// <param name="NotebookTimeout">Time limit per notebook.</param>
/// <param name="Verify">The instructor's proof (course build): a student copy's stubs must make every check say "not yet". Otherwise (course check) each check reports the answer it finds.</param>
/// <param name="CellTimeout">Time limit per cell.</param>
public sealed record CheckOptions(IReadOnlyList<string> Paths, TimeSpan NotebookTimeout, TimeSpan CellTimeout, bool Verify = false)
{
    /// <summary>Default per-notebook limit in seconds.</summary>
    public const int DefaultTimeoutSeconds = 600;

    /// <summary>Default per-cell limit in seconds (a cold restore of OpenCvSharp's runtime takes about a minute).</summary>
    public const int DefaultCellTimeoutSeconds = 180;
}
