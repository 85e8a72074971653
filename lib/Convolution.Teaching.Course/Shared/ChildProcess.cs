// The one way this repository starts a process: the course tool compiles this file, and notebooks/setup.csx #loads it
// into the notebook kernel (so: plain C#, no namespace, since a script cannot declare one; only the base library; no
// syntax newer than the kernel's compiler knows).
#nullable enable
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

/// <summary>
/// What to start: the program (a name looked up on PATH, or a path), its arguments, where, with which variables on top of
/// <see cref="ChildEnvironment"/>'s policy, and how much of its output to keep.
/// </summary>
internal sealed record ChildStart
{
    /// <summary>A program and its arguments.</summary>
    /// <param name="program">A name on PATH (<c>dotnet</c>) or a path.</param>
    /// <param name="arguments">Its arguments, each passed as it is (no shell).</param>
    public ChildStart(string program, params string[] arguments)
    {
        Program = program;
        Arguments = arguments;
    }

    /// <summary>A name on PATH or a path.</summary>
    public string Program { get; init; }

    /// <summary>The arguments, each passed as it is.</summary>
    public IReadOnlyList<string> Arguments { get; init; }

    /// <summary>Where it starts; null: this process's current folder.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables set after the policy (a null value removes one).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>True to write to its standard input (<see cref="ChildProcess.Input"/>, UTF-8 without a byte-order mark).</summary>
    public bool RedirectInput { get; init; }

    /// <summary>
    /// True (the default) to keep its standard output; false when the caller reads it line by line itself
    /// (<see cref="ChildProcess.OutputReader"/>, e.g. a kernel's event stream). Standard error is always kept.
    /// </summary>
    public bool CaptureOutput { get; init; } = true;

    /// <summary>
    /// How many characters of each stream are kept: past it the first and last halves stay, with a note of how much was
    /// left out between them, so a runaway printer costs a fixed amount of memory and the end (where errors are) survives.
    /// </summary>
    public int OutputCap { get; init; } = 1_000_000;
}

/// <summary>How a child ended, with what it printed (each stream capped, see <see cref="ChildStart.OutputCap"/>).</summary>
/// <param name="ExitCode">Its exit code; -1 when it was killed for the time limit or a cancellation.</param>
/// <param name="Output">Standard output and error, line by line in the order they came.</param>
/// <param name="StandardOutput">Standard output as written (empty when the caller read it).</param>
/// <param name="StandardError">Standard error as written.</param>
/// <param name="TimedOut">It ran past the time limit and was killed, with everything it started.</param>
/// <param name="Cancelled">The wait was cancelled and it was killed, with everything it started.</param>
/// <param name="Truncated">Some output was left out (past the cap).</param>
/// <param name="Elapsed">From its start to its end.</param>
internal sealed record ChildResult(int ExitCode, string Output, string StandardOutput, string StandardError, bool TimedOut, bool Cancelled, bool Truncated, TimeSpan Elapsed)
{
    /// <summary>It exited by itself with code 0.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut && !Cancelled;
}

/// <summary>
/// The environment every child gets: this process's variables, less those a parent build or test run sets for itself that
/// would change the child's build, plus the variables that keep a child quiet and leave no server behind.
/// </summary>
/// <remarks>
/// <para>Passed: everything else, e.g. PATH, HOME, DOTNET_ROOT (finds the SDK), NUGET_PACKAGES, DOTNET_GCHeapHardLimit (a
/// graded kernel's memory cap must hold for the builds it starts).</para>
/// <para>Cleared: every variable whose name starts with MSBuild (any case: MSBuildExtensionsPath, MSBuildSDKsPath,
/// MSBUILD_EXE_PATH, MSBUILDNOINPROCNODE... which `dotnet build`/`dotnet test` set for their own children and which would
/// send the child's build to the parent's SDK or its in-process node), VSTEST* (a test host's), DOTNET_MSBUILD_* (the SDK
/// resolver's), DOTNET_HOST_PATH (the parent's host), DOTNET_STARTUP_HOOKS, DOTNET_ADDITIONAL_DEPS and
/// DOTNET_SHARED_STORE (code injected into every .NET process, e.g. by a coverage tool).</para>
/// <para>Set: DOTNET_CLI_TELEMETRY_OPTOUT=1 and DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 (no telemetry, no banner),
/// DOTNET_NOLOGO=1 and DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 (no first-run text in the output), MSBUILDDISABLENODEREUSE=1 and
/// DOTNET_CLI_USE_MSBUILD_SERVER=0 (no MSBuild node or build server outlives the child and holds its output pipes).</para>
/// <para>Then the caller's own (<see cref="ChildStart.Environment"/>).</para>
/// </remarks>
internal static class ChildEnvironment
{
    private static readonly string[] ClearedPrefixes = { "MSBuild", "VSTEST", "DOTNET_MSBUILD_" };

    private static readonly string[] Cleared = { "DOTNET_HOST_PATH", "DOTNET_STARTUP_HOOKS", "DOTNET_ADDITIONAL_DEPS", "DOTNET_SHARED_STORE" };

    /// <summary>The variables every child gets.</summary>
    public static readonly IReadOnlyDictionary<string, string> Set = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
    };

    /// <summary>Applies the policy to a child's variables (a copy of this process's).</summary>
    /// <param name="environment">The variables, changed in place.</param>
    public static void Apply(IDictionary<string, string?> environment)
    {
        foreach (string key in environment.Keys.ToList())
        {
            if (ClearedPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || Cleared.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        foreach (KeyValuePair<string, string> pair in Set)
        {
            environment[pair.Key] = pair.Value;
        }
    }
}

/// <summary>
/// A started child process: its output kept (capped), a wait with a time limit and a cancellation, and a kill that always
/// takes the whole tree.
/// </summary>
/// <remarks>
/// On Linux the child starts in a session and process group of its own (through util-linux's <c>setsid</c>, which then
/// becomes the program), so everything it starts and that does not leave the group on purpose is found even after the
/// child itself has exited and its children were handed to init: <see cref="Kill"/> first kills the tree the child's live
/// descendants form, then the group. Elsewhere (Windows, macOS: no setsid) the kill takes the tree of live descendants
/// only. Dispose kills too, so nothing a child left behind outlives it; so does this process's exit. The group's id is
/// the child's pid, which the system does not hand out again while any member of the group lives.
/// </remarks>
internal sealed class ChildProcess : IDisposable
{
    private const int SigKill = 9;
    private static readonly string? SetSid = OperatingSystem.IsLinux() ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) : null;
    private static readonly HashSet<ChildProcess> Live = new();
    private static int exitHooked;

    private readonly Process process;
    private readonly bool ownGroup;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly CappedText merged;
    private readonly CappedText stdout;
    private readonly CappedText stderr;
    private readonly Task pumps;
    private readonly object gate = new();
    private bool groupKilled;
    private bool disposed;

    private ChildProcess(Process process, bool ownGroup, ChildStart start)
    {
        this.process = process;
        this.ownGroup = ownGroup;
        merged = new CappedText(start.OutputCap);
        stdout = new CappedText(start.OutputCap);
        stderr = new CappedText(start.OutputCap);
        var lines = new object();
        Task errors = Task.Run(() => PumpAsync(process.StandardError, stderr, lines));
        pumps = start.CaptureOutput ? Task.WhenAll(errors, Task.Run(() => PumpAsync(process.StandardOutput, stdout, lines))) : errors;
    }

    /// <summary>The child's pid (and, on Linux, its process group's id).</summary>
    public int Id => process.Id;

    /// <summary>True once the child itself has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Its exit code, once it has exited.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Its standard input (with <see cref="ChildStart.RedirectInput"/>).</summary>
    public StreamWriter Input => process.StandardInput;

    /// <summary>Its standard output, for a caller that reads it (with <see cref="ChildStart.CaptureOutput"/> false).</summary>
    public StreamReader OutputReader => process.StandardOutput;

    /// <summary>What it wrote to standard output so far (capped).</summary>
    public string StandardOutput => stdout.Text;

    /// <summary>What it wrote to standard error so far (capped).</summary>
    public string StandardError => stderr.Text;

    /// <summary>Both streams so far, line by line as they came (capped).</summary>
    public string Output => merged.Text;

    /// <summary>Starts a child under the environment policy.</summary>
    /// <param name="start">What to start.</param>
    /// <exception cref="Win32Exception">The program is not found or cannot be started (as <see cref="Process.Start()"/> says).</exception>
    public static ChildProcess Start(ChildStart start)
    {
        if (start is null)
        {
            throw new ArgumentNullException(nameof(start));
        }

        var psi = new ProcessStartInfo { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = start.RedirectInput };
        ChildEnvironment.Apply(psi.Environment);
        foreach (KeyValuePair<string, string?> pair in start.Environment)
        {
            if (pair.Value is null)
            {
                psi.Environment.Remove(pair.Key);
            }
            else
            {
                psi.Environment[pair.Key] = pair.Value;
            }
        }

        if (start.WorkingDirectory is not null)
        {
            psi.WorkingDirectory = start.WorkingDirectory;
        }

        psi.StandardOutputEncoding = Encoding.UTF8;
        psi.StandardErrorEncoding = Encoding.UTF8;
        if (start.RedirectInput)
        {
            psi.StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        string program = Resolve(start.Program, psi.Environment.TryGetValue("PATH", out string? path) ? path : null, psi.WorkingDirectory);
        if (SetSid is not null)
        {
            // -w: should setsid ever have to fork (it does only when it already leads a group, which a fresh child never
            // does), it waits and passes the exit code on; otherwise it calls setsid() and becomes the program.
            psi.FileName = SetSid;
            psi.ArgumentList.Add("-w");
            psi.ArgumentList.Add(program);
        }
        else
        {
            psi.FileName = program;
        }

        foreach (string argument in start.Arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        Process process = Process.Start(psi) ?? throw new Win32Exception($"could not start {start.Program}");
        var child = new ChildProcess(process, SetSid is not null, start);
        lock (Live)
        {
            Live.Add(child);
        }

        if (Interlocked.Exchange(ref exitHooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        }

        return child;
    }

    /// <summary>Starts a child, waits for it (killing its tree at <paramref name="timeout"/>), and kills what it left behind.</summary>
    /// <param name="start">What to start.</param>
    /// <param name="timeout">The time limit.</param>
    /// <param name="cancellationToken">Ends the wait early, killing the tree.</param>
    public static ChildResult Run(ChildStart start, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using ChildProcess child = Start(start);
        return child.Wait(timeout, cancellationToken);
    }

    /// <summary>As <see cref="Run"/>, without blocking a thread.</summary>
    /// <param name="start">What to start.</param>
    /// <param name="timeout">The time limit.</param>
    /// <param name="cancellationToken">Ends the wait early, killing the tree.</param>
    public static async Task<ChildResult> RunAsync(ChildStart start, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using ChildProcess child = Start(start);
        return await child.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the child to exit; at <paramref name="timeout"/> or on cancellation kills its whole tree.</summary>
    /// <param name="timeout">The time limit.</param>
    /// <param name="cancellationToken">Ends the wait early, killing the tree.</param>
    public ChildResult Wait(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        bool exited;
        using (cancellationToken.Register(Kill))
        {
            exited = process.WaitForExit(timeout) && !cancellationToken.IsCancellationRequested;
        }

        return Finish(exited, cancellationToken.IsCancellationRequested);
    }

    /// <summary>Waits for the child to exit; at <paramref name="timeout"/> or on cancellation kills its whole tree.</summary>
    /// <param name="timeout">The time limit.</param>
    /// <param name="cancellationToken">Ends the wait early, killing the tree.</param>
    public async Task<ChildResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        bool exited;
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            exited = true;
        }
        catch (OperationCanceledException)
        {
            exited = false;
        }

        return Finish(exited, cancellationToken.IsCancellationRequested);
    }

    /// <summary>Waits for the child itself to exit, nothing more (no kill, no output wait).</summary>
    /// <param name="cancellationToken">Ends the wait (with an <see cref="OperationCanceledException"/>).</param>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    /// <summary>Kills the child's whole tree: its live descendants, then (on Linux) its process group, even after it exited. Safe to call twice.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It exited meanwhile; the group below still goes.
        }

        lock (gate)
        {
            if (!ownGroup || groupKilled)
            {
                return;
            }

            groupKilled = true;
        }

        try
        {
            _ = KillGroup(-process.Id, SigKill); // ESRCH when nothing of the group is left: nothing to do.
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to ask: the tree kill above is all there is.
        }
    }

    /// <summary>Kills whatever the child left running and releases it.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Kill();
        lock (Live)
        {
            Live.Remove(this);
        }

        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int KillGroup(int pid, int signal);

    private static void KillAll()
    {
        ChildProcess[] all;
        lock (Live)
        {
            all = Live.ToArray();
        }

        foreach (ChildProcess child in all)
        {
            child.Kill();
        }
    }

    /// <summary>The program's full path, as the system would find it: Process.Start would, but setsid in front hides the miss.</summary>
    private static string Resolve(string program, string? path, string? workingDirectory)
    {
        if (program.Contains('/') || program.Contains('\\') || SetSid is null)
        {
            return program.Contains('/') && !Path.IsPathRooted(program) && !string.IsNullOrEmpty(workingDirectory)
                ? Path.GetFullPath(Path.Combine(workingDirectory, program))
                : program;
        }

        foreach (string folder in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new Win32Exception(2, $"An error occurred trying to start process '{program}': No such file or directory (not found on PATH)");
    }

    private ChildResult Finish(bool exited, bool cancelled)
    {
        if (!exited)
        {
            Kill();
            process.WaitForExit(5000);
        }

        // The streams end when the last process holding them does: normally at once, but a grandchild may keep them open.
        if (!pumps.Wait(TimeSpan.FromSeconds(2)))
        {
            merged.Note("[the output's end was not waited for: a process the child started still holds it]");
        }

        bool truncated = merged.Truncated || stdout.Truncated || stderr.Truncated;
        return new ChildResult(exited ? process.ExitCode : -1, merged.Text, stdout.Text, stderr.Text, TimedOut: !exited && !cancelled, Cancelled: !exited && cancelled, truncated, watch.Elapsed);
    }

    private async Task PumpAsync(StreamReader reader, CappedText own, object lines)
    {
        var buffer = new char[8192];
        var line = new StringBuilder();
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
            {
                own.Append(buffer, 0, read);
                int from = 0;
                for (int i = 0; i < read; i++)
                {
                    if (buffer[i] == '\n')
                    {
                        line.Append(buffer, from, i + 1 - from);
                        from = i + 1;
                        lock (lines)
                        {
                            merged.Append(line);
                        }

                        line.Clear();
                    }
                }

                line.Append(buffer, from, read - from);
                if (line.Length > 65536)
                {
                    lock (lines)
                    {
                        merged.Append(line);
                    }

                    line.Clear();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke (the child was killed): keep what came.
        }

        if (line.Length > 0)
        {
            lock (lines)
            {
                merged.Append(line);
            }
        }
    }

    /// <summary>Text kept up to a cap: the first half, then a sliding last half, with a note of what was left out between.</summary>
    private sealed class CappedText
    {
        private readonly int half;
        private readonly StringBuilder head = new();
        private readonly StringBuilder tail = new();
        private long leftOut;
        private string note = "";

        public CappedText(int cap) => half = Math.Max(1, cap / 2);

        public bool Truncated
        {
            get
            {
                lock (head)
                {
                    return leftOut > 0 || tail.Length > half;
                }
            }
        }

        public string Text
        {
            get
            {
                lock (head)
                {
                    int extra = Math.Max(0, tail.Length - half);
                    long omitted = leftOut + extra;
                    string middle = omitted > 0 ? $"\n[... {omitted:N0} characters of output left out: only the first and last {half:N0} are kept ...]\n" : "";
                    return head.ToString() + middle + tail.ToString(extra, tail.Length - extra) + note;
                }
            }
        }

        public void Append(char[] chars, int start, int count) => Append(new string(chars, start, count));

        public void Append(StringBuilder text) => Append(text.ToString());

        public void Note(string text)
        {
            lock (head)
            {
                note = "\n" + text + "\n";
            }
        }

        private void Append(string text)
        {
            lock (head)
            {
                int intoHead = Math.Min(text.Length, half - head.Length);
                if (intoHead > 0)
                {
                    head.Append(text, 0, intoHead);
                }

                if (intoHead == text.Length)
                {
                    return;
                }

                tail.Append(text, intoHead, text.Length - intoHead);
                if (tail.Length > 2 * half)
                {
                    int drop = tail.Length - half;
                    tail.Remove(0, drop);
                    leftOut += drop;
                }
            }
        }
    }
}
