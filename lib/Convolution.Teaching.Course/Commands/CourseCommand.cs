using Spectre.Console;
using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// What every <c>course</c> command shares: the console the command line app was given, and the one step from the
/// command's <see cref="ExitCode"/> to the process's exit code. A command only says what it does, in
/// <see cref="RunCommandAsync"/>; what it throws goes to <see cref="CourseApp"/>'s exception handler, which picks the exit code.
/// </summary>
/// <typeparam name="TSettings">The command's command line.</typeparam>
/// <param name="console">Where to write (the one the command line app was given).</param>
public abstract class CourseCommand<TSettings>(IAnsiConsole console) : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    /// <summary>Where the command writes: the console of the help and the errors (tests pass their own).</summary>
    protected IAnsiConsole Console { get; } = console;

    /// <summary>Runs the command the command line asked for and returns its <see cref="ExitCode"/> as a number (sealed,
    /// so no command can return a number that is not one).</summary>
    /// <param name="context">The parsed command line.</param>
    /// <param name="settings">The command's options and arguments.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (int)await RunCommandAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Does what the command does and returns how it went.</summary>
    /// <remarks>Not named RunAsync: that is the name of the commands' public static entry points, which take a console
    /// and are called by other commands and by tests.</remarks>
    /// <param name="settings">The command's options and arguments (never null).</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    protected abstract Task<ExitCode> RunCommandAsync(TSettings settings, CancellationToken cancellationToken);
}
