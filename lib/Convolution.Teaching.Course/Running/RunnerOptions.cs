using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Running;

/// <summary>Limits and choices for <see cref="NotebookRunner"/>.</summary>
public sealed record RunnerOptions
{
    /// <summary>Time limit for one cell (a cold package restore of OpenCvSharp can take a minute).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Time limit for a whole notebook, kernel start included.</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the kernel may take to report KernelReady.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The kernel to start; null locates the repository's pinned local tool from the notebook's folder.</summary>
    public KernelLaunch? Launch { get; init; }

    /// <summary>
    /// The instructor's verification: run as a student copy whose answers are the stubs, so every check must say
    /// "not yet"; null decides by the path (<see cref="ExerciseMarker.IsStudentCopy"/>). Ignored when <see cref="Answers"/> is set.
    /// </summary>
    public bool? StudentCopy { get; init; }

    /// <summary>
    /// A student's own run: every check cell reports the student's answer, a pass as <see cref="CellStatus.Passed"/>,
    /// anything else as <see cref="CellStatus.NotYet"/> with the checker's feedback (<c>course check</c>, <c>course grade</c>).
    /// </summary>
    public bool Answers { get; init; }

    /// <summary>
    /// How a check cell's verdict is decided from its outputs and its check's name; null reads the result the cell showed
    /// (<see cref="CheckVerdict.From"/>). The grader decides in its own process from the evidence the cell showed.
    /// </summary>
    public Func<string, IReadOnlyList<CellOutput>, CheckVerdict?>? Judge { get; init; }
}
