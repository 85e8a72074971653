using System.Globalization;

namespace Convolution.Teaching.Course.Commands;

/// <summary>The arguments of <c>course check</c> (and of <c>course build</c>, which checks too).</summary>
/// <param name="Paths">Notebooks or folders; empty means notebooks/.</param>
/// <param name="NotebookTimeout">Time limit per notebook.</param>
/// <param name="CellTimeout">Time limit per cell.</param>
public sealed record CheckOptions(IReadOnlyList<string> Paths, TimeSpan NotebookTimeout, TimeSpan CellTimeout)
{
    /// <summary>Default per-notebook limit in seconds.</summary>
    public const int DefaultTimeoutSeconds = 600;

    /// <summary>Default per-cell limit in seconds (a cold restore of OpenCvSharp's runtime takes about a minute).</summary>
    public const int DefaultCellTimeoutSeconds = 180;

    /// <summary>Parses <c>[path ...] [--timeout SECONDS] [--cell-timeout SECONDS]</c>.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <exception cref="ArgumentException">An unknown option or a bad number; the message shows the usage.</exception>
    public static CheckOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var paths = new List<string>();
        int timeout = DefaultTimeoutSeconds;
        int cellTimeout = DefaultCellTimeoutSeconds;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--timeout":
                    timeout = Seconds(args, ref i);
                    break;
                case "--cell-timeout":
                    cellTimeout = Seconds(args, ref i);
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"Unknown option '{a}'. Options: --timeout SECONDS (per notebook, default {DefaultTimeoutSeconds}), --cell-timeout SECONDS (per cell, default {DefaultCellTimeoutSeconds}).", nameof(args));
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        return new CheckOptions(paths, TimeSpan.FromSeconds(timeout), TimeSpan.FromSeconds(Math.Min(cellTimeout, timeout)));
    }

    private static int Seconds(IReadOnlyList<string> args, ref int i)
    {
        string option = args[i];
        if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) || seconds <= 0)
        {
            string got = i + 1 < args.Count ? $"'{args[i + 1]}'" : "nothing";
            throw new ArgumentException($"{option} needs a whole number of seconds greater than 0 (got {got}), e.g. {option} 300.", nameof(args));
        }

        i++;
        return seconds;
    }
}
