using Convolution.Teaching.Course.Running;

namespace Convolution.Teaching.Course.Grading;

/// <summary>How <see cref="Grader"/> runs each submission.</summary>
public sealed record GradingOptions
{
    /// <summary>The per-cell and per-notebook time limits.</summary>
    public RunnerOptions Limits { get; init; } = new();

    /// <summary>The lesson every submission must be, e.g. 05-task2-im-conv.ipynb, or null to tell each by its cells.</summary>
    public string? Lesson { get; init; }

    /// <summary>The memory limit of one submission's kernel.</summary>
    public long MemoryBytes { get; init; } = 2L << 30;

    /// <summary>
    /// Grade without a sandbox where none can be had (the instructor's explicit choice, for submissions they trust): each
    /// row then says "unsandboxed". Without it, grading refuses to start when there is no sandbox.
    /// </summary>
    public bool Unsandboxed { get; init; }
}
