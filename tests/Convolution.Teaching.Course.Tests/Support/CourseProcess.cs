using System.Diagnostics;
using Convolution.Teaching.Course.Commands;

namespace Convolution.Teaching.Course.Tests.Support;

/// The course program started as a process in a repository folder, the way a person types the command.
internal static class CourseProcess
{
    public static (int ExitCode, string Output) Run(ITestOutputHelper? output, string root, params string[] args) =>
        Run(output, root, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables to set for the process, e.g. COURSE_CALLER_DIR (where scripts/course.sh was typed).</param>
    public static (int ExitCode, string Output) Run(ITestOutputHelper? output, string root, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(typeof(CheckCommand).Assembly.Location);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach ((string key, string value) in environment)
        {
            psi.Environment[key] = value;
        }

        using Process p = Process.Start(psi)!;
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(8)), "course did not finish in 8 minutes");
        string text = stdout + stderr.Result;
        output?.WriteLine($"course {string.Join(' ', args)} → exit {p.ExitCode}\n{text}");
        return (p.ExitCode, text);
    }
}
