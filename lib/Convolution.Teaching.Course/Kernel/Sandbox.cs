using System.Globalization;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>
/// Where a graded kernel runs: a bubblewrap (<c>bwrap</c>) sandbox that sees the system read-only, the .NET SDK and the
/// NuGet package folder read-only, of the repository only what a lesson reads (the built helper libraries, the assets,
/// setup.csx and the sources setup.csx compares them with), all read-only, and one writable folder: the submission's own
/// work folder, mounted where a student copy lives (notebooks/student/); the setup cell finds the clone from there as
/// from any folder inside it, and runs the lesson from notebooks/. No network (a network namespace of its own), no other work folder, no
/// submissions folder, no home; every process it starts dies with it (a PID namespace whose first process is bwrap's);
/// memory capped (the .NET heap hard limit, plus an address-space limit per process for native allocations).
/// </summary>
public sealed class Sandbox
{
    /// <summary>
    /// What of /etc a kernel sees: the loader's library paths (without them .NET finds no ICU and OpenCV no GTK), the
    /// OS name (.NET's runtime identifier), users, groups and name lookup, time zone, fonts, MIME types and the public
    /// certificates. Nothing else: /etc as a whole would hand a submission /etc/shadow, the machine's id and the
    /// instructor's configuration (the sandbox runs as the grader's own user, so file modes stop nothing).
    /// </summary>
    private static readonly string[] SystemSettings =
    [
        "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "os-release", "debian_version", "lsb-release", "passwd", "group", "nsswitch.conf",
        "hosts", "host.conf", "localtime", "timezone", "fonts", "mime.types", "gtk-3.0", "alternatives", "ssl", "ca-certificates",
    ];

    /// <summary>The work folder's subfolder that is the sandbox's /tmp.</summary>
    public const string TempFolder = ".tmp";

    private Sandbox(string bubblewrap, string root, string packages, IReadOnlyList<string> readOnly, long memoryBytes)
    {
        Packages = packages;
        Bubblewrap = bubblewrap;
        Root = root;
        ReadOnly = readOnly;
        MemoryBytes = memoryBytes;
    }

    /// <summary>The bwrap program.</summary>
    public string Bubblewrap { get; }

    /// <summary>The repository, at the same path inside as outside.</summary>
    public string Root { get; }

    /// <summary>The NuGet package folder, read-only inside at the same path: `#r "nuget:"` finds every pinned package there offline.</summary>
    public string Packages { get; }

    /// <summary>Where the work folder appears inside: the student copies' folder, notebooks/student/.</summary>
    public string NotebookFolder => Path.Combine(Root, "notebooks", "student");

    /// <summary>Everything bound read-only, each at its own path.</summary>
    public IReadOnlyList<string> ReadOnly { get; }

    /// <summary>The managed heap's hard limit for the kernel and every .NET process it starts.</summary>
    public long MemoryBytes { get; }

    /// <summary>
    /// The sandbox for the lessons of the repository at <paramref name="root"/>, or null with the reason when none can be
    /// had here (not Linux, no bwrap, or user namespaces refused).
    /// </summary>
    /// <param name="root">The repository.</param>
    /// <param name="memoryBytes">The memory limit.</param>
    /// <param name="packages">The NuGet package folder the kernel and the lessons' packages come from.</param>
    /// <param name="whyNot">Why no sandbox could be had, with the fix.</param>
    public static Sandbox? ForLessons(string root, long memoryBytes, string packages, out string whyNot)
    {
        whyNot = "";
        if (!OperatingSystem.IsLinux())
        {
            whyNot = "grading in a sandbox needs Linux with bubblewrap (bwrap); on this system there is none";
            return null;
        }

        string? bwrap = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(dir => Path.Combine(dir, "bwrap")).FirstOrDefault(File.Exists);
        if (bwrap is null)
        {
            whyNot = "bubblewrap (bwrap) is not installed: `sudo apt-get install bubblewrap` (scripts/course.sh installs it)";
            return null;
        }

        string dotnetRoot = DotnetRoot();
        var readOnly = new List<string> { "/usr" };
        readOnly.AddRange(SystemSettings.Select(name => Path.Combine("/etc", name)).Where(p => File.Exists(p) || Directory.Exists(p)));
        readOnly.AddRange([dotnetRoot, packages]);
        readOnly.AddRange(new[] { "Convolution.Teaching.sln", "global.json", "Directory.Build.props", "Directory.Packages.props", "lib", "assets",
                Path.Combine("notebooks", "setup.csx"), Path.Combine("notebooks", "lessons.slnf") }
            .Select(p => Path.Combine(root, p)).Where(p => File.Exists(p) || Directory.Exists(p)));
        string bin = Path.Combine(root, "artifacts", "bin");
        if (Directory.Exists(bin))
        {
            // Only the lessons' libraries as built in Release: never another build's output, nor anything else under artifacts/.
            readOnly.AddRange(Directory.EnumerateDirectories(bin, "Convolution.Teaching*").Select(d => Path.Combine(d, "release")).Where(Directory.Exists));
        }

        var sandbox = new Sandbox(bwrap, root, packages, [.. readOnly.Distinct().Where(p => !IsUnder(p, "/usr") || p == "/usr")], memoryBytes);
        return sandbox.Works(out whyNot) ? sandbox : null;
    }

    /// <summary>
    /// How to start <paramref name="program"/> in this sandbox, with <paramref name="workFolder"/> (outside) as its only
    /// writable folder, seen inside as <see cref="NotebookFolder"/> and made its working directory.
    /// </summary>
    /// <param name="program">The program, a path inside (e.g. dotnet).</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workFolder">The submission's work folder.</param>
    /// <param name="environment">Variables the program gets besides the sandbox's own (nothing of the grader's environment passes).</param>
    internal ChildStart Start(string program, IEnumerable<string> arguments, string workFolder, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        WriteNuGetConfig(Path.Combine(workFolder, TempFolder, "home"));
        // The address-space limit is set in a shell that then becomes bwrap, so it holds for everything started inside.
        long addressSpaceKb = Math.Max(8L << 30, 4 * MemoryBytes) / 1024;
        string[] args =
        [
            "-c", $"ulimit -v {addressSpaceKb.ToString(CultureInfo.InvariantCulture)} && exec \"$@\"", "sandbox", Bubblewrap,
            .. BubblewrapArguments(workFolder, environment), program, .. arguments,
        ];
        return new ChildStart("/bin/sh", args) { WorkingDirectory = workFolder };
    }

    /// <summary>What the sandbox allows, in a sentence (for the gradebook and --help).</summary>
    public string Describe() =>
        $"bubblewrap sandbox: no network, writes only to its own work folder, reads only the system's programs and libraries (of /etc only what they need, no secrets), the .NET SDK, the NuGet packages and the lesson's files, " +
        $"memory {MemoryBytes >> 20} MB, every process it starts ends with it";

    private IEnumerable<string> BubblewrapArguments(string workFolder, IReadOnlyDictionary<string, string> environment)
    {
        // Home sits in the sandbox's /tmp (the work folder's .tmp outside), never under the repository: `#r "nuget:"` builds
        // a project in $HOME/.packagemanagement, and under the repository MSBuild would find Directory.Packages.props and
        // refuse its versioned PackageReferences (NU1008).
        const string home = "/tmp/home";
        string[] args =
        [
            "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--hostname", "grading",
            "--proc", "/proc", "--dev", "/dev",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/sbin", "/sbin",
        ];
        foreach (string arg in args)
        {
            yield return arg;
        }

        if (Directory.Exists("/usr/lib64"))
        {
            yield return "--symlink";
            yield return "usr/lib64";
            yield return "/lib64";
        }

        // /tmp first: binds are applied in order, and a repository that itself lives under /tmp (a test's clone) must be
        // mounted over the sandbox's /tmp, not hidden by it.
        yield return "--bind";
        yield return Path.Combine(workFolder, TempFolder);
        yield return "/tmp";
        foreach (string path in ReadOnly)
        {
            yield return "--ro-bind";
            yield return path;
            yield return path;
        }

        yield return "--bind";
        yield return workFolder;
        yield return NotebookFolder;
        yield return "--chdir";
        yield return NotebookFolder;
        // The sandbox's own root (a tmpfs bwrap made for the mount points) becomes read-only: /tmp and the work folder stay writable.
        yield return "--remount-ro";
        yield return "/";
        yield return "--clearenv";
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = $"{DotnetRoot()}:/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["TMPDIR"] = "/tmp",
            ["LANG"] = "C.UTF-8",
            ["DOTNET_ROOT"] = DotnetRoot(),
            ["NUGET_PACKAGES"] = Packages,
            ["DOTNET_GCHeapHardLimit"] = MemoryBytes.ToString("X", CultureInfo.InvariantCulture),
        };
        // --clearenv above: inside, the policy's own variables are set here, the rest of ChildProcess's policy has nothing to clear.
        foreach ((string key, string value) in ChildEnvironment.Set.Concat(environment))
        {
            env[key] = value;
        }

        foreach ((string key, string value) in env)
        {
            yield return "--setenv";
            yield return key;
            yield return value;
        }

        yield return "--";
    }

    /// <summary>
    /// The sandbox's user NuGet.Config: the package folder is its only source. Without it `#r "nuget:"` asks nuget.org
    /// (unreachable here) for the versions of any dependency whose exact version is missing, and waits out its retries on
    /// every submission (11 s instead of 4 s for lesson 5's setup cell, measured); a package folder is a valid local feed.
    /// </summary>
    private void WriteNuGetConfig(string home)
    {
        string folder = Path.Combine(home, ".nuget", "NuGet");
        Directory.CreateDirectory(folder);
        var config = new System.Xml.Linq.XElement("configuration",
            new System.Xml.Linq.XElement("packageSources",
                new System.Xml.Linq.XElement("clear"),
                new System.Xml.Linq.XElement("add", new System.Xml.Linq.XAttribute("key", "course-packages"), new System.Xml.Linq.XAttribute("value", Packages))));
        File.WriteAllText(Path.Combine(folder, "NuGet.Config"), config.ToString());
    }

    /// <summary>Starts `true` in the sandbox once: bwrap can be installed and still be refused user namespaces.</summary>
    private bool Works(out string whyNot)
    {
        whyNot = "";
        string probe = Path.Combine(Path.GetTempPath(), "ct-sandbox-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(probe);
            ChildResult result = ChildProcess.Run(Start("/usr/bin/true", [], probe, new Dictionary<string, string>()), TimeSpan.FromSeconds(20));
            if (!result.Succeeded)
            {
                whyNot = $"bubblewrap is installed but could not start a sandbox here ({result.StandardError.Trim()}); user namespaces may be disabled (sysctl kernel.unprivileged_userns_clone)";
                return false;
            }

            return true;
        }
        finally
        {
            Directory.Delete(probe, recursive: true);
        }
    }

    private static string DotnetRoot()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (fromEnv is { Length: > 0 } && Directory.Exists(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        string? dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists);
        if (dotnet is null)
        {
            return Path.GetDirectoryName(Environment.ProcessPath ?? "/usr/share/dotnet/dotnet")!;
        }

        FileSystemInfo? target = new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true);
        return Path.GetDirectoryName(target?.FullName ?? dotnet)!;
    }

    private static bool IsUnder(string path, string folder) => path.StartsWith(folder + "/", StringComparison.Ordinal);
}
