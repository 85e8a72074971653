using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>The cell in flight in a <see cref="KernelSession"/>: collects its events and completes on its terminal event.</summary>
/// <param name="token">The token its SubmitCode carried.</param>
internal sealed class PendingSubmission(string token)
{
    /// <summary>How much text a cell may print (stdout and stderr together) before the rest is dropped: about 1 MB.</summary>
    public const int MaxStreamChars = 1_000_000;

    /// <summary>How many displays a cell may show before the rest are dropped.</summary>
    public const int MaxDisplays = 1_000;

    private readonly List<KernelEvent> events = [];
    private long streamChars;
    private int displays;

    /// <summary>The token its SubmitCode carried.</summary>
    public string Token { get; } = token;

    /// <summary>Completes with the cell's own CommandSucceeded or CommandFailed.</summary>
    public TaskCompletionSource<KernelEvent> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Keeps <paramref name="ev"/> if the cell's command or one of its children caused it.</summary>
    /// <param name="ev">An event the kernel wrote.</param>
    public void Offer(KernelEvent ev)
    {
        string? token = KernelEventLine.TokenOf(ev);
        if (!IsMine(token))
        {
            return;
        }

        lock (events)
        {
            if (Over(ev))
            {
                return;
            }

            events.Add(ev);
        }

        // A child's CommandSucceeded (e.g. the hidden first-run `using`) does not end the cell.
        if (token == Token && ev is CommandSucceeded or CommandFailed)
        {
            Done.TrySetResult(ev);
        }
    }

    /// <summary>True once the cell has printed more than <see cref="MaxStreamChars"/>: its further printing is only counted.</summary>
    public bool PrintingCapped
    {
        get
        {
            lock (events)
            {
                return streamChars > MaxStreamChars;
            }
        }
    }

    /// <summary>Counts printed text that came after the cap, read by <see cref="KernelEventLine.TryReadPrinted"/>.</summary>
    /// <param name="token">The token of the command that printed.</param>
    /// <param name="chars">How many characters it printed.</param>
    public void DropPrinted(string? token, long chars)
    {
        if (!IsMine(token))
        {
            return;
        }

        lock (events)
        {
            streamChars += chars;
            Dropped = (Dropped.Chars + chars, Dropped.Displays);
        }
    }

    // By token, not by the package's descendant check (internal): a child's token is ours plus ".N".
    private bool IsMine(string? token) => token == Token || (token?.StartsWith(Token + ".", StringComparison.Ordinal) ?? false);

    /// <summary>What was dropped over the caps: characters of printed text and displays (zero when nothing was).</summary>
    public (long Chars, int Displays) Dropped { get; private set; }

    /// <summary>True when <paramref name="ev"/> is output beyond a cap, counted as dropped (called under the lock).</summary>
    private bool Over(KernelEvent ev)
    {
        switch (ev)
        {
            case StandardOutputValueProduced or StandardErrorValueProduced:
                long chars = ((DisplayEvent)ev).FormattedValues.Sum(v => (long)(v.Value?.Length ?? 0));
                streamChars += chars;
                if (streamChars > MaxStreamChars)
                {
                    Dropped = (Dropped.Chars + chars, Dropped.Displays);
                    return true;
                }

                return false;
            case DisplayedValueProduced:
                if (++displays > MaxDisplays)
                {
                    Dropped = (Dropped.Chars, Dropped.Displays + 1);
                    return true;
                }

                return false;
            default:
                return false;
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
