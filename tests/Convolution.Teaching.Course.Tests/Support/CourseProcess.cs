using Convolution.Teaching.Course.Commands;

namespace Convolution.Teaching.Course.Tests.Support;

/// The course program started as a process in a repository folder, the way a person types the command: through the
/// course's own ChildProcess, so it gets the same environment as every child the course starts, and whatever it leaves
/// running ends with it.
internal static class CourseProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public static (int ExitCode, string Output) Run(ITestOutputHelper? output, string root, params string[] args) =>
        Run(output, root, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables to set for the process, e.g. COURSE_CALLER_DIR (where scripts/course.sh was typed).</param>
    public static (int ExitCode, string Output) Run(ITestOutputHelper? output, string root, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ChildStart("dotnet", [typeof(CheckCommand).Assembly.Location, .. args])
        {
            WorkingDirectory = root,
            Environment = environment.ToDictionary(kv => kv.Key, kv => (string?)kv.Value),
            OutputCap = 16_000_000,
        };
        ChildResult result = ChildProcess.Run(start, Limit);
        Assert.False(result.TimedOut, $"course did not finish in {Limit.TotalMinutes:0} minutes");
        string text = result.StandardOutput + result.StandardError;
        output?.WriteLine($"course {string.Join(' ', args)} → exit {result.ExitCode}\n{text}");
        return (result.ExitCode, text);
    }
}
