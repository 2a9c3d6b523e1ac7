using Microsoft.Playwright;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// The service on real Kestrel over its own database (<see cref="KestrelApiFixture"/>) and one headless Debian chromium,
/// driven by Playwright, shared by a test class; each test opens its own browser context.
/// </summary>
public sealed class BrowserApiFixture : KestrelApiFixture
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Debian's chromium (Playwright downloads no browser here), headless.</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = FindChromium()
                ?? throw new InvalidOperationException(
                    "Chromium was not found on PATH (`which chromium`). The browser tests need Debian's chromium: "
                    + "apt-get update && apt-get install -y chromium (.ci/run installs it)."),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>Debian's chromium launcher, as <c>which chromium</c> finds it.</summary>
    public static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);

    /// <summary>Whether a request's URL is on the service's own origin (blob: and data: URLs are the page's own).</summary>
    public bool IsOwnOrigin(string url) =>
        url.StartsWith(BaseAddress + "/", StringComparison.Ordinal)
        || url.StartsWith("blob:" + BaseAddress + "/", StringComparison.Ordinal)
        || url.StartsWith("data:", StringComparison.Ordinal);
}
