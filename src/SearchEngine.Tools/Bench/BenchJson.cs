using System.Text.Json.Nodes;

namespace SearchEngine.Tools.Bench;

/// <summary>The <c>--json</c> object: our figures at the top level, each peer's under <c>peers</c> with its ours/peer ratios.</summary>
public static class BenchJson
{
    public static JsonObject From(BenchOutcome outcome)
    {
        var r = outcome.Result;
        var root = Engine(r.Ours, new JsonObject { ["papers"] = r.Papers, ["corpusBytes"] = r.CorpusBytes });
        var peers = new JsonArray();
        foreach (var peer in r.Peers)
        {
            var o = Engine(peer, new JsonObject { ["name"] = peer.Name });
            o["oursOverPeer"] = Ratios(r.Ours, peer);
            peers.Add(o);
        }
        root["peers"] = peers;
        if (outcome.SkippedPeers.Count > 0) root["skippedPeers"] = new JsonArray(outcome.SkippedPeers.Select(s => (JsonNode?)s).ToArray());
        return root;
    }

    private static JsonObject Engine(EngineResult e, JsonObject o)
    {
        o["indexing"] = new JsonObject
        {
            ["papersPerSecond"] = Round(e.Indexing.PapersPerSecond),
            ["seconds"] = Round(e.Indexing.Seconds),
            ["indexBytes"] = e.Indexing.IndexBytes,
            ["commitSeconds"] = Round(e.Indexing.CommitSeconds),
        };
        foreach (var (_, key, phase) in BenchTable.Phases)
        {
            if (phase(e) is { } s) o[key] = new JsonObject { ["p50"] = Round(s.P50), ["p95"] = Round(s.P95), ["p99"] = Round(s.P99), ["qps"] = Round(s.Qps) };
        }
        o["peakMemoryMB"] = Round(e.PeakMemoryMB);
        o["averageTotal"] = Round(e.AverageTotal);
        return o;
    }

    /// <summary>ours / peer for each figure both measured (above 1: ours is higher, i.e. slower for latencies).</summary>
    private static JsonObject Ratios(EngineResult ours, EngineResult peer)
    {
        var o = new JsonObject { ["indexingPapersPerSecond"] = Ratio(ours.Indexing.PapersPerSecond, peer.Indexing.PapersPerSecond) };
        foreach (var (_, key, phase) in BenchTable.Phases)
        {
            if (phase(ours) is { } a && phase(peer) is { } b) o[key] = new JsonObject { ["p50"] = Ratio(a.P50, b.P50), ["p99"] = Ratio(a.P99, b.P99) };
        }
        o["peakMemoryMB"] = Ratio(ours.PeakMemoryMB, peer.PeakMemoryMB);
        return o;
    }

    private static double? Ratio(double a, double b) => b == 0 ? null : Round(a / b);

    private static double Round(double v) => Math.Round(v, 3);
}
