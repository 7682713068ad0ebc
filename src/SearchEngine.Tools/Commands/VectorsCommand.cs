using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Util;
using SearchEngine.Cli;
using SearchEngine.Cli.Options;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
using SearchEngine.Tools.Bench;

namespace SearchEngine.Tools.Commands;

/// <summary>
/// <c>searchengine-tools vectors [--collection DIR] [--sizes 100000,1000000] [--embed N] [--queries N]</c>: what
/// embeddings cost. Paper embedding throughput (both cores, empty cache), query embedding latency, exact vector search
/// latency and memory over synthetic int8 vectors with the production scan (<see cref="NearestVectors"/>), unfiltered
/// and with a filter allowing 10%, and lexical vs hybrid search latency on a real collection (its vectors from the
/// cache <c>eval</c> fills). Reported in docs/benchmarks.md ("Embeddings").
/// </summary>
public static class VectorsCommand
{
    public static Command Create(CliConsole console)
    {
        var collection = new Option<string>("--collection") { Description = "Eval collection for texts, queries and the hybrid-vs-lexical figure.", DefaultValueFactory = _ => "../shared/eval/cacm" };
        var sizes = new Option<string>("--sizes") { Description = "Synthetic vector counts, comma-separated.", DefaultValueFactory = _ => "100000,1000000" };
        var embed = new Option<int>("--embed") { Description = "Papers embedded for the throughput figure (empty cache).", DefaultValueFactory = _ => 400 };
        var queries = new Option<int>("--queries") { Description = "Timed queries per figure.", DefaultValueFactory = _ => 200 };
        var cache = CommonOptions.VectorCache();
        var command = new Command("vectors", "Benchmark embeddings: papers/s, query embedding, exact vector search at 100k and 1M, memory, hybrid vs lexical search.")
        {
            collection, sizes, embed, queries, cache,
        };
        command.SetAction(parse =>
        {
            var eval = EvalCollection.Load(parse.GetValue(collection)!);
            var n = parse.GetValue(queries);
            var output = console.Out;
            output.WriteLine($"machine: {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}");

            var temp = Directory.CreateTempSubdirectory("vectors-bench-");
            try
            {
                var load = Stopwatch.StartNew();
                using (var fresh = Embedder.Create(EmbeddingMode.On, temp.FullName)!)
                {
                    output.WriteLine($"model load: {load.Elapsed.TotalSeconds:F2} s");
                    var texts = eval.Papers.Take(parse.GetValue(embed)).Select(EmbeddingText.Of).ToList();
                    var clock = Stopwatch.StartNew();
                    fresh.VectorsOf(texts);
                    output.WriteLine($"paper embedding: {texts.Count} papers in {clock.Elapsed.TotalSeconds:F1} s = {texts.Count / clock.Elapsed.TotalSeconds:F1} papers/s (both cores, empty cache)");
                    var embedLatency = Time(eval.Queries.Take(n).Select(q => q.Text).ToList(), t => fresh.Query(t));
                    output.WriteLine($"query embedding: p50 {embedLatency.P50:F2} ms, p99 {embedLatency.P99:F2} ms ({embedLatency.Count} queries)");
                }

                foreach (var size in parse.GetValue(sizes)!.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
                {
                    SyntheticScan(output, size, n);
                }

                // The collection's vectors from the cache eval fills (embedded now when missing, before the timing).
                using var embedder = Embedder.Create(EmbeddingMode.On, parse.GetValue(cache))!;
                using var index = PaperIndex.InMemory(eval.Papers, new AnalyzerOptions(), new RankingOptions());
                var service = new SearchService(index, new PaperVectors(embedder));
                var queryTexts = eval.Queries.Select(q => q.Text).ToList();
                foreach (var mode in new[] { RetrievalMode.Lexical, RetrievalMode.Hybrid })
                {
                    // Warm-up (loads the segment's vectors once), then the timed pass.
                    foreach (var t in queryTexts) service.Search(new SearchRequest { Query = t, Mode = mode });
                    var stats = Time(queryTexts, t => service.Search(new SearchRequest { Query = t, Mode = mode }));
                    output.WriteLine($"{RetrievalModes.Name(mode)} search on {eval.Papers.Count:N0} papers ({Path.GetFileName(parse.GetValue(collection)!.TrimEnd('/'))}): p50 {stats.P50:F2} ms, p99 {stats.P99:F2} ms ({stats.Count} queries)");
                }
            }
            finally
            {
                temp.Delete(recursive: true);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Exact top-10 over <paramref name="size"/> random unit vectors (384 dimensions, int8): latency and memory.</summary>
    private static void SyntheticScan(TextWriter output, int size, int queries)
    {
        const int dims = 384;
        var random = new Random(7);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var values = new sbyte[(long)size * dims];
        var scales = new float[size];
        var buffer = new float[dims];
        for (var doc = 0; doc < size; doc++)
        {
            Unit(random, buffer);
            var q = QuantizedVector.From(buffer);
            q.Values.CopyTo(values.AsSpan(doc * dims, dims));
            scales[doc] = q.Scale;
        }
        var vectors = new SegmentVectors(values, scales, dims);
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var probes = Enumerable.Range(0, queries).Select(_ => { Unit(random, buffer); return QuantizedVector.From(buffer); }).ToList();
        var tenth = new FixedBitSet(size);
        for (var doc = 0; doc < size; doc += 10) tenth.Set(doc);

        Scan(vectors, probes.Take(5).ToList(), null);
        var all = Scan(vectors, probes, null);
        var filtered = Scan(vectors, probes, tenth);
        output.WriteLine($"exact top-10 over {size:N0} vectors (one core): p50 {all.P50:F2} ms, p99 {all.P99:F2} ms; " +
            $"with a filter allowing 10%: p50 {filtered.P50:F2} ms, p99 {filtered.P99:F2} ms; memory {held / 1048576.0:F0} MiB " +
            $"({(double)held / size:F0} bytes per vector)");
        GC.KeepAlive(vectors);
    }

    private static LatencyStats Scan(SegmentVectors vectors, IReadOnlyList<QuantizedVector> probes, FixedBitSet? allowed) =>
        Time(probes, q =>
        {
            var nearest = new NearestVectors(10);
            nearest.Scan(vectors, q, 0, null, allowed?.GetIterator());
            nearest.Take();
        });

    private static LatencyStats Time<T>(IReadOnlyList<T> items, Action<T> run)
    {
        var millis = new List<double>(items.Count);
        var wall = Stopwatch.StartNew();
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            run(item);
            millis.Add(clock.Elapsed.TotalMilliseconds);
        }
        return LatencyStats.From(millis, wall.Elapsed.TotalSeconds);
    }

    private static void Unit(Random random, float[] buffer)
    {
        double norm = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (float)(random.NextDouble() * 2 - 1);
            norm += buffer[i] * buffer[i];
        }
        var inverse = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < buffer.Length; i++) buffer[i] *= inverse;
    }
}
