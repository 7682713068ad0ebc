using System.Diagnostics;
using SearchEngine.Cli;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Tools.Commands;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// One bench run: the corpus (generated or given), the query file (given, or written from a sample of the corpus),
/// our engine, then each peer on the same corpus and the same requests. Progress goes to <c>log</c>.
/// </summary>
public static class BenchRunner
{
    public static BenchOutcome Run(BenchSettings s, TextWriter log)
    {
        var machine = BenchMachine.Current(); // before the run: its load average is the one the run started under
        // why: a malformed query file fails before minutes of indexing, not after.
        var givenTexts = s.QueryFile is null ? null : QueryFile.Read(s.QueryFile);
        var work = Directory.CreateTempSubdirectory("searchengine-bench-");
        try
        {
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
            string queryFile;
            using (var engine = new OurEngine())
            {
                log.WriteLine("ours: indexing…");
                var indexing = engine.Build(location, source);
                if (indexing.Papers == 0) throw new CliException("the corpus holds no papers", ExitCodes.NothingRead);
                var texts = givenTexts ?? BenchWorkload.QueryTexts(source.Sample, s.Queries ?? BenchSettings.DefaultQueries, s.Seed);
                queryFile = s.QueryFile ?? Path.Combine(work.FullName, "queries.tsv");
                if (s.QueryFile is null) QueryFile.Write(queryFile, texts);
                workload = BenchWorkload.Create(source.Sample, texts, s.Seed);
                var warmTexts = BenchWorkload.QueryTexts(source.Sample, Math.Max(20, texts.Count / 5), s.Seed + 1);
                warmUp = BenchWorkload.Create(source.Sample, warmTexts, s.Seed + 1);
                engine.Open(location);
                ours = Measure("ours", indexing, workload, warmUp, log, engine.Search, engine.Similar, engine.Suggest) with
                {
                    PeakMemoryMB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024),
                };
            }
            // why: the SQLite peer runs in this process; drop our heap first so its working set is its own.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            var peers = new List<EngineResult>();
            var skipped = new List<string>();
            foreach (var peer in s.Peers)
            {
                try
                {
                    peers.Add(peer switch
                    {
                        "sqlite" => RunSqlite(work.FullName, source, workload, warmUp, s.SqliteQueries, log),
                        "java" => JavaPeer.Locate(s.JavaAnchor).Run(corpusPath, queryFile, workload.Plain.Count,
                            Path.Combine(work.FullName, "java-index"), log),
                        _ => throw new CliException($"unknown peer '{peer}'"),
                    });
                }
                catch (PeerUnavailableException e)
                {
                    log.WriteLine($"{peer}: skipped: {e.Message}");
                    skipped.Add($"{peer}: {e.Message}");
                }
            }
            var result = new BenchResult(machine, s.CommandLine, ours.Indexing.Papers, corpusBytes, ours, peers);
            return new BenchOutcome(result, skipped);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException e) { log.WriteLine($"warning: could not remove {work.FullName}: {e.Message}"); }
        }
    }

    private static EngineResult RunSqlite(string work, CorpusSource source, BenchWorkload workload, BenchWorkload warmUp,
        int? queries, TextWriter log)
    {
        string? note = null;
        if (queries < workload.Plain.Count)
        {
            note = $"the first {queries:N0} of the same requests of each phase (of {workload.Plain.Count:N0}), after "
                + $"{Math.Max(1, queries.Value / 5):N0} warm-up requests (--sqlite-queries).";
            workload = workload.Take(queries.Value);
            warmUp = warmUp.Take(Math.Max(1, queries.Value / 5));
        }
        using var memory = new MemorySampler();
        using var sqlite = new SqlitePeer(Path.Combine(work, "peer.db"), new RankingOptions());
        log.WriteLine("sqlite: loading…");
        var indexing = sqlite.Load(source.PapersUnsampled());
        sqlite.OpenForQueries();
        return Measure("sqlite-fts5", indexing, workload, warmUp, log, sqlite.Search, sqlite.Similar, sqlite.Suggest)
            with { PeakMemoryMB = memory.PeakMB, Note = note };
    }

    private static EngineResult Measure(string name, IndexingStats indexing, BenchWorkload w, BenchWorkload warm, TextWriter log,
        Func<BenchQuery, bool, int> search, Func<string, int> similar, Func<string, int> suggest)
    {
        long totals = 0;
        var calls = 0;
        log.WriteLine($"{name}: search…");
        // why: only the timed queries' totals count, so the average is over exactly the query file (as the peers').
        var plain = PhaseRunner.Run(warm.Plain, w.Plain, q =>
        {
            var total = search(q, false);
            if (calls++ >= warm.Plain.Count) totals += total;
        });
        log.WriteLine($"{name}: filtered…");
        var filtered = PhaseRunner.Run(warm.Filtered, w.Filtered, q => search(q, false));
        log.WriteLine($"{name}: faceted…");
        var faceted = PhaseRunner.Run(warm.Faceted, w.Faceted, q => search(q, true));
        log.WriteLine($"{name}: faceted, no filter…");
        var facetedNoFilter = PhaseRunner.Run(warm.FacetedNoFilter, w.FacetedNoFilter, q => search(q, true));
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
            FacetedNoFilter = facetedNoFilter,
            Similar = similarStats,
            Suggest = suggestStats,
            PeakMemoryMB = 0,
            AverageTotal = (double)totals / w.Plain.Count,
        };
    }
}
