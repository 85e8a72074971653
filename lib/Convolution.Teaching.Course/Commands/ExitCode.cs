namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// What the <c>course</c> command returns, for scripts and CI. Every command returns one of these; README.md's
/// course-command section lists them. Higher means worse, so a build can return the worst of its steps.
/// </summary>
public enum ExitCode
{
    /// <summary>Everything went as expected.</summary>
    Success = 0,

    /// <summary>Something in the course is wrong: a cell failed unexpectedly, a notebook is malformed or has hygiene
    /// problems, a student copy with hand edits was left alone, or a lesson has no up-to-date page.</summary>
    Failures = 1,

    /// <summary>The command line is wrong: an unknown command or option, a bad number, a path that does not exist.</summary>
    UsageError = 2,

    /// <summary>Something the command needs is missing: the kernel tool, a library build, the repository, the executed notebooks.</summary>
    MissingPrerequisite = 3,
}
