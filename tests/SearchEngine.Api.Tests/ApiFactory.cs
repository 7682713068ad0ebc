using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace SearchEngine.Api.Tests;

/// <summary>
/// The API over the 12-paper test corpus (<c>Data/corpus.jsonl</c>), indexed once by the real
/// <see cref="Hosting.IndexBootstrapper"/> into a temp directory and shared read-only by every test class in the
/// <see cref="ApiCollection"/>.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "se-api-" + Guid.NewGuid().ToString("N"));

    public string IndexPath => Path.Combine(Root, "index");

    public static string CorpusPath => Path.Combine(AppContext.BaseDirectory, "Data", "corpus.jsonl");

    /// <summary>
    /// How long a test waits for a background rebuild to be served before calling it lost: a guard, not a speed claim
    /// (the rebuild child runs at nice 10 and gets little CPU while the other test projects keep both cores busy).
    /// </summary>
    public static readonly TimeSpan RebuildGuard = TimeSpan.FromMinutes(3);

    /// <summary>The sources the server builds from (the corpus unless a subclass says otherwise).</summary>
    protected virtual string Sources => CorpusPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Index:Path", IndexPath);
        builder.UseSetting("Index:Sources", Sources);
        // why: what these tests check must not depend on how loaded the machine is (CI runs the test projects side
        // by side on two cores); the budget itself is tested with a spent budget (SpentBudgetFactory).
        builder.UseSetting("Api:TimeBudgetMs", "60000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public virtual async Task InitializeAsync() => await WaitUntilReadyAsync(CreateClient());

    /// <remarks>
    /// why the rebuild guard: a first start builds the index the same way a rebuild does (a low-priority child), and
    /// under CI's load a 60 s wait failed seven write-endpoint tests at once (they pass in a second alone).
    /// </remarks>
    public static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + RebuildGuard;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync("/ready");
            if (response.StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the API did not become ready within {RebuildGuard.TotalMinutes} min");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
