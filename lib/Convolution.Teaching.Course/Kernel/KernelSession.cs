using System.Diagnostics;
using System.Text;
using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>
/// One <c>dotnet-interactive stdio</c> kernel process, driven one cell at a time.
/// </summary>
/// <remarks>
/// The stdio protocol, as observed with Microsoft.dotnet-interactive 1.0.712001. The package
/// Microsoft.DotNet.Interactive (same build as the tool) serializes our commands and deserializes the events
/// (<see cref="KernelCommandLine"/>, <see cref="KernelEventLine"/>); this class owns only the process:
/// <list type="bullet">
/// <item>stdin takes one JSON command envelope per line, UTF-8, e.g.
/// <c>{"token":"cell3","commandType":"SubmitCode","command":{"code":"...","targetKernelName":"csharp"}}</c>.
/// A Quit command makes the process exit 0.</item>
/// <item>stdout carries one JSON event envelope per line:
/// <c>{"event":{...},"eventType":"...","command":{"token":"cell3",...},"routingSlip":[...]}</c>.
/// The very first run on a machine prints a telemetry banner (plain text lines) first: skip non-JSON lines.
/// The first event is <c>KernelReady</c> (about 6 s after start here).</item>
/// <item>Per SubmitCode: CodeSubmissionReceived, CompleteCodeSubmissionReceived, DiagnosticsProduced,
/// then any of StandardOutputValueProduced / StandardErrorValueProduced / DisplayedValueProduced /
/// DisplayedValueUpdated (same <c>valueId</c>: replaces the earlier display, e.g. "Installing packages...") /
/// ReturnValueProduced / PackageAdded, and finally exactly one CommandSucceeded or CommandFailed
/// (<c>event.message</c>: the exception with its stack, or the compiler's "(1,9): error CS0029: ...").
/// Values arrive as <c>formattedValues: [{mimeType, value}]</c>.</item>
/// <item>Child commands carry the parent's token plus ".1", ".2"... (the kernel's first submission runs a hidden
/// <c>using static Microsoft.DotNet.Interactive.Kernel;</c> as "cell1.1"); their events belong to the parent.</item>
/// <item>Commands sent before the previous one finished are interleaved (a CommandSucceeded came after the next
/// command's CommandFailed), so this class sends a cell only after the previous cell's terminal event.</item>
/// <item>Closing stdin does NOT end the process: it spins at 100% CPU. Always send Quit, then kill the tree.</item>
/// <item>A running cell cannot be interrupted; a runaway loop is ended by killing the process tree.</item>
/// <item>Relative paths in <c>#r</c>/<c>#load</c>/File calls resolve against the process's working directory,
/// so the process starts in the notebook's folder.</item>
/// </list>
/// </remarks>
public sealed class KernelSession : IAsyncDisposable
{
    private const int StderrKeep = 8000;
    private readonly ChildProcess process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly Task readLoop;
    private PendingSubmission? pending;
    private int nextToken;
    private bool killed;

    private KernelSession(ChildProcess process)
    {
        this.process = process;
        readLoop = Task.Run(ReadEventsAsync);
    }

    /// <summary>The folder the kernel runs in (the notebook's folder).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>True while the process runs and has not been killed.</summary>
    public bool IsAlive => !killed && !process.HasExited;

    /// <summary>The last few thousand characters the kernel wrote to stderr (for crash messages).</summary>
    public string StandardError => process.StandardError;

    /// <summary>Starts a kernel in <paramref name="workingDirectory"/> and waits for its KernelReady event.</summary>
    /// <param name="launch">Which kernel to start (see <see cref="KernelLaunch.Locate"/>).</param>
    /// <param name="workingDirectory">The notebook's folder: relative paths in cells resolve against it.</param>
    /// <param name="startTimeout">How long to wait for KernelReady.</param>
    /// <param name="cancellationToken">Cancels the wait (the process is then killed).</param>
    /// <exception cref="InvalidOperationException">The kernel could not start or did not get ready in time.</exception>
    public static async Task<KernelSession> StartAsync(KernelLaunch launch, string workingDirectory, TimeSpan startTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(launch);
        if (!Directory.Exists(workingDirectory))
        {
            throw new ArgumentException($"Working directory '{workingDirectory}' does not exist; pass the notebook's folder.", nameof(workingDirectory));
        }

        string folder = Path.GetFullPath(workingDirectory);
        // A sandboxed kernel runs in the student copies' folder inside, as a student's would; its environment is the
        // sandbox's own. Either way the kernel starts under ChildProcess's policy and in a process group of its own, so
        // Kill takes whatever a cell started, even after the kernel itself has exited.
        ChildStart start = launch.Sandbox is { } sandbox
            ? sandbox.Start(launch.FileName, [.. launch.Arguments, "--working-dir", sandbox.NotebookFolder], folder, launch.Environment)
            : new ChildStart(launch.FileName, [.. launch.Arguments, "--working-dir", folder])
            {
                WorkingDirectory = folder,
                Environment = launch.Environment.ToDictionary(kv => kv.Key, kv => (string?)kv.Value),
            };

        ChildProcess process;
        try
        {
            process = ChildProcess.Start(start with { RedirectInput = true, CaptureOutput = false, OutputCap = StderrKeep });
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start `{launch.FileName}` ({e.Message}). Install the .NET SDK from global.json and put `dotnet` on PATH.", e);
        }

        var session = new KernelSession(process) { WorkingDirectory = folder };
        Task finished = await Task.WhenAny(session.ready.Task, session.readLoop, Task.Delay(startTimeout, cancellationToken)).ConfigureAwait(false);
        if (finished != session.ready.Task)
        {
            string why = finished == session.readLoop
                ? $"the kernel exited before it was ready (exit code {SafeExitCode(process)})"
                : $"the kernel was not ready after {startTimeout.TotalSeconds:0} s";
            string err = session.StandardError;
            session.Kill();
            throw new InvalidOperationException(
                $"{launch.Description} did not start in {folder}: {why}." + (err.Length > 0 ? $" Its stderr: {err}" : ""));
        }

        return session;
    }

    /// <summary>
    /// Submits one cell's code to the C# kernel and waits for its CommandSucceeded/CommandFailed. On timeout the
    /// kernel's process tree is killed (a running cell cannot be interrupted) and the session is dead.
    /// </summary>
    /// <param name="code">The cell's source.</param>
    /// <param name="timeout">Time limit for this cell.</param>
    /// <param name="cancellationToken">Cancels the wait (treated like a timeout: the kernel is killed).</param>
    public async Task<SubmissionResult> SubmitCodeAsync(string code, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var watch = Stopwatch.StartNew();
        if (!IsAlive)
        {
            return new SubmissionResult(SubmissionOutcome.KernelExited, "The kernel is not running (it was stopped after an earlier cell).", [], watch.Elapsed);
        }

        var current = new PendingSubmission($"cell{Interlocked.Increment(ref nextToken)}");
        lock (gate)
        {
            if (pending is not null)
            {
                throw new InvalidOperationException("A cell is still running in this kernel; submit cells one at a time.");
            }

            pending = current;
        }

        try
        {
            await process.Input.WriteLineAsync(KernelCommandLine.SubmitCode(code, current.Token)).ConfigureAwait(false);
            await process.Input.FlushAsync(cancellationToken).ConfigureAwait(false);

            Task finished;
            using (var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                finished = await Task.WhenAny(current.Done.Task, readLoop, Task.Delay(timeout, delay.Token)).ConfigureAwait(false);
                await delay.CancelAsync().ConfigureAwait(false);
            }

            if (finished == current.Done.Task)
            {
                KernelEvent end = await current.Done.Task.ConfigureAwait(false);
                return end is CommandFailed failed
                    ? new SubmissionResult(SubmissionOutcome.Failed, failed.Message ?? "CommandFailed without a message.", current.Snapshot(), watch.Elapsed) { Dropped = current.Dropped }
                    : new SubmissionResult(SubmissionOutcome.Succeeded, null, current.Snapshot(), watch.Elapsed) { Dropped = current.Dropped };
            }

            if (finished == readLoop)
            {
                string err = StandardError;
                return new SubmissionResult(
                    SubmissionOutcome.KernelExited,
                    $"The kernel process exited (code {SafeExitCode(process)}) while running this cell." + (err.Length > 0 ? $" Its stderr: {err}" : ""),
                    current.Snapshot(),
                    watch.Elapsed) { Dropped = current.Dropped };
            }

            Kill();
            string reason = cancellationToken.IsCancellationRequested ? "the run was cancelled" : $"no result after {timeout.TotalSeconds:0.#} s";
            return new SubmissionResult(
                SubmissionOutcome.TimedOut,
                $"Timed out: {reason}; the kernel was stopped (an endless loop, or a cell slower than the limit?).",
                current.Snapshot(),
                watch.Elapsed) { Dropped = current.Dropped };
        }
        catch (IOException e)
        {
            return new SubmissionResult(SubmissionOutcome.KernelExited, $"Could not talk to the kernel: {e.Message}", current.Snapshot(), watch.Elapsed) { Dropped = current.Dropped };
        }
        finally
        {
            lock (gate)
            {
                pending = null;
            }
        }
    }

    /// <summary>Kills the kernel and every process it started (e.g. a package restore), even those a kernel that already exited left behind. Safe to call twice.</summary>
    public void Kill()
    {
        killed = true;
        process.Kill();
    }

    /// <summary>Asks the kernel to quit, waits briefly, then kills whatever is left.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsAlive)
        {
            try
            {
                await process.Input.WriteLineAsync(KernelCommandLine.Quit()).ConfigureAwait(false);
                await process.Input.FlushAsync().ConfigureAwait(false);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
            {
                // It did not quit politely: killed below.
            }
        }

        Kill();
        try
        {
            await readLoop.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The pipe stays open only if a grandchild inherited it; nothing more to wait for.
        }

        process.Dispose();
    }

    private static string SafeExitCode(ChildProcess p)
    {
        try
        {
            if (!p.HasExited)
            {
                return "still running";
            }

            // 128 + N is how a shell or bwrap reports a process ended by signal N; a SIGKILL nobody here sent is most often
            // the system's out-of-memory killer (the kernel's own heap limit gives an OutOfMemoryException instead).
            string code = p.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return p.ExitCode == 137 ? code + ": killed by SIGKILL, most often the machine running out of memory"
                : p.ExitCode is > 128 and < 160 ? $"{code}: ended by signal {p.ExitCode - 128}" : code;
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }

    private async Task ReadEventsAsync()
    {
        while (await process.OutputReader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            PendingSubmission? capped;
            lock (gate)
            {
                capped = pending is { PrintingCapped: true } p ? p : null;
            }

            // A cell printing without end: count each further line cheaply instead of building its event (measured: the
            // full parse cost the grader as much CPU as the kernel spent printing).
            if (capped is not null && KernelEventLine.TryReadPrinted(line, out string? printedBy, out long chars))
            {
                capped.DropPrinted(printedBy, chars);
                continue;
            }

            if (KernelEventLine.TryParse(line) is not { } ev)
            {
                continue;
            }

            if (ev is KernelReady)
            {
                ready.TrySetResult();
                continue;
            }

            PendingSubmission? current;
            lock (gate)
            {
                current = pending;
            }

            current?.Offer(ev);
        }
    }
}
