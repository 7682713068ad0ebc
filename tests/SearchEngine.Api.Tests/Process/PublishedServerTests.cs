using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace SearchEngine.Api.Tests.Process;

/// <summary>
/// The server as it ships: <c>dotnet publish</c> output (only publish copies <c>wwwroot</c> and the model's package
/// DLL next to the application), started as <c>dotnet SearchEngine.Api.dll</c> from the publish folder.
/// </summary>
public sealed class PublishedServerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("published-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a file still held by a dying child; the temp folder is cleaned later */ }
    }

    [Fact]
    public async Task The_published_server_serves_every_page_file_search_and_semantic_similar_papers()
    {
        var output = Path.Combine(_root, "publish");
        var (exit, log) = await Publish(output);
        Assert.True(exit == 0, log);
        var wwwroot = Path.Combine(output, "wwwroot");
        Assert.True(File.Exists(Path.Combine(wwwroot, "index.html")), "publish copied no wwwroot/index.html\n" + log);

        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Index:Path"] = Path.Combine(_root, "index"),
            ["Index:Sources"] = ApiFactory.CorpusPath,
            ["Index:Embeddings"] = "on",
        }, Path.Combine(output, "SearchEngine.Api.dll"));

        // why: publish also writes precompressed .br/.gz twins; they are served as encodings of the file, not as URLs.
        foreach (var file in Directory.EnumerateFiles(wwwroot, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetExtension(f) is not (".br" or ".gz")))
        {
            var path = "/" + Path.GetRelativePath(wwwroot, file).Replace('\\', '/');
            using var response = await api.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{api.Output}");
        }
        Assert.Contains("<script", await api.Client.GetStringAsync("/"), StringComparison.Ordinal);

        var search = JsonNode.Parse(await api.Client.GetStringAsync("/api/search?q=dialogue"))!;
        var id = (string)search["hits"]![0]!["id"]!;
        using var similar = await api.Client.GetAsync($"/api/papers/{id}/similar?mode=semantic");
        Assert.True(similar.StatusCode == HttpStatusCode.OK, await similar.Content.ReadAsStringAsync() + "\n" + api.Output);
    }

    /// <summary>
    /// <c>dotnet publish</c> of the API from the build this test runs in (same configuration, no rebuild, so it
    /// never races the other test projects over the build outputs).
    /// </summary>
    private static async Task<(int Exit, string Log)> Publish(string output)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "SearchEngine.Api", "SearchEngine.Api.csproj");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal) ? "Debug" : "Release";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", configuration, "--no-build", "-o", output })
        {
            info.ArgumentList.Add(arg);
        }
        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SearchEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
