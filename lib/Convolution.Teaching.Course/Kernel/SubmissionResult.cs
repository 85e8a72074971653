using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>What the kernel did with one submitted cell.</summary>
/// <param name="Outcome">Succeeded, failed, timed out, or the kernel died.</param>
/// <param name="Error">The failure text (CommandFailed's message, or what the runner saw), null on success.</param>
/// <param name="Events">Every event that belongs to the submission (its own token or a child's), in order, as the protocol's types.</param>
/// <param name="Elapsed">Wall time from sending the command to its end.</param>
public sealed record SubmissionResult(SubmissionOutcome Outcome, string? Error, IReadOnlyList<KernelEvent> Events, TimeSpan Elapsed);
