using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>
/// The lines <see cref="KernelSession"/> writes to the kernel's stdin. The protocol's own
/// <see cref="KernelCommandEnvelope"/> serializes them, so they are exactly what the kernel's stdio loop
/// deserializes (one envelope per line: the serializer does not indent, and newlines in code are escaped).
/// </summary>
internal static class KernelCommandLine
{
    /// <summary>Cells run in the C# kernel; naming it keeps a notebook's other kernels from taking the code.</summary>
    public const string TargetKernelName = "csharp";

    /// <summary>A SubmitCode command for <paramref name="code"/> carrying <paramref name="token"/>.</summary>
    /// <param name="code">The cell's source.</param>
    /// <param name="token">The token the kernel copies onto every event the command causes (children add ".N").</param>
    public static string SubmitCode(string code, string token) => Serialize(new SubmitCode(code, TargetKernelName), token);

    /// <summary>A Quit command: the only polite way to end the process (closing stdin makes it spin).</summary>
    public static string Quit() => Serialize(new Quit(), "quit");

    private static string Serialize(KernelCommand command, string token)
    {
        // Our own readable token instead of a random one: events are matched to the cell by it.
        command.SetToken(token);
        return KernelCommandEnvelope.Serialize(command);
    }
}
