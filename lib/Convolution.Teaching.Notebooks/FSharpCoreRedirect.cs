using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// Plotly.NET 6.0.0 asks for FSharp.Core 10.1, but the notebook kernels (written in F#) have already
/// loaded FSharp.Core 10.0, and a process cannot load a second copy into the default context. Handing
/// the loaded copy to requests for the newer one makes Plotly.NET work (checked in dotnet-repl and
/// dotnet-interactive). This class must not mention any Plotly or F# type: it runs before they can load.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int registered;

    /// <summary>Whether the handler is registered in this process.</summary>
    public static bool IsRegistered => Volatile.Read(ref registered) == 1;

    /// <summary>Registers the handler once per process.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    /// <summary>The already loaded FSharp.Core for a request that the default load failed to satisfy; null for anything else.</summary>
    internal static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name) =>
        string.Equals(name.Name, "FSharp.Core", StringComparison.Ordinal)
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => string.Equals(a.GetName().Name, "FSharp.Core", StringComparison.Ordinal))
            : null;
}
