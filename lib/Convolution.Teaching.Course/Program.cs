using Convolution.Teaching.Course;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // A log file has no width: never fold a line, so a message that names a long path (a CI checkout
    // under /check/...) stays on one line that grep and the tests can find. Tables size to content.
    AnsiConsole.Profile.Width = 4096;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the runner kill the kernel cleanly.
    cancel.Cancel();
};

return await CourseApp.RunAsync(args, AnsiConsole.Console, cancel.Token);
