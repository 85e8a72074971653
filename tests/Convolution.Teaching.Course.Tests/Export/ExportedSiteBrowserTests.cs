using System.Text.Json;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Tests.Support;
using Microsoft.Playwright;

namespace Convolution.Teaching.Course.Tests.Export;

/// The site exported from the real lesson runs, opened from disk (file:// URLs) in headless Chromium with the
/// network off: every image with a data: or relative src loads and has alt text, every Plotly chart draws (an
/// svg in each chart div, from the shipped plotly.js), every formula is typeset by the shipped KaTeX, nothing
/// logs a console error, every link between pages resolves, and the index links to every lesson. Images on other
/// hosts (the lessons have none: diagrams from other sites are links) cannot load offline: they are listed, and their alt text is checked.
[Collection(KernelCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class ExportedSiteBrowserTests(LessonRuns runs, ChromiumBrowser chromium, ITestOutputHelper output) : IClassFixture<ChromiumBrowser>
{
    /// Where the screenshot for review goes (the README of the issue asks for one lesson).
    public static string ScreenshotFolder => Path.Combine(Repo.Root, "artifacts", "screenshots");

    private const string FactsScript = """
        () => ({
          images: Array.from(document.images).map(i => ({ src: (i.getAttribute('src') || '').slice(0, 120), loaded: i.complete && i.naturalWidth > 0, alt: i.getAttribute('alt') || '' })),
          charts: Array.from(document.querySelectorAll('.plotly-chart')).map(d => ({ id: d.id, drawn: !!d.querySelector('svg.main-svg') })),
          formulas: document.querySelectorAll('.math').length,
          typeset: document.querySelectorAll('.math.typeset').length,
          formulaErrors: document.querySelectorAll('.katex-error').length,
          links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')),
          textLength: (document.querySelector('main') || document.body).innerText.length
        })
        """;

    private const string SettledScript = """
        () => Array.from(document.images).every(i => i.complete)
          && Array.from(document.querySelectorAll('.plotly-chart')).every(d => d.querySelector('svg.main-svg'))
          && (typeof katex === 'undefined' || document.querySelectorAll('.math:not(.typeset)').length === 0)
        """;

    public static TheoryData<string> Lessons() => LessonData.Lessons();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_page_works_offline_with_images_loaded_charts_drawn_formulas_typeset_and_no_console_errors(string lesson)
    {
        if (lesson == LessonData.NoLessons)
        {
            output.WriteLine("0 lessons: nothing to open.");
            return;
        }

        IBrowserContext browser = RequireBrowser();
        var (site, _) = await LessonSite.BuildAsync(runs);
        PageReport report = site.Pages.Single(p => p.Page == SiteExporter.PageName(lesson));

        await using var visit = await PageVisit.OpenAsync(browser, Path.Combine(site.OutputFolder, report.Page));
        PageFacts facts = visit.Facts;
        output.WriteLine($"{report.Page}: {facts.Images.Count} images, {facts.Charts.Count} charts, {facts.Typeset}/{facts.Formulas} formulas typeset, {facts.Links.Count} links, {visit.Seconds:0.0} s");
        foreach (string url in visit.ExternalFailures)
        {
            output.WriteLine($"  external, not loaded offline (expected): {url}");
        }

        var local = facts.Images.Where(i => !IsExternal(i.Src)).ToList();
        Assert.True(local.All(i => i.Loaded), $"{report.Page}: images that did not load: {string.Join(", ", local.Where(i => !i.Loaded).Select(i => i.Src))}");
        Assert.True(facts.Images.All(i => i.Alt.Trim().Length > 0), $"{report.Page}: images without alt text: {string.Join(", ", facts.Images.Where(i => i.Alt.Trim().Length == 0).Select(i => i.Src))}");
        Assert.Equal(report.Images, facts.Images.Count);
        Assert.Equal(report.Charts, facts.Charts.Count);
        Assert.True(facts.Charts.All(c => c.Drawn), $"{report.Page}: charts with no svg (not drawn): {string.Join(", ", facts.Charts.Where(c => !c.Drawn).Select(c => c.Id))}");
        Assert.Equal(facts.Formulas, facts.Typeset);
        Assert.Equal(0, facts.FormulaErrors);
        Assert.True(visit.Errors.Count == 0, $"{report.Page}: console errors:\n{string.Join("\n", visit.Errors)}");
        Assert.All(visit.ExternalFailures, url => Assert.Contains(url, report.ExternalImages));
        Assert.Empty(BrokenLinks(site.OutputFolder, facts.Links));
        Assert.True(facts.TextLength > 500, $"{report.Page}: only {facts.TextLength} characters of text");
    }

    private const string FoldsScript = """
        (markers) => ({
          markers: markers.filter(m => document.body.innerText.includes(m)),
          exercises: document.querySelectorAll('section.exercise').length,
          folds: Array.from(document.querySelectorAll('details.solution')).map(d => ({
            open: d.open,
            summary: d.querySelector(':scope > summary').innerText.trim(),
            solutionVisible: d.querySelector('pre.source').checkVisibility(),
            startingVisible: !!d.parentElement.querySelector(':scope > pre.source') && d.parentElement.querySelector(':scope > pre.source').checkVisibility()
          }))
        })
        """;

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_page_shows_no_marker_text_and_every_solution_folded_until_its_fold_is_opened(string lesson)
    {
        if (lesson == LessonData.NoLessons)
        {
            return;
        }

        IBrowserContext browser = RequireBrowser();
        var (site, _) = await LessonSite.BuildAsync(runs);
        await using var visit = await PageVisit.OpenAsync(browser, Path.Combine(site.OutputFolder, SiteExporter.PageName(lesson)));

        JsonElement before = await visit.Page.EvaluateAsync<JsonElement>(FoldsScript, SelfStudySiteTests.Markers);
        Assert.Empty(before.GetProperty("markers").EnumerateArray());
        var folds = before.GetProperty("folds").EnumerateArray().ToList();
        Assert.Equal(before.GetProperty("exercises").GetInt32(), folds.Count);
        Assert.All(folds, f => Assert.Equal("Show solution", f.GetProperty("summary").GetString()));
        Assert.All(folds, f => Assert.False(f.GetProperty("open").GetBoolean() || f.GetProperty("solutionVisible").GetBoolean(), "a solution shows before its fold is opened"));
        Assert.All(folds, f => Assert.True(f.GetProperty("startingVisible").GetBoolean(), "an exercise's starting code is not visible"));

        // Opening a fold (a click on its summary, as a reader does) shows the solution.
        ILocator summaries = visit.Page.Locator("details.solution > summary");
        for (int i = 0; i < folds.Count; i++)
        {
            await summaries.Nth(i).ClickAsync();
        }

        JsonElement after = await visit.Page.EvaluateAsync<JsonElement>(FoldsScript, SelfStudySiteTests.Markers);
        Assert.All(after.GetProperty("folds").EnumerateArray(), f => Assert.True(f.GetProperty("open").GetBoolean() && f.GetProperty("solutionVisible").GetBoolean(), "an opened fold does not show its solution"));
        Assert.Empty(after.GetProperty("markers").EnumerateArray());
        output.WriteLine($"{lesson}: {folds.Count} solution folds, closed, each shown when opened; no marker text");
    }

    [Fact]
    public async Task Index_links_to_every_lesson_and_the_exercises_and_its_links_resolve()
    {
        IBrowserContext browser = RequireBrowser();
        var (site, lessonRuns) = await LessonSite.BuildAsync(runs);

        await using var visit = await PageVisit.OpenAsync(browser, site.IndexPage);

        output.WriteLine($"index.html: {visit.Facts.Links.Count} links; site export took {site.Seconds:0.00} s for {site.Pages.Count} pages");
        foreach (var run in lessonRuns)
        {
            Assert.Contains(SiteExporter.PageName(run.Name), visit.Facts.Links);
        }

        Assert.Contains("index.html#exercises", visit.Facts.Links);
        Assert.Empty(BrokenLinks(site.OutputFolder, visit.Facts.Links));
        Assert.True(visit.Errors.Count == 0, "index.html: console errors:\n" + string.Join("\n", visit.Errors));
        Assert.Equal(lessonRuns.Count, site.Pages.Count(p => p.Source.EndsWith(".ipynb", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_javascript_every_page_still_shows_its_text_and_images()
    {
        RequireBrowser();
        var (site, _) = await LessonSite.BuildAsync(runs);
        await using IBrowserContext noScript = await chromium.LaunchAsync(javaScript: false);

        foreach (PageReport page in site.Pages)
        {
            await using var visit = await PageVisit.OpenAsync(noScript, Path.Combine(site.OutputFolder, page.Page), settle: false);
            var local = visit.Facts.Images.Where(i => !IsExternal(i.Src)).ToList();
            output.WriteLine($"{page.Page} without JavaScript: {local.Count(i => i.Loaded)}/{local.Count} images, {visit.Facts.TextLength} characters");
            Assert.True(local.All(i => i.Loaded), $"{page.Page}: images that did not load without JavaScript: {string.Join(", ", local.Where(i => !i.Loaded).Select(i => i.Src))}");
            Assert.True(visit.Facts.TextLength > 200, $"{page.Page}: only {visit.Facts.TextLength} characters without JavaScript");
        }
    }

    [Fact]
    public async Task Fixture_course_shows_every_output_kind_in_the_browser_with_the_error_as_a_visible_box()
    {
        IBrowserContext browser = RequireBrowser();
        using var temp = new TempFolder();
        ExportResult site = SiteExporter.Export(new ExportOptions(ExportFixture.Notebooks, ExportFixture.Executed, temp.File("site")));

        await using var basics = await PageVisit.OpenAsync(browser, Path.Combine(site.OutputFolder, "01-basics.html"));
        await using var outputs = await PageVisit.OpenAsync(browser, Path.Combine(site.OutputFolder, "02-outputs.html"));

        Assert.Equal(["https://example.org/net.png"], basics.ExternalFailures);
        Assert.Equal((2, 2, 0), (basics.Facts.Formulas, basics.Facts.Typeset, basics.Facts.FormulaErrors));
        Assert.All(basics.Facts.Images.Where(i => !IsExternal(i.Src)), i => Assert.True(i.Loaded, i.Src));
        Assert.Equal(2, outputs.Facts.Images.Count);
        Assert.All(outputs.Facts.Images, i => Assert.True(i.Loaded && i.Alt.Length > 0, i.Src));
        Assert.Equal([true], outputs.Facts.Charts.Select(c => c.Drawn));
        Assert.True(await outputs.Page.Locator(".output.error[role=alert]").IsVisibleAsync());
        Assert.Contains("System.Exception: boom <at> cell 4", await outputs.Page.Locator(".output.error").InnerTextAsync());
        Assert.Empty(basics.Errors.Concat(outputs.Errors));
    }

    [Fact]
    public async Task A_screenshot_of_lesson_5_is_saved_for_review()
    {
        IBrowserContext browser = RequireBrowser();
        var (site, _) = await LessonSite.BuildAsync(runs);
        PageReport? lesson = site.Pages.FirstOrDefault(p => p.Page.StartsWith("05-", StringComparison.Ordinal)) ?? site.Pages.FirstOrDefault();
        Assert.NotNull(lesson);

        await using var visit = await PageVisit.OpenAsync(browser, Path.Combine(site.OutputFolder, lesson.Page));
        Directory.CreateDirectory(ScreenshotFolder);
        string full = Path.Combine(ScreenshotFolder, Path.ChangeExtension(lesson.Page, ".png"));
        string top = Path.Combine(ScreenshotFolder, Path.GetFileNameWithoutExtension(lesson.Page) + "-top.png");
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = full, FullPage = true });
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = top });

        output.WriteLine($"screenshots: {full} ({new FileInfo(full).Length / 1024} KB), {top}");
        Assert.True(new FileInfo(full).Length > 50_000, "the full-page screenshot is suspiciously small");
    }

    private IBrowserContext RequireBrowser()
    {
        Assert.True(chromium.Problem is null, chromium.Problem);
        return chromium.Context!;
    }

    private static bool IsExternal(string src) =>
        src.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || src.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || src.StartsWith("//", StringComparison.Ordinal);

    /// Relative links whose file is not in the site (anchors and URLs with a scheme are not checked).
    private static List<string> BrokenLinks(string siteFolder, IEnumerable<string> links) =>
        [.. links
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains(':', StringComparison.Ordinal) && !l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => !File.Exists(Path.Combine(siteFolder, Uri.UnescapeDataString(l.Split('#', '?')[0]))))
            .Distinct()];

    private sealed record ImageFact(string Src, bool Loaded, string Alt);

    private sealed record ChartFact(string Id, bool Drawn);

    private sealed record PageFacts(List<ImageFact> Images, List<ChartFact> Charts, int Formulas, int Typeset, int FormulaErrors, List<string> Links, int TextLength)
    {
        public static PageFacts From(JsonElement e) => new(
            [.. e.GetProperty("images").EnumerateArray().Select(i => new ImageFact(i.GetProperty("src").GetString()!, i.GetProperty("loaded").GetBoolean(), i.GetProperty("alt").GetString()!))],
            [.. e.GetProperty("charts").EnumerateArray().Select(c => new ChartFact(c.GetProperty("id").GetString()!, c.GetProperty("drawn").GetBoolean()))],
            e.GetProperty("formulas").GetInt32(),
            e.GetProperty("typeset").GetInt32(),
            e.GetProperty("formulaErrors").GetInt32(),
            [.. e.GetProperty("links").EnumerateArray().Select(l => l.GetString()!)],
            e.GetProperty("textLength").GetInt32());
    }

    /// One page opened in the browser: console errors and failed requests recorded from the start, facts read once it settled.
    private sealed class PageVisit : IAsyncDisposable
    {
        private PageVisit(IPage page) => Page = page;

        public IPage Page { get; }

        public List<string> Errors { get; } = [];

        public List<string> ExternalFailures { get; } = [];

        public PageFacts Facts { get; private set; } = null!;

        public double Seconds { get; private set; }

        public static async Task<PageVisit> OpenAsync(IBrowserContext browser, string file, bool settle = true)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            IPage page = await browser.NewPageAsync();
            var visit = new PageVisit(page);
            var failed = new List<(string Url, string Why)>();
            var console = new List<(string Text, string Location)>();
            page.Console += (_, m) => { if (m.Type == "error") lock (console) console.Add((m.Text, m.Location)); };
            page.PageError += (_, e) => { lock (console) console.Add(("uncaught: " + e, "")); };
            page.RequestFailed += (_, r) => { lock (failed) failed.Add((r.Url, r.Failure ?? "")); };

            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
            if (settle)
            {
                try
                {
                    await page.WaitForFunctionAsync(SettledScript, null, new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 100 });
                }
                catch (TimeoutException)
                {
                    // The facts below say what did not settle (an image, a chart, a formula); the assertions name it.
                }
            }

            visit.Facts = PageFacts.From(await page.EvaluateAsync<JsonElement>(FactsScript));
            lock (failed)
            {
                var external = failed.Where(f => IsExternal(f.Url)).Select(f => f.Url).ToHashSet(StringComparer.Ordinal);
                visit.ExternalFailures.AddRange(external.Order(StringComparer.Ordinal));
                visit.Errors.AddRange(failed.Where(f => !IsExternal(f.Url)).Select(f => $"request failed: {f.Url} ({f.Why})"));
                lock (console)
                {
                    // "Failed to load resource" for an external image is the expected cost of being offline; anything else is an error.
                    visit.Errors.AddRange(console.Where(c => !external.Any(u => c.Location.StartsWith(u, StringComparison.Ordinal))).Select(c => $"{c.Text} (at {c.Location})"));
                }
            }

            visit.Seconds = watch.Elapsed.TotalSeconds;
            return visit;
        }

        public async ValueTask DisposeAsync() => await Page.CloseAsync();
    }
}
