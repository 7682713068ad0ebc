using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;

namespace SearchEngine.Core.Evaluation;

/// <summary>
/// Scores the engine on a test collection: indexes the corpus in memory with the given options, runs every judged
/// query through <see cref="SearchService"/> exactly as a user's free-text search (same parser, compiler, feedback
/// and relevance order), and, when the collection has links, asks <see cref="SimilarPapers"/> for the papers like
/// every linked paper.
/// </summary>
/// <example>
/// <code>
/// var collection = EvalCollection.Load("../shared/eval/cacm");
/// var report = EvalRunner.Run(collection, new AnalyzerOptions(), new RankingOptions());
/// Console.WriteLine($"MAP {report.Map:0.0000}");
/// </code>
/// </example>
public static class EvalRunner
{
    /// <summary>Similar papers are judged on their first 10 (P@10) and the rank of the first linked paper (MRR).</summary>
    public const int SimilarDepth = 100;

    /// <param name="run">Receives each judged query's ranking (top <see cref="Metrics.Depth"/>) for a TREC run file.</param>
    /// <param name="embedder">When given, every retrieval mode is scored too (<see cref="EvalReport.Modes"/>).</param>
    public static EvalReport Run(EvalCollection collection, AnalyzerOptions analyzer, RankingOptions ranking,
        Action<string, IReadOnlyList<ScoredId>>? run = null, Embedder? embedder = null)
    {
        using var index = PaperIndex.InMemory(collection.Papers, analyzer, ranking);
        var service = new SearchService(index);
        var results = RunQueries(collection, (request, depth) => service.Rank(request, depth), run);
        var modes = new List<ModeResult>();
        if (embedder is not null)
        {
            var vectors = new PaperVectors(embedder);
            var search = new HybridSearch(new SearchService(index, vectors), vectors);
            var similar = new HybridSimilarPapers(index, vectors);
            foreach (var mode in Enum.GetValues<RetrievalMode>())
            {
                var scored = RunQueries(collection, (request, depth) => search.Rank(request, depth, mode), null);
                modes.Add(new ModeResult(RetrievalModes.Name(mode), Mean(scored, r => r.AveragePrecision),
                    Mean(scored, r => r.Ndcg10), Mean(scored, r => r.Precision10), Mean(scored, r => r.Recall100),
                    Mean(scored, r => r.ReciprocalRank),
                    collection.Links.Count == 0 ? null : ScoreSimilar(id => similar.Rank(id, SimilarDepth, mode)!, collection)));
            }
        }
        return new EvalReport
        {
            Analyzer = analyzer,
            Ranking = ranking,
            Papers = index.Meta.Papers,
            Map = Mean(results, r => r.AveragePrecision),
            Ndcg10 = Mean(results, r => r.Ndcg10),
            Precision10 = Mean(results, r => r.Precision10),
            Recall100 = Mean(results, r => r.Recall100),
            Mrr = Mean(results, r => r.ReciprocalRank),
            PerQuery = results,
            Similar = collection.Links.Count == 0 ? null
                : ScoreSimilar(id => new SimilarPapers(index).Rank(id, SimilarDepth)!.Select(r => r.Id).ToList(), collection),
            Modes = modes,
        };
    }

    private static List<QueryResult> RunQueries(EvalCollection collection, Func<SearchRequest, int, IReadOnlyList<ScoredId>> rank,
        Action<string, IReadOnlyList<ScoredId>>? run)
    {
        var results = new List<QueryResult>();
        foreach (var (qid, text) in collection.Queries)
        {
            // why: trec_eval scores only queries with a relevant document; the others would add zeros to every mean.
            if (!collection.Qrels.HasRelevant(qid)) continue;
            var request = SearchRequest.TryParse(new SearchParameters { Q = text }, out _) ?? new SearchRequest { Query = text };
            var ranked = rank(request, Metrics.Depth);
            run?.Invoke(qid, ranked);
            results.Add(Score(qid, ranked.Select(r => r.Id).ToList(), collection.Qrels.For(qid)));
        }
        return results;
    }

    /// <summary>The metrics of one ranking against its judgments.</summary>
    public static QueryResult Score(string queryId, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments) => new(
        queryId,
        Metrics.RelevantCount(judgments),
        Math.Min(ranking.Count, Metrics.Depth),
        Metrics.AveragePrecision(ranking, judgments),
        Metrics.Ndcg(ranking, judgments, 10),
        Metrics.PrecisionAt(ranking, judgments, 10),
        Metrics.RecallAt(ranking, judgments, 100),
        Metrics.ReciprocalRank(ranking, judgments));

    private static SimilarResult ScoreSimilar(Func<string, IReadOnlyList<string>> rank, EvalCollection collection)
    {
        var known = collection.Papers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        double precision = 0, reciprocal = 0;
        var papers = 0;
        foreach (var (id, linked) in collection.Links.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var related = linked.Where(known.Contains).ToDictionary(l => l, _ => 1, StringComparer.Ordinal);
            if (!known.Contains(id) || related.Count == 0) continue;
            var ranking = rank(id);
            precision += Metrics.PrecisionAt(ranking, related, 10);
            reciprocal += Metrics.ReciprocalRank(ranking, related);
            papers++;
        }
        return papers == 0 ? new SimilarResult(0, 0, 0) : new SimilarResult(precision / papers, reciprocal / papers, papers);
    }

    private static double Mean(List<QueryResult> results, Func<QueryResult, double> metric) =>
        results.Count == 0 ? 0 : results.Average(metric);
}
