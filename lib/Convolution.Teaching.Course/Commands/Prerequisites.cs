namespace Convolution.Teaching.Course.Commands;

/// <summary>Checks for what the notebooks need from the machine, with the command that installs it.</summary>
public static class Prerequisites
{
    private static readonly string[] LibraryFolders =
        ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib"];

    /// <summary>Problems found, each with its fix; empty when all is well (or when the check does not apply to this OS).</summary>
    public static IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        // OpenCvSharp's Linux runtime links against GTK 3; without it every OpenCV call fails with DllNotFoundException.
        if (OperatingSystem.IsLinux() && !LibraryFolders.Any(d => File.Exists(Path.Combine(d, "libgtk-3.so.0"))))
        {
            problems.Add("libgtk-3.so.0 is missing: OpenCV's native library (OpenCvSharp4.official.runtime.linux-x64) needs it. " +
                         "Install it with `sudo apt-get install -y libgtk-3-0` (the README's commands do it for you).");
        }

        return problems;
    }
}
