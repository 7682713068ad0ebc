using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// The reference peer: Java Lucene 8.7 through the shared anchor (<c>shared/anchors/lucene-java/run.sh bench</c>),
/// run as its own process on the same corpus file and the same query file as ours. Its JSON lines become an
/// <see cref="EngineResult"/>; the phases it does not run (filtered, faceted with filters, suggest) stay empty.
/// </summary>
public sealed class JavaPeer(string runScript)
{
    public const string Name = "java-lucene";
    public const string InstallHint = "apt-get install -y default-jdk-headless liblucene8-java";
    private const string AnchorPath = "shared/anchors/lucene-java/run.sh";

    /// <summary>How the anchor measures where it differs from ours; printed under the report's table.</summary>
    public const string Note =
        "Java Lucene 8.7 through `shared/anchors/lucene-java/run.sh bench`, a separate process, on the same corpus and " +
        "query file. It indexes a TSV conversion of the corpus (conversion not timed) on one thread with a 256 MB RAM " +
        "buffer; warms up on the first 200 queries of the file (ours on separate requests); its top-10 search counts " +
        "totals only up to 1,000 (block-max WAND), so its average matches come from its faceted phase (exact); its " +
        "`faceted, no filter` counts venue and topic (top 10) and a year histogram (ours: year, venue, topic and type, the page's default facets; authors are counted only when asked); its " +
        "`similar` is MoreLikeThis for 200 random papers (ours: one request per query over sampled papers); peak memory " +
        "is the Java process's peak resident set (VmHWM, -Xmx4g).";

    public string RunScript { get; } = runScript;

    /// <summary>
    /// The anchor's run script: <paramref name="explicitDir"/> if given, else <c>shared/anchors/lucene-java/</c>
    /// beside the repository (searched upward from the working directory and from this program's directory).
    /// </summary>
    public static JavaPeer Locate(string? explicitDir)
    {
        if (explicitDir is not null)
        {
            var script = Path.Combine(explicitDir, "run.sh");
            return File.Exists(script) ? new JavaPeer(script)
                : throw new PeerUnavailableException($"no run.sh in --java-anchor {explicitDir}");
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, AnchorPath);
                if (File.Exists(script)) return new JavaPeer(script);
            }
        }
        throw new PeerUnavailableException(
            $"the Java Lucene anchor ({AnchorPath}) was not found beside the repository; pass --java-anchor DIR");
    }

    /// <summary>Fails with the install command when Java or Python (which the anchor uses) is missing.</summary>
    public static void RequireTools()
    {
        var missing = new[] { "java", "javac", "python3" }.Where(tool => !OnPath(tool)).ToList();
        if (missing.Count > 0)
        {
            throw new PeerUnavailableException(
                $"Java Lucene needs {string.Join(", ", missing)}, not found on PATH; install with: {InstallHint}");
        }
    }

    /// <summary>Runs the anchor's bench; its progress and errors go to <paramref name="log"/>.</summary>
    public EngineResult Run(string corpus, string queryFile, int queries, string indexDir, TextWriter log)
    {
        RequireTools();
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { RunScript, "bench", Path.GetFullPath(corpus), Path.GetFullPath(queryFile), Path.GetFullPath(indexDir) })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new PeerUnavailableException("could not start bash");
        var errors = new List<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errors) errors.Add(e.Data);
            lock (log) log.WriteLine($"{Name}: {e.Data}");
        };
        process.BeginErrorReadLine();
        var output = new JsonObject();
        for (var line = process.StandardOutput.ReadLine(); line is not null; line = process.StandardOutput.ReadLine())
        {
            if (!line.StartsWith('{')) continue;
            if (JsonNode.Parse(line) is JsonObject o)
            {
                foreach (var (key, value) in o.ToList()) { o.Remove(key); output[key] = value; }
            }
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            // run.sh exits 2 with "install first: …" when the Lucene jars are missing.
            var reason = errors.LastOrDefault(e => e.Length > 0) ?? $"exit code {process.ExitCode}";
            throw new PeerUnavailableException(process.ExitCode == 2 ? reason : $"run.sh bench failed ({reason})");
        }
        return Parse(output, queries);
    }

    /// <summary>The anchor's JSON lines (merged into one object) as our figures.</summary>
    internal static EngineResult Parse(JsonObject o, int queries)
    {
        double D(JsonNode? node, string what) => node?.GetValue<double>()
            ?? throw new PeerUnavailableException($"the Java anchor's output has no '{what}'");
        LatencyStats Stats(string key, int count) => new(D(o[key]?["p50"], key + ".p50"), D(o[key]?["p95"], key + ".p95"),
            D(o[key]?["p99"], key + ".p99"), D(o[key]?["qps"], key + ".qps"), count);
        var docs = (int)D(o["docs"], "docs");
        var perSecond = D(o["docs_per_s"], "docs_per_s");
        return new EngineResult
        {
            Name = Name,
            Indexing = new IndexingStats(perSecond, perSecond > 0 ? docs / perSecond : 0, (long)D(o["index_bytes"], "index_bytes"),
                D(o["commit_s"], "commit_s"), docs),
            Search = Stats("search", queries),
            Filtered = null,
            Faceted = null,
            FacetedNoFilter = Stats("faceted", queries),
            // why: the anchor runs MoreLikeThis for 200 random papers, whatever the number of queries.
            Similar = Stats("mlt", 200),
            Suggest = null,
            PeakMemoryMB = D(o["peak_rss_mb"], "peak_rss_mb"),
            AverageTotal = D(o["mean_hits"], "mean_hits"),
            Note = Note,
        };
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
