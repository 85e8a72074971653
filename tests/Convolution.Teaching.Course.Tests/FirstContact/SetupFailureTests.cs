using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.FirstContact;

/// What the first cell says when the machine is not ready, tried for real on a fresh clone: each cause gets its own
/// message with its fix, in the first line of the cell's error, and never "in use by another process".
[Collection(AppCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class SetupFailureTests(ITestOutputHelper output)
{
    private static readonly NotebookRunner Runner = new(new RunnerOptions { CellTimeout = LessonRuns.CellLimit, NotebookTimeout = LessonRuns.NotebookLimit });

    [Fact]
    public async Task Offline_on_the_first_restore_the_setup_cell_says_NuGet_could_not_be_reached_and_what_to_do()
    {
        using var clone = new FreshClone();
        // No package in the cache and a package source nobody answers on (a closed port on this machine): the first restore cannot download.
        await File.WriteAllTextAsync(Path.Combine(clone.Root, "NuGet.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="artifacts/empty-package-cache" /></config>
              <packageSources><clear /><add key="unreachable" value="https://127.0.0.1:9/v3/index.json" /></packageSources>
            </configuration>
            """);

        string message = await FirstCellError(Path.Combine(clone.Notebooks, "01-images-as-arrays.ipynb"));

        Assert.Contains("NuGet could not be reached", message, StringComparison.Ordinal);
        Assert.Contains("Connect once and run this cell again", message, StringComparison.Ordinal);
        Assert.DoesNotContain("in use by another process", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_SDK_other_than_global_json_asks_for_is_named_with_the_version_to_install()
    {
        using var clone = new FreshClone();
        await File.WriteAllTextAsync(Path.Combine(clone.Root, "global.json"), """{ "sdk": { "version": "10.0.999", "rollForward": "disable" } }""");

        string message = await FirstCellError(Path.Combine(clone.Notebooks, "01-images-as-arrays.ipynb"));

        Assert.Contains("needs the .NET SDK 10.0.999", message, StringComparison.Ordinal);
        Assert.Contains("dotnet --list-sdks", message, StringComparison.Ordinal);
        Assert.DoesNotContain("in use by another process", message, StringComparison.Ordinal);
    }

    private async Task<string> FirstCellError(string notebook)
    {
        NotebookRunResult result = await Runner.RunAsync(notebook);
        CellResult first = result.Cells[0];
        output.WriteLine($"first cell: {first.Status}\n{first.Error}");
        Assert.Equal(CellStatus.Failed, first.Status);
        Assert.DoesNotContain("   at ", first.Error ?? "", StringComparison.Ordinal);
        return first.Error ?? "";
    }
}
