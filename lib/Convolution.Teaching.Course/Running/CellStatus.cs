namespace Convolution.Teaching.Course.Running;

/// <summary>How a code cell ended in a headless run.</summary>
public enum CellStatus
{
    /// <summary>The kernel reported success.</summary>
    Passed,

    /// <summary>The cell threw or did not compile, and it was not allowed to.</summary>
    Failed,

    /// <summary>The cell ran past its time limit; the kernel was killed.</summary>
    TimedOut,

    /// <summary>Not run: the kernel had been stopped (after a timeout, a crash, or the notebook's time limit).</summary>
    Skipped,

    /// <summary>The instructor's verification of a student copy: its check said "not yet", as it must while the answer is a stub.</summary>
    ExpectedFailure,

    /// <summary>The instructor's verification of a student copy: its check passed, so the stub did not keep the answer out.</summary>
    UnexpectedPass,

    /// <summary>A student's answer, judged (<see cref="RunnerOptions.Answers"/>): its check said "not yet"; the feedback says why.</summary>
    NotYet,
}
