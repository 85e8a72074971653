using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.FirstContact;

/// Run All, as a student meets it: real Jupyter (`jupyter nbconvert --execute`, which stops at the first cell that
/// throws, as Run All in VS Code and Jupyter does) on the .NET Interactive kernel, in the notebook's own folder.
/// Every student copy, with its stubs, must run to its last cell: an unfinished exercise shows its feedback and
/// the lesson goes on.
[Collection(AppCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class JupyterRunAllTests(ITestOutputHelper output)
{
    public static TheoryData<string> StudentCopies()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Path.Combine(Repo.Notebooks, "student"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StudentCopies))]
    public async Task A_student_copy_with_its_stubs_runs_to_its_last_cell_in_real_Jupyter(string name)
    {
        string folder = Path.Combine(Repo.Notebooks, "student");
        using var temp = new TempFolder();
        string executed = temp.File(name);
        var start = new ChildStart("jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=240", name, "--output", executed) { WorkingDirectory = folder };
        ChildProcess jupyter;
        try
        {
            jupyter = ChildProcess.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"jupyter is not installed ({e.Message}): scripts/test.sh installs it (apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client, then dotnet tool run dotnet-interactive -- jupyter install).");
            return;
        }

        using (jupyter)
        {
            // The kernel nbconvert starts goes with it: ChildProcess kills the whole tree, on the time limit and after.
            ChildResult run = await jupyter.WaitAsync(TimeSpan.FromMinutes(6));
            Assert.False(run.TimedOut, $"{name}: nbconvert did not finish in 6 minutes.");
            output.WriteLine(run.StandardOutput + run.StandardError);
            Assert.True(run.ExitCode == 0, $"{name}: nbconvert stopped (exit {run.ExitCode}), as Run All would:\n{Tail(run.StandardError)}");
        }

        JsonArray cells = JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray();
        var code = cells.Where(c => (string?)c!["cell_type"] == "code").ToList();
        var errors = code.Where(c => c!["outputs"]!.AsArray().Any(o => (string?)o!["output_type"] == "error")).ToList();
        output.WriteLine($"{name}: {code.Count} code cells, {code.Count(c => c!["execution_count"] is not null)} executed, {errors.Count} with an error");
        Assert.All(code, c => Assert.NotNull(c!["execution_count"]));
        Assert.Empty(errors);
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : "…" + text[^3000..];
}
