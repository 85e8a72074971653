using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>What the kernel did with one submitted cell.</summary>
/// <param name="Outcome">Succeeded, failed, timed out, or the kernel died.</param>
/// <param name="Error">The failure text (CommandFailed's message, or what the runner saw), null on success.</param>
/// <param name="Events">Every event that belongs to the submission (its own token or a child's), in order, as the protocol's types.</param>
/// <param name="Elapsed">Wall time from sending the command to its end.</param>
public sealed record SubmissionResult(SubmissionOutcome Outcome, string? Error, IReadOnlyList<KernelEvent> Events, TimeSpan Elapsed)
{
    /// <summary>What the caps dropped (<see cref="PendingSubmission.MaxStreamChars"/>, <see cref="PendingSubmission.MaxDisplays"/>): printed characters and displays.</summary>
    public (long Chars, int Displays) Dropped { get; init; }

    /// <summary>A sentence for output over the caps, or null when nothing was dropped.</summary>
    public string? DroppedNote => Dropped is (0, 0) ? null
        : $"its output was cut: {(Dropped.Chars > 0 ? $"{Dropped.Chars:N0} more characters printed after the first {PendingSubmission.MaxStreamChars:N0}" : "")}" +
          $"{(Dropped.Chars > 0 && Dropped.Displays > 0 ? " and " : "")}{(Dropped.Displays > 0 ? $"{Dropped.Displays:N0} more displays after the first {PendingSubmission.MaxDisplays:N0}" : "")} were not kept";
}
