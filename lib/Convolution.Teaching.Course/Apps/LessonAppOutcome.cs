using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Apps;

/// <summary>What <c>course release</c> did with one lesson app.</summary>
/// <param name="NotebookPath">The lesson (or student copy) it comes from.</param>
/// <param name="AppPath">The app.</param>
/// <param name="Status">What happened (the same outcomes as for student copies).</param>
/// <param name="Message">A sentence for the console.</param>
public sealed record LessonAppOutcome(string NotebookPath, string AppPath, StudentCopyStatus Status, string Message);
