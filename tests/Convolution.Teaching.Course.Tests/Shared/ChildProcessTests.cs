using System.ComponentModel;
using System.Diagnostics;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Shared;

/// The one way the course, the setup cell and the tests start a process (lib/Convolution.Teaching.Course/Shared/ChildProcess.cs):
/// its kill takes the whole tree even when the direct child has already exited, a time limit and a cancellation kill the
/// tree too, output past the cap is cut with a note, and every child gets the same environment. Each test starts only
/// `sh` and `sleep`, for well under a second, so the class stays in the fast tier.
public class ChildProcessTests
{
    private static readonly TimeSpan Gone = TimeSpan.FromSeconds(5);

    [Fact]
    public void Dispose_ends_a_grandchild_left_behind_by_a_child_that_already_exited()
    {
        int grandchild;
        using (var child = ChildProcess.Start(Shell("sleep 300 >/dev/null 2>&1 & echo $!")))
        {
            ChildResult result = child.Wait(TimeSpan.FromSeconds(20));
            Assert.Equal(0, result.ExitCode);
            grandchild = int.Parse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Alive(grandchild), "the grandchild should run until the child is disposed");
        }

        Assert.True(GoneSoon(grandchild), $"sleep (pid {grandchild}) outlived the disposed child that started it");
    }

    [Fact]
    public void Kill_ends_the_child_and_its_grandchild_while_both_run()
    {
        using var child = ChildProcess.Start(Shell("sleep 300 >/dev/null 2>&1 & echo $!; sleep 300"));
        int grandchild = FirstNumber(child);

        child.Kill();

        Assert.True(GoneSoon(grandchild), $"sleep (pid {grandchild}) outlived Kill");
        Assert.True(GoneSoon(child.Id), "the child outlived Kill");
    }

    [Fact]
    public void A_time_limit_kills_the_whole_tree_and_says_it_timed_out()
    {
        using var child = ChildProcess.Start(Shell("sleep 300 >/dev/null 2>&1 & echo $!; sleep 300"));
        var watch = Stopwatch.StartNew();

        ChildResult result = child.Wait(TimeSpan.FromSeconds(1));

        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
        int grandchild = int.Parse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(GoneSoon(grandchild), $"sleep (pid {grandchild}) outlived the time limit");
    }

    [Fact]
    public async Task Cancelling_the_wait_kills_the_whole_tree()
    {
        using var child = ChildProcess.Start(Shell("sleep 300 >/dev/null 2>&1 & echo $!; sleep 300"));
        int grandchild = FirstNumber(child);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        ChildResult result = await child.WaitAsync(TimeSpan.FromMinutes(5), cancel.Token);

        Assert.True(result.Cancelled);
        Assert.False(result.TimedOut);
        Assert.True(GoneSoon(grandchild), $"sleep (pid {grandchild}) outlived the cancellation");
    }

    [Fact]
    public void Waiting_ends_when_the_child_exits_even_while_a_grandchild_holds_its_output_open()
    {
        var watch = Stopwatch.StartNew();
        using var child = ChildProcess.Start(Shell("sleep 300 & echo started"));

        ChildResult result = child.Wait(TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("started\n", result.StandardOutput);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Output_over_the_cap_keeps_its_start_and_its_end_with_a_note_of_what_was_left_out()
    {
        // 8 MB of output against a cap of 10,000 characters.
        var start = Shell("echo first; yes x | head -c 8000000; echo last") with { OutputCap = 10_000 };

        ChildResult result = ChildProcess.Run(start, TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.ExitCode);
        Assert.InRange(result.StandardOutput.Length, 9_000, 11_000);
        Assert.InRange(result.Output.Length, 9_000, 11_000);
        Assert.StartsWith("first\nx\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.EndsWith("x\nlast\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("characters of output left out", result.StandardOutput, StringComparison.Ordinal);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Exit_code_both_streams_and_their_lines_in_order_are_kept()
    {
        ChildResult result = ChildProcess.Run(Shell("echo out; echo err >&2; exit 3"), TimeSpan.FromSeconds(20));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("out\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
        Assert.Contains("out\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("err\n", result.Output, StringComparison.Ordinal);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Every_child_gets_the_quiet_variables_set_and_the_parents_build_variables_cleared()
    {
        string inherited = "MSBuildCourseProbe" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(inherited, "from-the-parent");
        try
        {
            var start = Shell("env") with { Environment = new Dictionary<string, string?> { ["COURSE_PROBE"] = "given", ["HOME"] = null } };

            string env = ChildProcess.Run(start, TimeSpan.FromSeconds(20)).StandardOutput;

            string[] lines = env.Split('\n');
            foreach (string set in new[] { "DOTNET_CLI_TELEMETRY_OPTOUT=1", "DOTNET_NOLOGO=1", "MSBUILDDISABLENODEREUSE=1", "DOTNET_CLI_USE_MSBUILD_SERVER=0", "COURSE_PROBE=given" })
            {
                Assert.Contains(set, lines);
            }

            Assert.DoesNotContain(lines, l => l.StartsWith(inherited, StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("HOME=", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("PATH=", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(inherited, null);
        }
    }

    [Fact]
    public void The_policy_clears_what_changes_a_build_and_keeps_what_finds_the_SDK_and_caps_memory()
    {
        var env = new Dictionary<string, string?>
        {
            ["MSBuildExtensionsPath"] = "/sdk/x", ["MSBUILD_EXE_PATH"] = "/sdk/MSBuild.dll", ["MSBuildSDKsPath"] = "/sdk/Sdks",
            ["MSBUILDNOINPROCNODE"] = "1", ["VSTEST_HOST_DEBUG"] = "1", ["DOTNET_HOST_PATH"] = "/sdk/dotnet", ["DOTNET_STARTUP_HOOKS"] = "/hook.dll",
            ["DOTNET_MSBUILD_SDK_RESOLVER_SDKS_DIR"] = "/sdk", ["DOTNET_ROOT"] = "/usr/share/dotnet", ["NUGET_PACKAGES"] = "/p",
            ["DOTNET_GCHeapHardLimit"] = "80000000", ["PATH"] = "/usr/bin", ["DOTNET_NOLOGO"] = "0",
        };

        ChildEnvironment.Apply(env);

        foreach (string cleared in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH", "DOTNET_STARTUP_HOOKS", "DOTNET_MSBUILD_SDK_RESOLVER_SDKS_DIR" })
        {
            Assert.False(env.ContainsKey(cleared), cleared + " should be cleared");
        }

        Assert.Equal("/usr/share/dotnet", env["DOTNET_ROOT"]);
        Assert.Equal("/p", env["NUGET_PACKAGES"]);
        Assert.Equal("80000000", env["DOTNET_GCHeapHardLimit"]);
        Assert.Equal("/usr/bin", env["PATH"]);
        Assert.Equal("1", env["DOTNET_NOLOGO"]);
        Assert.Equal("1", env["MSBUILDDISABLENODEREUSE"]);
        Assert.Equal("0", env["DOTNET_CLI_USE_MSBUILD_SERVER"]);
    }

    [Fact]
    public void A_program_that_is_not_on_PATH_fails_to_start_as_Process_Start_would()
    {
        Assert.Throws<Win32Exception>(() => ChildProcess.Start(new ChildStart("ct-no-such-program-" + Guid.NewGuid().ToString("N")[..6])));
    }

    [Fact]
    public async Task A_kernel_session_kill_ends_what_the_kernel_left_behind_even_after_the_kernel_exited()
    {
        using var folder = new TempFolder();
        string pidFile = folder.File("grandchild.pid");
        // A stand-in kernel: leaves a `sleep` behind, says it is ready, and exits (the arguments KernelSession adds, --working-dir
        // and the folder, become $1 and $2).
        string script = $"sleep 300 >/dev/null 2>&1 & echo $! > '{pidFile}'; " +
            """echo '{"event":{"kernelInfos":[]},"eventType":"KernelReady","command":null,"routingSlip":[]}'; sleep 1""";
        var launch = new KernelLaunch("/bin/sh", ["-c", script, "fake-kernel"], "a stand-in kernel");

        KernelSession session = await KernelSession.StartAsync(launch, folder.Path, TimeSpan.FromSeconds(20));
        int grandchild = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var wait = Stopwatch.StartNew();
        while (session.IsAlive && wait.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.False(session.IsAlive, "the stand-in kernel should have exited by itself");
        Assert.True(Alive(grandchild));

        session.Kill();

        Assert.True(GoneSoon(grandchild), $"sleep (pid {grandchild}) outlived KernelSession.Kill of a kernel that had exited");
        await session.DisposeAsync();
    }

    [Fact]
    public void A_sandboxed_child_and_what_it_started_end_when_it_is_killed()
    {
        string packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Sandbox? sandbox = Sandbox.ForLessons(Repo.Root, 512L << 20, packages, out string whyNot);
        Assert.True(sandbox is not null, whyNot);
        using var work = new TempFolder();
        string marker = "300." + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var child = ChildProcess.Start(sandbox.Start("/bin/sh", ["-c", $"sleep {marker} >/dev/null 2>&1 & echo started; sleep {marker}"], work.Path, new Dictionary<string, string>()));
        var wait = Stopwatch.StartNew();
        while (!child.StandardOutput.Contains("started", StringComparison.Ordinal) && wait.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(50);
        }

        Assert.Equal(2, Sleepers(marker).Count);

        child.Kill();

        var gone = Stopwatch.StartNew();
        while (Sleepers(marker).Count > 0 && gone.Elapsed < Gone)
        {
            Thread.Sleep(50);
        }

        Assert.Empty(Sleepers(marker));
    }

    private static ChildStart Shell(string script) => new("/bin/sh", "-c", script);

    private static int FirstNumber(ChildProcess child)
    {
        var wait = Stopwatch.StartNew();
        while (wait.Elapsed < TimeSpan.FromSeconds(20))
        {
            string text = child.StandardOutput;
            int newline = text.IndexOf('\n', StringComparison.Ordinal);
            if (newline > 0)
            {
                return int.Parse(text[..newline], System.Globalization.CultureInfo.InvariantCulture);
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("the child printed no pid");
    }

    /// Running, and not a zombie waiting for a parent that does not reap.
    private static bool Alive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool GoneSoon(int pid)
    {
        var wait = Stopwatch.StartNew();
        while (Alive(pid))
        {
            if (wait.Elapsed > Gone)
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    private static List<int> Sleepers(string marker)
    {
        var found = new List<int>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out int pid) && Alive(pid))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim() == "sleep " + marker)
                    {
                        found.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // Gone while we looked.
                }
            }
        }

        return found;
    }
}
