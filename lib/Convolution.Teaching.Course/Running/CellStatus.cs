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

    /// <summary>An exercise check cell failed in a student copy, as it should while the exercise is unsolved.</summary>
    ExpectedFailure,

    /// <summary>An exercise check cell passed in a student copy: its stub did not make the check fail.</summary>
    UnexpectedPass,
}
