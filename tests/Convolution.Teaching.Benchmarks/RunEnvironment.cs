using Convolution.Teaching.OpenCv;
using System.Globalization;
using System.Runtime.InteropServices;
using Convolution.Teaching;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>What the numbers were measured on, and how busy the machine was (other work makes noise).</summary>
/// <param name="Cpu">The processor's model name.</param>
/// <param name="Cores">Logical processors.</param>
/// <param name="Runtime">The .NET runtime.</param>
/// <param name="OpenCv">OpenCV's version and default thread count.</param>
/// <param name="Fast">What FastFilters picks here.</param>
/// <param name="LoadBefore">The 1-minute load average when the run started.</param>
/// <param name="LoadAfter">The 1-minute load average when it ended.</param>
/// <param name="Started">When the run started (UTC).</param>
/// <param name="Minutes">How long it took.</param>
public sealed record RunEnvironment(string Cpu, int Cores, string Runtime, string OpenCv, string Fast,
    string LoadBefore, string LoadAfter, DateTime Started, double Minutes)
{
    /// <summary>The environment at the start of a run.</summary>
    public static RunEnvironment Capture()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();
        Cv.EnsureLoaded();
        string openCv = $"OpenCV {Cv2.GetVersionString()}, default threads {OpenCvThreads.Default}";
        return new RunEnvironment(cpu, Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, openCv,
            FastFilters.Describe(), Load(), "", DateTime.UtcNow, 0);
    }

    /// <summary>The same, with the end-of-run load and the duration filled in.</summary>
    public RunEnvironment Finish() => this with { LoadAfter = Load(), Minutes = (DateTime.UtcNow - Started).TotalMinutes };

    private static string Load() => File.Exists("/proc/loadavg")
        ? File.ReadAllText("/proc/loadavg").Split(' ')[0]
        : "n/a";

    /// <summary>Minutes with one decimal.</summary>
    public string MinutesText => Minutes.ToString("0.0", CultureInfo.InvariantCulture);
}
