using System.Globalization;
using System.Text;

namespace Convolution.Teaching.Benchmarks;

/// <summary>The markdown of a <c>--cold</c> run: each method's first call and later calls, and the cold targets met or not.</summary>
public static class ColdReport
{
    /// <summary>The first call may cost this much more than OpenCV's first call.</summary>
    public const double FirstCallAllowanceMs = 5;

    /// <summary>The report, ending with one <c>target ...: ... met|not met</c> line per cold target.</summary>
    public static string Markdown(RunEnvironment env, IReadOnlyList<ColdRun> runs)
    {
        var md = new StringBuilder();
        md.AppendLine($"Measured {env.Started:yyyy-MM-dd HH:mm} UTC on {env.Cpu} ({env.Cores} logical cores), {env.Runtime}, {env.OpenCv}.");
        md.AppendLine($"FastFilters here: {env.Fast}.");
        md.AppendLine($"1-minute load average: {env.LoadBefore} at the start, {env.LoadAfter} at the end.");
        md.AppendLine();
        md.AppendLine($"1024 x 1024 float32, Same, Reflect101, random kernels. Each row is a fresh process that timed its first {ColdStart.Calls} calls");
        md.AppendLine($"(the median of {ColdStart.Repeats} such processes, by their later calls); \"later\" is the median of calls 2 to {ColdStart.Calls}.");
        md.AppendLine("Every process warms FastFilters up first as a lesson's setup does (`FastFilters.Prepare()`), except the \"no warm-up\" row;");
        md.AppendLine("every method writes into a result made before timing (as OpenCV's `Mat` is), except the \"new array\" row.");
        md.AppendLine();
        md.AppendLine("| kernel | method | call 1 ms | calls 2-7 ms (median) | every call, ms | later, ratio to OpenCV |");
        md.AppendLine("|---|---|---|---|---|---|");
        var lines = new List<string>();
        foreach (int k in ColdStart.Kernels)
        {
            ColdRun cv1 = Pick(runs, "Cv2.Filter2D 1 thread", k), cvAll = Pick(runs, "Cv2.Filter2D default threads", k);
            foreach (string method in ColdStart.Methods)
            {
                ColdRun run = Pick(runs, method, k);
                ColdRun cv = method == "fast all threads" || method == "Cv2.Filter2D default threads" ? cvAll : cv1;
                string ratio = method.StartsWith("Cv2", StringComparison.Ordinal) ? "" : $"{F(run.LaterMs / cv.LaterMs, 2)}x {cv.Method}";
                md.AppendLine($"| {k}x{k} | {method} | {F(run.FirstMs, 2)} | {F(run.LaterMs, 2)} | {string.Join(", ", run.CallsMs.Select(t => F(t, 2)))} | {ratio} |");
            }

            foreach ((string method, ColdRun cv) in new[] { ("fast 1 thread", cv1), ("fast all threads", cvAll) })
            {
                ColdRun run = Pick(runs, method, k);
                double ratio = run.LaterMs / cv.LaterMs;
                lines.Add($"target cold {k}x{k} {method}, calls 2-7: {F(ratio, 2)}x {cv.Method} (<= 1.00x; {F(run.LaterMs, 2)} vs {F(cv.LaterMs, 2)} ms) {(ratio <= 1 ? "met" : "not met")}");
                double beyond = run.FirstMs - cv.FirstMs;
                lines.Add($"target cold {k}x{k} {method}, call 1: {(beyond >= 0 ? "+" : "")}{F(beyond, 1)} ms beyond {cv.Method}'s call 1 (<= +{F(FirstCallAllowanceMs, 0)} ms; {F(run.FirstMs, 1)} vs {F(cv.FirstMs, 1)} ms) {(beyond <= FirstCallAllowanceMs ? "met" : "not met")}");
            }
        }

        md.AppendLine();
        md.AppendLine("```");
        lines.ForEach(l => md.AppendLine(l));
        md.AppendLine("```");
        return md.ToString();
    }

    /// <summary>Of one method's processes at one kernel, the median by later calls.</summary>
    private static ColdRun Pick(IReadOnlyList<ColdRun> runs, string method, int k)
    {
        ColdRun[] mine = runs.Where(r => r.Method == method && r.Kernel == k).OrderBy(r => r.LaterMs).ToArray();
        return mine[mine.Length / 2];
    }

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
