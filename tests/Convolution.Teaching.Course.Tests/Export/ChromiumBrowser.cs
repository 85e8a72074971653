using Microsoft.Playwright;

namespace Convolution.Teaching.Course.Tests.Export;

/// Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) driven by Playwright, headless, with a fresh profile and
/// the network switched off: the exported site must work from disk alone. Playwright's own browser download does not
/// work here, so it is pointed at the system browser. One browser for the test class; Dispose closes it.
public sealed class ChromiumBrowser : IAsyncLifetime
{
    /// Flags that keep Chromium from reaching out (updates, sync, QUIC) and let it run as root in a container.
    public static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly List<string> profiles = [];
    private IPlaywright? playwright;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// Why the browser could not start (with the fix), or null when it did.
    public string? Problem { get; private set; }

    public IBrowserContext? Context { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Problem = $"Chromium is not installed ({ExecutablePath} does not exist): the browser test needs it. Install it with `apt-get install -y chromium` " +
                      "(scripts/prerequisites.sh and .ci/run do), or set CHROMIUM_PATH to another Chromium.";
            return;
        }

        try
        {
            playwright = await Playwright.CreateAsync();
            Context = await LaunchAsync(javaScript: true);
        }
        catch (PlaywrightException e)
        {
            Problem = $"Chromium at {ExecutablePath} did not start under Playwright: {e.Message}";
        }
    }

    /// A new browser (own profile, offline) with JavaScript on or off; the caller closes it.
    public async Task<IBrowserContext> LaunchAsync(bool javaScript)
    {
        string profile = Path.Combine(Path.GetTempPath(), "ct-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        profiles.Add(profile);
        return await playwright!.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = Flags,
            Offline = true,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        playwright?.Dispose();
        foreach (string profile in profiles)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left in the temp folder is harmless.
            }
        }
    }
}
