using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Cli;
using SearchEngine.Cli.Options;
using SearchEngine.Tools.Bench;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using Spectre.Console;

namespace SearchEngine.Tools.Commands;

/// <summary>
/// <c>searchengine-tools bench [--papers N | --corpus FILE.jsonl] [--queries N] [--seed S] [--peer sqlite] [--json]
/// [--report docs/benchmarks.md] [--index DIR]</c>: indexes a corpus and times every user-facing operation, optionally
/// side by side with SQLite FTS5 on the same corpus and requests.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int?>("--papers") { Description = "Generate a corpus of N papers (default 100000)." };
        var corpus = new Option<string?>("--corpus") { Description = "Use this JSON Lines corpus instead of generating one." };
        var queries = new Option<int>("--queries") { Description = "Timed requests per phase.", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus and the requests.", DefaultValueFactory = _ => 42 };
        var peer = new Option<string?>("--peer") { Description = "Also run the peer engine (sqlite)." };
        var json = CommonOptions.Json();
        var report = new Option<string?>("--report") { Description = "Write a Markdown report (e.g. docs/benchmarks.md)." };
        var index = new Option<string?>("--index") { Description = "Build the index here and keep it (default: a temporary directory)." };
        var command = new Command("bench", "Benchmark indexing, search, facets, similar and autocomplete (optionally against SQLite FTS5).")
        {
            papers, corpus, queries, seed, peer, json, report, index,
        };
        command.SetAction(parse =>
        {
            var peerName = parse.GetValue(peer);
            if (peerName is not null && peerName != "sqlite") throw new CliException($"unknown peer '{peerName}'; the only peer is sqlite");
            if (parse.GetValue(papers) is not null && parse.GetValue(corpus) is not null) throw new CliException("use either --papers or --corpus");
            if (parse.GetValue(queries) < 1) throw new CliException("--queries must be at least 1");
            var settings = new Settings(parse.GetValue(papers) ?? 100_000, parse.GetValue(corpus), parse.GetValue(queries),
                parse.GetValue(seed), peerName is not null, parse.GetValue(index), CommandLine(parse.Tokens.Select(t => t.Value)));
            var result = Run(settings, console);
            if (parse.GetValue(json)) console.Out.WriteLine(Json(result).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else Render(console, result);
            if (parse.GetValue(report) is { } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, BenchReport.Markdown(result, DateTimeOffset.UtcNow));
                console.Error.WriteLine($"report written to {path}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record Settings(int Papers, string? Corpus, int Queries, int Seed, bool Peer, string? Index, string CommandLine);

    private static BenchResult Run(Settings s, CliConsole console)
    {
        var work = Directory.CreateTempSubdirectory("searchengine-bench-");
        try
        {
            var log = console.Error;
            var corpusPath = s.Corpus;
            if (corpusPath is null)
            {
                corpusPath = Path.Combine(work.FullName, "corpus.jsonl");
                log.WriteLine($"generating {s.Papers:N0} papers…");
                GenerateCommand.Write(corpusPath, s.Papers, s.Seed);
            }
            else if (!File.Exists(corpusPath)) throw new CliException($"corpus not found: {corpusPath}", ExitCodes.NothingRead);
            var corpusBytes = new FileInfo(corpusPath).Length;
            var source = new CorpusSource(corpusPath, sampleSize: 5000, s.Seed);
            var location = new IndexLocation(s.Index ?? Path.Combine(work.FullName, "index"));

            EngineResult ours;
            BenchWorkload workload, warmUp;
            using (var engine = new OurEngine())
            {
                log.WriteLine("ours: indexing…");
                var indexing = engine.Build(location, source);
                if (indexing.Papers == 0) throw new CliException("the corpus holds no papers", ExitCodes.NothingRead);
                workload = BenchWorkload.Create(source.Sample, s.Queries, s.Seed);
                warmUp = BenchWorkload.Create(source.Sample, Math.Max(20, s.Queries / 5), s.Seed + 1);
                engine.Open(location);
                ours = Measure("ours", indexing, workload, warmUp, log,
                    engine.Search, engine.Similar, engine.Suggest) with
                {
                    PeakMemoryMB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024),
                };
            }
            // why: the peer runs in the same process; drop our heap first so its working set is its own.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            EngineResult? peer = null;
            if (s.Peer)
            {
                using var memory = new MemorySampler();
                using var sqlite = new SqlitePeer(Path.Combine(work.FullName, "peer.db"), new RankingOptions());
                log.WriteLine("sqlite: loading…");
                var indexing = sqlite.Load(source.PapersUnsampled());
                sqlite.OpenForQueries();
                peer = Measure("sqlite-fts5", indexing, workload, warmUp, log, sqlite.Search, sqlite.Similar, sqlite.Suggest)
                    with { PeakMemoryMB = memory.PeakMB };
            }
            return new BenchResult(BenchMachine.Current(), s.CommandLine, ours.Indexing.Papers, corpusBytes, ours, peer);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException e) { console.Error.WriteLine($"warning: could not remove {work.FullName}: {e.Message}"); }
        }
    }

    private static EngineResult Measure(string name, IndexingStats indexing, BenchWorkload w, BenchWorkload warm, TextWriter log,
        Func<BenchQuery, bool, int> search, Func<string, int> similar, Func<string, int> suggest)
    {
        long totals = 0;
        log.WriteLine($"{name}: search…");
        var plain = PhaseRunner.Run(warm.Plain, w.Plain, q => totals += search(q, false));
        log.WriteLine($"{name}: filtered…");
        var filtered = PhaseRunner.Run(warm.Filtered, w.Filtered, q => search(q, false));
        log.WriteLine($"{name}: faceted…");
        var faceted = PhaseRunner.Run(warm.Faceted, w.Faceted, q => search(q, true));
        log.WriteLine($"{name}: similar…");
        var similarStats = PhaseRunner.Run(warm.SimilarIds, w.SimilarIds, id => similar(id));
        log.WriteLine($"{name}: suggest…");
        var suggestStats = PhaseRunner.Run(warm.Prefixes, w.Prefixes, p => suggest(p));
        return new EngineResult
        {
            Name = name,
            Indexing = indexing,
            Search = plain,
            Filtered = filtered,
            Faceted = faceted,
            Similar = similarStats,
            Suggest = suggestStats,
            PeakMemoryMB = 0,
            // the warm-up's totals are counted too; subtract them by averaging over both runs
            AverageTotal = (double)totals / (w.Plain.Count + warm.Plain.Count),
        };
    }

    private static void Render(CliConsole console, BenchResult r)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn(new TableColumn("ours").RightAligned());
        if (r.Peer is not null) table.AddColumn(new TableColumn(r.Peer.Name).RightAligned()).AddColumn(new TableColumn("ours/peer").RightAligned());
        foreach (var row in BenchTable.Rows(r))
        {
            if (r.Peer is null) table.AddRow(Markup.Escape(row.Figure), row.Ours);
            else table.AddRow(Markup.Escape(row.Figure), row.Ours, row.Peer, row.Ratio);
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Papers:N0} papers ({r.CorpusBytes / 1048576.0:N0} MiB JSON), {r.Machine.Cores} cores"));
        console.Ansi.Write(table);
    }

    /// <summary>The <c>--json</c> object, with exactly the keys the benchmark issue specifies (plus a few extras).</summary>
    internal static JsonObject Json(BenchResult r)
    {
        static JsonObject Stats(LatencyStats s) => new() { ["p50"] = Round(s.P50), ["p95"] = Round(s.P95), ["p99"] = Round(s.P99), ["qps"] = Round(s.Qps) };
        static JsonObject Engine(EngineResult e, JsonObject o)
        {
            o["indexing"] = new JsonObject
            {
                ["papersPerSecond"] = Round(e.Indexing.PapersPerSecond),
                ["seconds"] = Round(e.Indexing.Seconds),
                ["indexBytes"] = e.Indexing.IndexBytes,
                ["commitSeconds"] = Round(e.Indexing.CommitSeconds),
            };
            o["search"] = Stats(e.Search);
            o["filtered"] = Stats(e.Filtered);
            o["faceted"] = Stats(e.Faceted);
            o["similar"] = Stats(e.Similar);
            o["suggest"] = Stats(e.Suggest);
            o["peakMemoryMB"] = Round(e.PeakMemoryMB);
            return o;
        }
        var root = Engine(r.Ours, new JsonObject { ["papers"] = r.Papers, ["corpusBytes"] = r.CorpusBytes });
        if (r.Peer is not null) root["peer"] = Engine(r.Peer, new JsonObject { ["name"] = r.Peer.Name });
        return root;
    }

    private static double Round(double v) => Math.Round(v, 3);

    private static string CommandLine(IEnumerable<string> tokens) =>
        "searchengine-tools " + string.Join(' ', tokens.Select(t => t.Contains(' ', StringComparison.Ordinal) ? $"\"{t}\"" : t));
}
