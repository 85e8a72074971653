using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>The cell in flight in a <see cref="KernelSession"/>: collects its events and completes on its terminal event.</summary>
/// <param name="token">The token its SubmitCode carried.</param>
internal sealed class PendingSubmission(string token)
{
    private readonly List<KernelEvent> events = [];

    /// <summary>The token its SubmitCode carried.</summary>
    public string Token { get; } = token;

    /// <summary>Completes with the cell's own CommandSucceeded or CommandFailed.</summary>
    public TaskCompletionSource<KernelEvent> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Keeps <paramref name="ev"/> if the cell's command or one of its children caused it.</summary>
    /// <param name="ev">An event the kernel wrote.</param>
    public void Offer(KernelEvent ev)
    {
        // By token, not by the package's descendant check (internal): a child's token is ours plus ".N".
        string? token = KernelEventLine.TokenOf(ev);
        bool mine = token == Token || (token?.StartsWith(Token + ".", StringComparison.Ordinal) ?? false);
        if (!mine)
        {
            return;
        }

        lock (events)
        {
            events.Add(ev);
        }

        // A child's CommandSucceeded (e.g. the hidden first-run `using`) does not end the cell.
        if (token == Token && ev is CommandSucceeded or CommandFailed)
        {
            Done.TrySetResult(ev);
        }
    }

    /// <summary>The events kept so far, in order.</summary>
    public IReadOnlyList<KernelEvent> Snapshot()
    {
        lock (events)
        {
            return [.. events];
        }
    }
}
