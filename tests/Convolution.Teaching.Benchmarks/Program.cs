using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// Runs every benchmark in one process, then writes artifacts/benchmarks/RESULTS.md and
/// artifacts/benchmarks/results.html (README.md has the command). Arguments: <c>--commit-table</c>
/// also copies the table to this project's RESULTS.md; anything else goes to BenchmarkDotNet
/// (e.g. <c>--filter *Chelsea*</c> for a partial run). A full run also measures the targets' ratios
/// round-robin (<see cref="PairedRatios"/>) unless <c>--no-paired</c> is given; <c>--paired-only</c>
/// prints the issue-13 size sweep and targets, each repeated 3 times (under 2 minutes); <c>--cold</c> times each method's
/// first calls in fresh processes (<see cref="ColdStart"/>, about a minute).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--cold-child"))
        {
            return ColdStart.Child(args);
        }

        if (args.Contains("--cold"))
        {
            // Issue 19's cold run: a fresh process per method, kernel and repeat (about a minute), printed and written to artifacts/benchmarks/cold.md.
            var coldEnv = RunEnvironment.Capture();
            List<ColdRun> runs = ColdStart.Measure();
            string coldReport = ColdReport.Markdown(coldEnv.Finish(), runs);
            Console.WriteLine(coldReport);
            string coldFolder = Path.Combine(BenchData.RepositoryRoot(), "artifacts", "benchmarks");
            Directory.CreateDirectory(coldFolder);
            File.WriteAllText(Path.Combine(coldFolder, "cold.md"), coldReport);
            return 0;
        }

        if (args.Contains("--paired-only"))
        {
            // The targets in under 2 minutes, without BenchmarkDotNet: printed, and written to artifacts/benchmarks/paired.md.
            var env = RunEnvironment.Capture();
            double peak = SizeSweep.PeakGflops();
            MemoryFloor memory = MemoryFloor.Measure();
            List<SweepRow> sweep = SizeSweep.Measure();
            string loadAfterSweep = RunEnvironment.Capture().LoadBefore;
            List<TargetCheck> checks = TargetChecks.Measure();
            string report = PairedReport.Markdown(env.Finish(), peak, memory, sweep, checks, loadAfterSweep);
            Console.WriteLine(report);
            string folder = Path.Combine(BenchData.RepositoryRoot(), "artifacts", "benchmarks");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "paired.md"), report);
            return 0;
        }

        string root = BenchData.RepositoryRoot();
        string output = Path.Combine(root, "artifacts", "benchmarks");
        bool commitTable = args.Contains("--commit-table");
        string[] bdnArgs = args.Where(a => a is not "--commit-table" and not "--no-paired").ToArray();
        bool fullRun = !bdnArgs.Contains("--filter");
        bool paired = fullRun && !args.Contains("--no-paired");
        if (fullRun)
        {
            bdnArgs = [.. bdnArgs, "--filter", "*"];
        }

        // Short on purpose: the whole suite must finish in minutes on 2 cores. In process, so the
        // suite needs no per-benchmark build; medians of 7 iterations after 2 warm-ups.
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithIterationTime(TimeInterval.FromMilliseconds(120))
            .WithId("Short");
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(output, "bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);

        var environment = RunEnvironment.Capture();
        IEnumerable<Summary> summaries = BenchmarkSwitcher
            .FromTypes([typeof(FmaPeakBenchmarks), typeof(ChelseaBenchmarks), typeof(SeparableBenchmarks), typeof(FilterBenchmarks)])
            .Run(bdnArgs, config);
        var results = Results.From(summaries.ToList());
        if (results.Count == 0)
        {
            Console.Error.WriteLine("No benchmark ran: check the --filter pattern.");
            return 1;
        }

        List<PairedRatio> pairs = [];
        MemoryFloor? floor = null;
        if (paired)
        {
            Console.WriteLine("// Round-robin ratios for the targets, and the memory floor...");
            pairs = PairedRatios.Measure();
            floor = MemoryFloor.Measure();
        }

        environment = environment.Finish();
        Directory.CreateDirectory(output);
        string markdown = Report.Markdown(results, pairs, floor, environment);
        File.WriteAllText(Path.Combine(output, "RESULTS.md"), markdown);
        File.WriteAllText(Path.Combine(output, "results.plotly.json"), ResultsChart.FigureJson(results));
        File.WriteAllText(Path.Combine(output, "results.html"), ResultsChart.Html(results));
        Console.WriteLine($"Wrote {Path.Combine(output, "RESULTS.md")} and results.html");
        if (commitTable)
        {
            string committed = Path.Combine(root, "tests", "Convolution.Teaching.Benchmarks", "RESULTS.md");
            File.WriteAllText(committed, markdown);
            Console.WriteLine($"Wrote {committed}");
        }

        return 0;
    }
}
