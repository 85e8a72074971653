namespace Convolution.Teaching.Course.Kernel;

/// <summary>How one submitted cell ended.</summary>
public enum SubmissionOutcome
{
    /// <summary>The kernel sent CommandSucceeded.</summary>
    Succeeded,

    /// <summary>The kernel sent CommandFailed (an exception, a compile error, a failed package restore).</summary>
    Failed,

    /// <summary>No answer within the time limit: the kernel's process tree was killed.</summary>
    TimedOut,

    /// <summary>The kernel process exited (crashed or was killed) before answering.</summary>
    KernelExited,
}
