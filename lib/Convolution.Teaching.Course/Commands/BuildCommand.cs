using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course build</c>, the default: for now, checks every notebook under notebooks/ and says where the
/// executed copies went. (Regenerating student copies and exporting HTML join it as they are written.)
/// </summary>
public static class BuildCommand
{
    /// <summary>Runs the build and returns the exit code.</summary>
    /// <param name="args">The arguments after <c>build</c>: only <c>--timeout</c> and <c>--cell-timeout</c>.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        CheckOptions options = CheckOptions.Parse(args);
        if (options.Paths.Count > 0)
        {
            throw new ArgumentException($"`course build` takes no paths (got '{options.Paths[0]}'); it builds every notebook. To run some notebooks: course check PATH ...", nameof(args));
        }

        console.Write(new Rule("[bold]check[/]: every notebook in the real kernel").LeftJustified());
        int code = await CheckCommand.RunAsync(options, console, cancellationToken).ConfigureAwait(false);
        RepoPaths repo = RepoPaths.Find();
        console.MarkupLineInterpolated($"Executed notebooks (with outputs) are in {repo.Show(repo.Executed)}/; the sources in notebooks/ are unchanged.");
        return code;
    }
}
