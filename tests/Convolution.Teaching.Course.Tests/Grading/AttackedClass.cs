using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Grading;

/// <summary>
/// One class's hand-ins of lesson 5, graded once by `course grade` as a process on the fresh clone the check and grade
/// doors share (<see cref="SharedClone"/>):
/// an honest answer, students who try to forge a pass of im-conv without writing ImConv, students whose code tries to
/// reach beyond its sandbox, runaway output and memory, and the folder quirks (same names in two subfolders, an upper-case
/// extension, a file that is not a notebook, a link out of the folder). The folder is given relative to where the
/// command was typed. The tests read the gradebook, the executed copies, the file system, a loopback listener and the
/// process table after the run.
/// </summary>
public sealed class AttackedClass : IDisposable
{
    /// <summary>A word only alice's hand-in holds: no other submission may ever read it.</summary>
    public readonly string Secret = "SECRET-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A file in the instructor's home that no submission may list.</summary>
    public readonly string HomeCanary = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "ct-grading-canary-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The `sleep` a submission leaves behind: a number no other process uses.</summary>
    public const string LeftBehind = "613.25";

    private readonly FreshClone clone = SharedClone.Clone;
    private readonly TempFolder classFolder = new();
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private int connections;

    public AttackedClass()
    {
        File.WriteAllText(HomeCanary, "the instructor's own file");
        listener.Start();
        _ = CountConnectionsAsync();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string notebooks = clone.Notebooks;
        Folder = Path.Combine(classFolder.Path, "hand-ins");
        Sub(Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b').WithCellAtEnd($"// {Secret}"), "alice.ipynb");

        // Forgers: ImConv left as the stub, and a pass of im-conv made some other way.
        Sub(Submission.Lesson5(notebooks).WithCellAfterAnswer(
            "static class Tutor\n{\n    public static Convolution.Teaching.Exercises.CheckResult CheckImConv(Func<double[,], double[,], double[,]> f) => new(\"ImConv\", true, \"Right.\");\n}"),
            "forge-shadow.ipynb");
        Sub(Submission.Lesson5(notebooks).WithCellAfterAnswer(
            "using Tutor = Forged;\nstatic class Forged\n{\n    public static Convolution.Teaching.Exercises.CheckResult CheckImConv(Func<double[,], double[,], double[,]> f) => new(\"ImConv\", true, \"Right.\");\n}"),
            "forge-alias.ipynb");
        Sub(Submission.Lesson5(notebooks).WithCellAfterAnswer(
            "Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Convolution.Teaching.Exercises.CheckResult>((r, w) => w.Write(" +
            "Convolution.Teaching.Notebooks.CheckResultHtml.Render(new Convolution.Teaching.Exercises.CheckResult(r.ExerciseName, true, \"Right.\"))), \"text/html\");\n" +
            "Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Convolution.Teaching.Exercises.CheckResult>((r, w) => w.Write(" +
            "new Convolution.Teaching.Exercises.CheckResult(r.ExerciseName, true, \"Right.\").ToString()), \"text/plain\");\n" +
            "foreach (string mime in new[] { \"application/json\", \"application/vnd.convolution-teaching.check+json\" })\n" +
            "    Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Convolution.Teaching.Exercises.CheckResult>((r, w) => w.Write(" +
            "\"{\\\"exercise\\\":\\\"\" + r.ExerciseName + \"\\\",\\\"name\\\":\\\"im-conv\\\",\\\"passed\\\":true,\\\"summary\\\":\\\"Right.\\\"}\"), mime);"),
            "forge-formatter.ipynb");
        Sub(Submission.Lesson5(notebooks).WithCellAfterAnswer(
            "Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Convolution.Teaching.Exercises.CheckResult>((r, w) =>\n{\n" +
            "    foreach (var f in typeof(Convolution.Teaching.Exercises.CheckResult).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic))\n" +
            "        if (f.FieldType == typeof(bool)) f.SetValue(r, true);\n" +
            "    w.Write(Convolution.Teaching.Notebooks.CheckResultHtml.Render(r));\n}, \"text/html\");"),
            "forge-reflection.ipynb");
        Sub(Submission.Lesson5(notebooks).WithCellAfterCheck("im-conv",
            "// CHECK: im-conv\nnew Convolution.Teaching.Exercises.CheckResult(\"ImConv\", true, \"Right.\")"),
            "forge-second-check.ipynb");
        Sub(Submission.Lesson5(notebooks).ClaimingToBe("../01-images-as-arrays.ipynb")
            .WithCheckCell("im-conv", "// CHECK: im-conv\nnew Convolution.Teaching.Exercises.CheckResult(\"ImConv\", true, \"Right.\")"),
            "forge-metadata.ipynb");

        // Reaching out: an honest ImConv, and a cell that tries everything a sandbox must stop.
        string root = clone.Root;
        Sub(Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b').WithCellAfterSetup(
            "using System.IO;\n" +
            "string Try(string what, Action act) { try { act(); return what + \": DONE\"; } catch (Exception e) { return what + \": refused (\" + e.GetType().Name + \")\"; } }\n" +
            $"Console.WriteLine(Try(\"write-root\", () => File.WriteAllText(@\"{root}/ATTACK-root.txt\", \"x\")));\n" +
            "Console.WriteLine(Try(\"write-root-relative\", () => File.WriteAllText(\"../../ATTACK-relative.txt\", \"x\")));\n" +
            $"Console.WriteLine(Try(\"write-lib\", () => File.WriteAllText(@\"{root}/lib/ATTACK-lib.txt\", \"x\")));\n" +
            "Console.WriteLine(Try(\"append-setup\", () => File.AppendAllText(\"setup.csx\", \"\\nthrow new Exception(\\\"sabotaged\\\");\\n\")));\n" +
            $"Console.WriteLine(Try(\"append-setup-absolute\", () => File.AppendAllText(@\"{root}/notebooks/setup.csx\", \"\\nthrow new Exception(\\\"sabotaged\\\");\\n\")));\n" +
            $"Console.WriteLine(Try(\"write-hand-ins\", () => File.WriteAllText(@\"{Folder}/ATTACK-folder.txt\", \"x\")));\n" +
            $"Console.WriteLine(Try(\"write-gradebook\", () => {{ Directory.CreateDirectory(@\"{root}/artifacts/grades\"); File.WriteAllText(@\"{root}/artifacts/grades/ATTACK-grades.txt\", \"x\"); }}));\n" +
            $"Console.WriteLine(Try(\"read-classmate\", () => Console.WriteLine(File.ReadAllText(@\"{Folder}/alice.ipynb\"))));\n" +
            "Console.WriteLine(Try(\"read-system-secrets\", () => Console.WriteLine(File.ReadAllText(\"/etc/shadow\").Length)));\n" +
            $"Console.WriteLine(Try(\"read-solution\", () => Console.WriteLine(File.ReadAllText(@\"{root}/notebooks/05-task2-im-conv.ipynb\").Length)));\n" +
            $"Console.WriteLine(Try(\"list-home\", () => Console.WriteLine(string.Join(\" \", Directory.GetFileSystemEntries(@\"{Path.GetDirectoryName(HomeCanary)}\")))));\n" +
            $"Console.WriteLine(Try(\"list-work\", () => Console.WriteLine(string.Join(\" \", Directory.GetFileSystemEntries(@\"{root}/artifacts\", \"*\", SearchOption.AllDirectories).Where(p => p.EndsWith(\".ipynb\"))))));\n" +
            $"Console.WriteLine(Try(\"network\", () => new System.Net.Sockets.TcpClient().Connect(\"127.0.0.1\", {port})));\n" +
            $"Console.WriteLine(Try(\"leave-process\", () => System.Diagnostics.Process.Start(\"sleep\", \"{LeftBehind}\")));\n" +
            $"Console.WriteLine(Try(\"late-writer\", () => System.Diagnostics.Process.Start(\"sh\", new[] {{ \"-c\", \"sleep 5; echo forged > {root}/artifacts/grades/gradebook.csv\" }})));"),
            "reach-out.ipynb");

        // Runaways: 50 MB of output, then 8 GB of memory; both with an honest ImConv whose pass must still count.
        Sub(Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b').WithCellAfterAnswer(
            "string line = new string('x', 99);\nfor (int i = 0; i < 500_000; i++) Console.WriteLine(line);"),
            "print-50mb.ipynb");
        Sub(Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b').WithCellAfterAnswer(
            "void Hoard()\n{\n    var hoard = new List<byte[]>();\n    for (int i = 0; i < 8; i++) { var block = new byte[1 << 30]; Array.Fill(block, (byte)1); hoard.Add(block); }\n}\nHoard();"),
            "hoard-8gb.ipynb");

        // The folder's quirks.
        Sub(Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b'), Path.Combine("group-a", "05-task2-im-conv.ipynb"));
        Sub(Submission.Lesson5(notebooks), Path.Combine("group-b", "05-task2-im-conv.ipynb"));
        Sub(Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b'), "SHOUTING.IPYNB");
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "not a notebook");
        Submission.Lesson5(notebooks, StudentAnswers.RightLoop, 'b').WriteTo(Path.Combine(classFolder.Path, "outside.ipynb"));
        File.CreateSymbolicLink(Path.Combine(Folder, "linked-out.ipynb"), Path.Combine(classFolder.Path, "outside.ipynb"));

        Before = Hashes(Folder);
        SetupBefore = File.ReadAllText(Path.Combine(root, "notebooks", "setup.csx"));
        var watch = Stopwatch.StartNew();
        // Typed in the folder that holds hand-ins/, as `course grade hand-ins`.
        (ExitCode, Output) = CourseProcess.Run(null, root, new Dictionary<string, string> { ["COURSE_CALLER_DIR"] = classFolder.Path }, "grade", "hand-ins");
        Seconds = watch.Elapsed.TotalSeconds;
        GradesFolder = Path.Combine(root, "artifacts", "grades");
        Thread.Sleep(TimeSpan.FromSeconds(1));
        Connections = connections;
    }

    public string Root => clone.Root;

    public string Folder { get; }

    public string GradesFolder { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public double Seconds { get; }

    public int Connections { get; }

    public Dictionary<string, string> Before { get; }

    public string SetupBefore { get; }

    public Gradebook Book => Gradebook.Read(Path.Combine(GradesFolder, "gradebook.csv"));

    /// <summary>The executed copy of a submission as the grader wrote it (every output the kernel gave).</summary>
    public string Executed(string submission) => File.ReadAllText(Path.Combine(GradesFolder, "executed", submission));

    /// <summary>Only what the kernel showed for a submission (every cell's outputs), without the cells' own source.</summary>
    public string ExecutedOutputs(string submission) =>
        string.Join("\n", (System.Text.Json.Nodes.JsonNode.Parse(Executed(submission))!["cells"]!.AsArray())
            .Select(cell => cell?["outputs"]?.ToJsonString() ?? ""));

    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        listener.Stop();
        File.Delete(HomeCanary);
        classFolder.Dispose();
    }

    private void Sub(Submission submission, string relativePath) => submission.WriteTo(Path.Combine(Folder, relativePath));

    private async Task CountConnectionsAsync()
    {
        try
        {
            while (true)
            {
                using TcpClient client = await listener.AcceptTcpClientAsync().ConfigureAwait(false);
                Interlocked.Increment(ref connections);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The listener was stopped.
        }
    }
}
