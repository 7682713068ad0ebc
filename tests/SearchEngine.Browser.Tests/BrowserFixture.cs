using Microsoft.Playwright;
using SearchEngine.Api.Tests;

namespace SearchEngine.Browser.Tests;

/// <summary>
/// The API on a real Kestrel port (127.0.0.1, dynamic) over the test corpus, and one headless Debian Chromium.
/// When <c>/usr/bin/chromium</c> is absent nothing starts and every test skips with <see cref="SkipReason"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public string? SkipReason { get; private set; }
    public ApiFactory? Server { get; private set; }
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium not found at {ChromiumPath}; run 'apt-get install -y chromium' to enable the browser tests.";
            return;
        }
        Server = new ApiFactory();
        Server.UseKestrel(0);
        Server.StartServer();
        var client = Server.CreateClient();
        BaseAddress = client.BaseAddress!;
        await ApiFactory.WaitUntilReadyAsync(client);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (Server is not null) await ((IAsyncLifetime)Server).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
