using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class FeedbackRescorerTests : IDisposable
{
    private static readonly RankingOptions Feedback = new()
    {
        Feedback = true, FeedbackDocs = 2, FeedbackTerms = 30, FeedbackOriginalWeight = 0.5f,
    };

    private readonly PaperIndex _index = PaperIndex.InMemory(TestCorpus.Papers, new AnalyzerOptions(), Feedback);

    public void Dispose() => _index.Dispose();

    // why: in a 12-paper corpus the default 10% document-frequency cut would leave only terms of a single paper.
    private Rm3QueryExpander Expander() => new(Feedback, _index.Meta.Analyzer) { MaxDocFreqRatio = 1 };

    private static readonly Sort Relevance = new(SortField.FIELD_SCORE, new SortField(PaperFields.YearValue, SortFieldType.INT32, true),
        new SortField(PaperFields.IdSort, SortFieldType.STRING));

    private (IndexSearcher Searcher, Query Query, Rm3Expansion Expansion, List<FieldDoc> FirstPass) Setup(
        IndexSearcher searcher, string text)
    {
        var query = new QueryCompiler(_index.Analyzer, Feedback).Compile(LenientQueryParser.Parse(text))!;
        var expansion = Expander().Model(searcher, query)!;
        var first = searcher.Search(query, null, 100, Relevance, doDocScores: true, doMaxScore: false).ScoreDocs.Cast<FieldDoc>().ToList();
        return (searcher, query, expansion, first);
    }

    [Fact]
    public void A_window_over_every_match_scores_and_orders_as_the_expanded_query_does()
    {
        using var context = _index.Searchers.GetContext();
        var (searcher, query, expansion, first) = Setup(context.Reference, "neural networks");
        Assert.NotEmpty(expansion.Terms.Clauses);
        Assert.True(first.Count >= 4);

        var rescored = FeedbackRescorer.Rescore(searcher, first, expansion, window: first.Count, ResultOrder.Relevance);
        var expanded = Expander().Expand(searcher, query, constrained: true);
        var full = searcher.Search(expanded, null, 100, Relevance, doDocScores: true, doMaxScore: false).ScoreDocs;

        Assert.Equal(full.Select(d => d.Doc), rescored.Select(d => d.Doc));
        for (var i = 0; i < full.Length; i++) Assert.Equal(full[i].Score, rescored[i].Score, 4);
    }

    [Fact]
    public void Hits_after_the_window_keep_their_first_pass_order_below_every_window_hit()
    {
        using var context = _index.Searchers.GetContext();
        var (searcher, _, expansion, first) = Setup(context.Reference, "neural networks");
        var rescored = FeedbackRescorer.Rescore(searcher, first, expansion, window: 2, ResultOrder.Relevance);

        Assert.Equal(first.Take(2).Select(d => d.Doc).Order(), rescored.Take(2).Select(d => d.Doc).Order());
        Assert.Equal(first.Skip(2).Select(d => d.Doc), rescored.Skip(2).Select(d => d.Doc));
        for (var i = 2; i < first.Count; i++) Assert.Equal(expansion.OriginalWeight * first[i].Score, rescored[i].Score, 6);
        // The whole list is in result order, so a cursor can resume anywhere in it.
        for (var i = 1; i < rescored.Length; i++) Assert.True(ResultOrder.Relevance.Compare(rescored[i - 1], rescored[i]) < 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(1000)]
    public void Pages_and_cursors_walk_one_order_whatever_the_window(int window)
    {
        using var index = PaperIndex.InMemory(TestCorpus.Papers, new AnalyzerOptions(), Feedback with { FeedbackWindow = window });
        var service = new SearchService(index);
        var all = service.Rank(SearchRequest.TryParse(new SearchParameters { Q = "neural networks" }, out _)!, 100).Select(h => h.Id).ToList();
        Assert.True(all.Count >= 4);

        var pages = Enumerable.Range(1, 4)
            .SelectMany(p => service.Search(SearchRequest.TryParse(new SearchParameters { Q = "neural networks", Size = "2", Page = p.ToString() }, out _)!).Hits)
            .Select(h => h.Id);
        Assert.Equal(all.Take(8), pages);

        var walked = new List<string>();
        string? cursor = null;
        for (var i = 0; i < 20; i++)
        {
            var page = service.Search(SearchRequest.TryParse(new SearchParameters { Q = "neural networks", Size = "2", Cursor = cursor }, out _)!);
            Assert.Equal(all.Count, page.Total);
            walked.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
            if (cursor is null) break;
        }
        Assert.Equal(all, walked);
    }
}

/// <summary>The window's feedback scores, clause by clause, against Lucene's disjunction scorer on random segments.</summary>
public sealed class FeedbackRescorerScoresTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    public void Every_window_score_equals_lucenes_to_the_bit(int seed, int slices)
    {
        var random = new Random(seed);
        var (reader, searcher) = RandomIndex(random, slices);
        using var _ = reader;
        var terms = RandomFeedbackTerms(random);
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var window = Enumerable.Range(0, reader.MaxDoc).Where(d => live?.Get(d) != false)
            .OrderBy(_ => random.Next()).Take(300).ToArray();

        var ours = FeedbackRescorer.ScoresOf(searcher, window, terms);
        var lucene = FeedbackRescorer.ScoresOfQuery(searcher, window, terms);
        Assert.Contains(ours, s => s > 0);
        for (var i = 0; i < window.Length; i++)
        {
            Assert.True(BitConverter.SingleToInt32Bits(lucene[i]) == BitConverter.SingleToInt32Bits(ours[i]),
                $"doc {window[i]}: Lucene {lucene[i]:R}, per clause {ours[i]:R}");
        }
    }

    /// <summary>
    /// <see cref="FeedbackRescorer.Top"/> drops window hits by bounds; what it returns must be exactly the first k of
    /// re-scoring the whole window: the same hits in the same order with the same scores to the bit. First-pass scores
    /// come from a few values (many ties, so the id decides), windows and k of many sizes, on 1 to 3 slices.
    /// </summary>
    [Theory]
    [InlineData(11, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 1)]
    [InlineData(14, 2)]
    [InlineData(15, 2)]
    [InlineData(16, 3)]
    public void The_pruned_top_equals_the_first_hits_of_the_whole_window_rescored(int seed, int slices)
    {
        var random = new Random(seed);
        var (reader, searcher) = RandomIndex(random, slices);
        using var _ = reader;
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var pruned = 0;
        for (var trial = 0; trial < 25; trial++)
        {
            var expansion = new Rm3Expansion((float)(0.1 + random.NextDouble()), RandomFeedbackTerms(random));
            var firstPass = Enumerable.Range(0, reader.MaxDoc).Where(d => live?.Get(d) != false)
                .OrderBy(_ => random.Next()).Take(random.Next(5, 400))
                .Select(d => (Doc: d, Score: random.Next(1, 8) * 0.37f))
                .OrderByDescending(h => h.Score).ThenBy(h => $"d{h.Doc}", StringComparer.Ordinal)
                .Select(h => new FieldDoc(h.Doc, h.Score, [J2N.Numerics.Single.GetInstance(h.Score), new Lucene.Net.Util.BytesRef($"d{h.Doc}")]))
                .ToList();
            var window = random.Next(1, firstPass.Count + 20);
            var k = random.Next(1, 30);

            var whole = FeedbackRescorer.Rescore(searcher, firstPass, expansion, window, MaxScoreDisjunction.HitOrder).Take(k).ToArray();
            var top = FeedbackRescorer.Top(searcher, firstPass, expansion, window, MaxScoreDisjunction.HitOrder, k);

            Assert.Equal(whole.Select(d => d.Doc), top.Select(d => d.Doc));
            for (var i = 0; i < whole.Length; i++)
            {
                Assert.True(BitConverter.SingleToInt32Bits(whole[i].Score) == BitConverter.SingleToInt32Bits(top[i].Score),
                    $"hit {i}: whole window {whole[i].Score:R}, pruned {top[i].Score:R}");
                Assert.Equal(whole[i].Fields, top[i].Fields);
            }
            if (k < Math.Min(window, firstPass.Count)) pruned++;
        }
        Assert.True(pruned > 10, "most trials must take the pruned path");
    }

    private static (Lucene.Net.Index.DirectoryReader Reader, IndexSearcher Searcher) RandomIndex(Random random, int slices)
    {
        var dir = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(dir, RandomSegmentsConfig.Create()))
        {
            for (var d = 0; d < 600; d++)
            {
                var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => "w" + (int)Math.Pow(random.Next(1, 400), 1.3) % 120);
                writer.AddDocument(new Lucene.Net.Documents.Document
                {
                    new Lucene.Net.Documents.StringField("id", $"d{d}", Lucene.Net.Documents.Field.Store.NO),
                    new Lucene.Net.Documents.TextField("text", string.Join(' ', words), Lucene.Net.Documents.Field.Store.NO),
                    new Lucene.Net.Documents.TextField("title", string.Join(' ', words.Take(3)), Lucene.Net.Documents.Field.Store.NO),
                });
                if (random.Next(150) == 0) writer.Commit();
            }
            for (var i = 0; i < 30; i++) writer.DeleteDocuments(new Lucene.Net.Index.Term("id", $"d{random.Next(600)}"));
            writer.Commit();
        }
        var reader = Lucene.Net.Index.DirectoryReader.Open(dir);
        // With several slices, each slice's documents are scored on a thread of their own.
        var searcher = slices == 1
            ? new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() }
            : new SlicedSearcher(reader, new Lucene.Net.Search.Similarities.BM25Similarity(), slices, minDocsPerSlice: 1, yieldWhenBusy: false);
        Assert.Equal(slices > 1, SlicedSearcher.ParallelSlices(searcher) is not null);
        return (reader, searcher);
    }

    /// <summary>Feedback terms as Rm3QueryExpander builds them: weighted words, some in two fields (a nested sum).</summary>
    private static BooleanQuery RandomFeedbackTerms(Random random)
    {
        var terms = new BooleanQuery(disableCoord: true);
        for (var t = 0; t < 20; t++)
        {
            var word = "w" + random.Next(130);
            Query clause = random.Next(3) == 0
                ? new BooleanQuery(disableCoord: true)
                {
                    { new TermQuery(new Lucene.Net.Index.Term("text", word)), Occur.SHOULD },
                    { new TermQuery(new Lucene.Net.Index.Term("title", word)) { Boost = 0.25f }, Occur.SHOULD },
                }
                : new TermQuery(new Lucene.Net.Index.Term("text", word));
            clause.Boost = (float)(0.001 + random.NextDouble() * 0.05);
            terms.Add(clause, Occur.SHOULD);
        }
        return terms;
    }
}
