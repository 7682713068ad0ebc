using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Options;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Evaluation;

public sealed class EvalRunnerTests
{
    private static EvalCollection Collection(string qrels, Dictionary<string, IReadOnlySet<string>>? links = null) => new()
    {
        Papers = TestCorpus.Papers,
        Queries = [("q1", "ghostnet"), ("q2", "sorting algorithms"), ("q3", "dialogue safety")],
        Qrels = TrecQrels.Parse(qrels),
        Links = links ?? new Dictionary<string, IReadOnlySet<string>>(),
    };

    private static readonly RankingOptions Tiny = new() { Similar = new MoreLikeThisOptions { MinTermFreq = 1, MinDocFreq = 1 } };

    [Fact]
    public void Queries_without_a_relevant_document_are_skipped()
    {
        // q2 is judged but has no relevant paper, q3 is not judged: only q1 is scored.
        var report = EvalRunner.Run(Collection("q1 0 p01 1\nq1 0 p02 1\nq2 0 p10 0\n"), new AnalyzerOptions(), Tiny);
        var q1 = Assert.Single(report.PerQuery);
        Assert.Equal("q1", q1.QueryId);
        Assert.Equal(1, report.Queries);
        Assert.Equal(12, report.Papers);
        // Both GhostNet papers rank first and second.
        Assert.Equal(1.0, report.Map, 9);
        Assert.Equal(1.0, report.Ndcg10, 9);
        Assert.Equal(0.2, report.Precision10, 9);
        Assert.Equal(1.0, report.Recall100, 9);
        Assert.Null(report.Similar);
    }

    [Fact]
    public void The_run_callback_gets_each_scored_query_ranking()
    {
        var runs = new List<(string, int)>();
        EvalRunner.Run(Collection("q1 0 p01 1\nq3 0 p12 1\n"), new AnalyzerOptions(), Tiny, (q, r) => runs.Add((q, r.Count)));
        Assert.Equal(["q1", "q3"], runs.Select(r => r.Item1));
        Assert.All(runs, r => Assert.InRange(r.Item2, 1, 12));
    }

    [Fact]
    public void Similar_papers_are_scored_against_links_in_both_directions()
    {
        var links = new Dictionary<string, IReadOnlySet<string>>
        {
            ["p01"] = new HashSet<string> { "p02" },
            ["p02"] = new HashSet<string> { "p01" },
            ["missing"] = new HashSet<string> { "p01" },
        };
        var report = EvalRunner.Run(Collection("q1 0 p01 1\n", links), new AnalyzerOptions(), Tiny);
        var similar = Assert.IsType<SimilarResult>(report.Similar);
        // Papers not in the corpus are not scored; each GhostNet paper finds the other first.
        Assert.Equal(2, similar.Papers);
        Assert.Equal(1.0, similar.Mrr, 9);
        Assert.Equal(0.1, similar.Precision10, 9);
    }

    [Fact]
    public void Score_computes_every_metric_of_one_ranking()
    {
        var r = EvalRunner.Score("q", ["a", "x", "b"], new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 });
        Assert.Equal(2, r.Relevant);
        Assert.Equal(3, r.Retrieved);
        Assert.Equal((1 + 2.0 / 3) / 2, r.AveragePrecision, 9);
        Assert.Equal(1.0, r.ReciprocalRank, 9);
    }
}
