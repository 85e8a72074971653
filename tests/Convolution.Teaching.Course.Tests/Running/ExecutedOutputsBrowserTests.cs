using System.Net;
using System.Text;
using System.Text.Json;
using Convolution.Teaching.Course.Running;
using Convolution.Teaching.Course.Tests.Export;
using Convolution.Teaching.Course.Tests.Support;
using Convolution.Teaching.Notebooks;
using Microsoft.Playwright;

namespace Convolution.Teaching.Course.Tests.Running;

/// What a student sees in VS Code, offline: each lesson's outputs from the real kernel, laid one after another in
/// ONE page (VS Code renders a notebook's outputs in one webview, so a script in one output serves the next),
/// with nothing else: no site, no shipped plotly.js. Opened from disk in Chromium with the network off, every
/// chart must draw from the plotly.js that the setup cell's output carries. And no output but that one script
/// may pass 1 MB, so a saved notebook stays small.
[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class ExecutedOutputsBrowserTests(LessonRuns runs, ChromiumBrowser chromium, ITestOutputHelper output) : IClassFixture<ChromiumBrowser>
{
    private const int MaxOutputBytes = 1_000_000;

    private const string ChartsScript = """
        () => Array.from(document.querySelectorAll('.plotly-chart')).map(d => ({ id: d.id, drawn: !!d.querySelector('svg.main-svg'), text: d.textContent.slice(0, 200) }))
        """;

    public static TheoryData<string> Lessons() => LessonData.Lessons();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Every_chart_in_a_lessons_outputs_draws_offline_from_the_setup_cells_plotly_js_and_no_other_output_passes_1_MB(string lesson)
    {
        if (lesson == LessonData.NoLessons)
        {
            return;
        }

        Assert.True(chromium.Problem is null, chromium.Problem);
        NotebookRunResult result = await runs.RunAsync(Path.Combine(Repo.Notebooks, lesson));
        Assert.True(result.Succeeded, "the lesson did not run clean:\n" + string.Join("\n", result.Problems()));

        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>outputs</title></head><body>\n");
        var large = new List<string>();
        int bundles = 0;
        foreach (CellResult cell in result.Cells)
        {
            foreach (CellOutput o in cell.Outputs)
            {
                string? part = o.Html;
                if (part is not null)
                {
                    bool bundle = part.Contains(PlotlyBundle.Attribute, StringComparison.Ordinal);
                    bundles += bundle ? 1 : 0;
                    if (!bundle && Encoding.UTF8.GetByteCount(part) > MaxOutputBytes)
                    {
                        large.Add($"cell {cell.Number}: {Encoding.UTF8.GetByteCount(part) / 1024} KB");
                    }
                }

                html.Append("<div class=\"cell-output\">").Append(part ?? $"<pre>{WebUtility.HtmlEncode(o.Text ?? "")}</pre>").Append("</div>\n");
            }
        }

        using var temp = new TempFolder();
        string page = temp.File(Path.ChangeExtension(lesson, ".outputs.html"));
        await File.WriteAllTextAsync(page, html.Append("</body></html>").ToString());

        IPage tab = await chromium.Context!.NewPageAsync();
        var requests = new List<string>();
        tab.Request += (_, r) => { if (!r.Url.StartsWith("file:", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) { requests.Add(r.Url); } };
        try
        {
            await tab.GotoAsync(new Uri(page).AbsoluteUri, new PageGotoOptions { Timeout = 60_000 });
            try
            {
                await tab.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('.plotly-chart')).every(d => d.querySelector('svg.main-svg'))", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            }
            catch (TimeoutException)
            {
                // Reported below, chart by chart.
            }

            var charts = (await tab.EvaluateAsync<JsonElement>(ChartsScript)).EnumerateArray()
                .Select(c => new ChartFact(c.GetProperty("id").GetString()!, c.GetProperty("drawn").GetBoolean(), c.GetProperty("text").GetString()!)).ToArray();
            output.WriteLine($"{lesson}: {charts.Length} charts, {charts.Count(c => c.Drawn)} drawn; {bundles} plotly.js bundle(s); network requests: {requests.Count}");
            Assert.True(bundles >= 1 || charts.Length == 0, $"{lesson} shows charts but no output carries plotly.js (the setup cell's last value should be Notebook.Setup())");
            Assert.True(charts.All(c => c.Drawn), $"{lesson}: charts not drawn offline: {string.Join("; ", charts.Where(c => !c.Drawn).Select(c => $"{c.Id} '{c.Text}'"))}");
            Assert.True(large.Count == 0, $"{lesson}: outputs over 1 MB (a saved notebook grows by each): {string.Join(", ", large)}");
        }
        finally
        {
            await tab.CloseAsync();
        }
    }

    private sealed record ChartFact(string Id, bool Drawn, string Text);
}
