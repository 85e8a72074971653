using System.Diagnostics;
using System.Globalization;
using Convolution.Teaching.OpenCv;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>One cold measurement: the first calls of one method in a process that ran nothing else.</summary>
/// <param name="Method">The method's name, one of <see cref="ColdStart.Methods"/>.</param>
/// <param name="Kernel">The kernel's side.</param>
/// <param name="CallsMs">Each call's time in ms, in order.</param>
public sealed record ColdRun(string Method, int Kernel, double[] CallsMs)
{
    /// <summary>The first call.</summary>
    public double FirstMs => CallsMs[0];

    /// <summary>The median of calls 2 to 7: what a lesson's later calls cost.</summary>
    public double LaterMs => Median(CallsMs.Skip(1));

    /// <summary>The median of some numbers.</summary>
    public static double Median(IEnumerable<double> values)
    {
        double[] v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }
}

/// <summary>
/// The cold run of issue 19: a lesson never gets warm, so each method's first 7 calls are timed in a fresh process
/// of their own (this program started again with <c>--cold-child</c>), set up the way a lesson's setup cell sets up
/// the kernel: <see cref="FastFilters.Prepare"/> first (Notebook.Setup calls it), then the 1024 x 1024 image, then the
/// calls. Two more fast methods show the two costs a cold process can pay: the first calls without the warm-up
/// (the JIT), and a new result array on every call instead of one written into (first touch of fresh memory).
/// </summary>
public static class ColdStart
{
    /// <summary>Calls timed in each process.</summary>
    public const int Calls = 7;

    /// <summary>Processes per method and kernel; the report takes the median process by its later calls.</summary>
    public const int Repeats = 3;

    private const int Size = 1024;

    /// <summary>The methods, in the order of the table.</summary>
    public static readonly string[] Methods =
    [
        "fast 1 thread", "fast all threads", "Cv2.Filter2D 1 thread", "Cv2.Filter2D default threads",
        "fast 1 thread, no warm-up", "fast 1 thread, new array each call",
    ];

    /// <summary>The kernel sides.</summary>
    public static readonly int[] Kernels = [3, 5, 11, 31];

    /// <summary>Starts a process per method, kernel and repeat, round-robin over the methods, and collects their runs.</summary>
    public static List<ColdRun> Measure()
    {
        var runs = new List<ColdRun>();
        for (int repeat = 0; repeat < Repeats; repeat++)
        {
            foreach (int k in Kernels)
            {
                foreach (string method in Methods)
                {
                    runs.Add(RunChild(method, k));
                }
            }
        }

        return runs;
    }

    /// <summary>The child's work: <c>--cold-child &lt;method index&gt; &lt;kernel side&gt;</c>; prints the call times on one line.</summary>
    public static int Child(string[] args)
    {
        int index = int.Parse(args[Array.IndexOf(args, "--cold-child") + 1], CultureInfo.InvariantCulture);
        int k = int.Parse(args[Array.IndexOf(args, "--cold-child") + 2], CultureInfo.InvariantCulture);
        string method = Methods[index];
        if (method != "fast 1 thread, no warm-up")
        {
            _ = FastFilters.Prepare();
        }

        Cv.EnsureLoaded();
        float[,] image = Conversions.ToFloat(Arrays.Random(Size, Size, seed: 8));
        float[,] kernel = Conversions.ToFloat(Arrays.Random(k, k, seed: k));
        var destination = new float[Size, Size];
        using Mat src = Cv.ToMat(image);
        using Mat km = Cv.ToMat(kernel);
        using var dst = new Mat();
        Cv2.SetNumThreads(method == "Cv2.Filter2D default threads" ? -1 : 1);
        Action call = method switch
        {
            "fast all threads" => () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101),
            "Cv2.Filter2D 1 thread" or "Cv2.Filter2D default threads" => () => Cv2.Filter2D(src, dst, MatType.CV_32F, km, null, 0, BorderTypes.Reflect101),
            "fast 1 thread, new array each call" => () => FastFilters.Correlate(image, kernel, OutputMode.Same, BorderMode.Reflect101, options: FastOptions.SingleThread),
            _ => () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, options: FastOptions.SingleThread),
        };

        var times = new double[Calls];
        for (int i = 0; i < Calls; i++)
        {
            long start = Stopwatch.GetTimestamp();
            call();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Console.WriteLine("cold " + string.Join(' ', times.Select(t => t.ToString("R", CultureInfo.InvariantCulture))));
        return 0;
    }

    private static ColdRun RunChild(string method, int k)
    {
        // This program again: through the dotnet host when it runs as a dll, else its own executable.
        string self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        info.ArgumentList.Add("--cold-child");
        info.ArgumentList.Add(Array.IndexOf(Methods, method).ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(k.ToString(CultureInfo.InvariantCulture));
        using Process child = Process.Start(info) ?? throw new InvalidOperationException($"could not start {self}");
        Task<string> error = child.StandardError.ReadToEndAsync();
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string? line = output.Split('\n').FirstOrDefault(l => l.StartsWith("cold ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"the cold run of {method}, {k}x{k} failed (exit {child.ExitCode}): {error.Result}{output}");
        }

        return new ColdRun(method, k, line[5..].Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray());
    }
}
