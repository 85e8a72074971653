using System.Diagnostics;

namespace Convolution.Teaching.Course.Tests.Support;

/// Busy processes, one a core, for as long as the value lives: what a student's laptop looks like while another
/// build runs, so a lesson that times things can be run the way it will really be run.
public sealed class CpuLoad : IDisposable
{
    private readonly List<Process> spinners = [];

    public CpuLoad(int processes)
    {
        for (int i = 0; i < processes; i++)
        {
            var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("while :; do :; done");
            spinners.Add(Process.Start(info) ?? throw new InvalidOperationException("could not start /bin/sh for the CPU load"));
        }
    }

    /// How many busy processes run.
    public int Count => spinners.Count;

    public void Dispose()
    {
        foreach (Process p in spinners)
        {
            try
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // It has already exited.
            }

            p.Dispose();
        }
    }
}
