using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchEngine.Core.Collecting;
using SearchEngine.Core.Limits;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Search;

/// <summary>
/// <see cref="RelevanceCollector"/> must give exactly what Lucene's <see cref="TopFieldCollector"/> gives in relevance
/// order (score, year descending with missing years last, id): the same hits, scores, sort values and total, with
/// and without a cursor position. Random corpora with many equal scores (short, repeated texts) and equal years, so
/// the year and id tie-breaks decide often, over several segments with deletions.
/// </summary>
public sealed class RelevanceCollectorTests
{
    private const string Text = "text";

    private static (RAMDirectory Dir, DirectoryReader Reader) Build(Random random, int docs)
    {
        var dir = new RAMDirectory();
        var config = RandomSegmentsConfig.Create();
        using (var writer = new IndexWriter(dir, config))
        {
            for (var d = 0; d < docs; d++)
            {
                // Few distinct texts: many documents score exactly alike.
                var words = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => "w" + random.Next(6));
                var id = $"p{d:D5}";
                var doc = new Document
                {
                    new StringField("id", id, Field.Store.NO),
                    new SortedDocValuesField(PaperFields.IdSort, new BytesRef(id)),
                    new TextField(Text, string.Join(' ', words), Field.Store.NO),
                };
                if (random.Next(5) != 0) doc.Add(new NumericDocValuesField(PaperFields.YearValue, 2018 + random.Next(4)));
                writer.AddDocument(doc);
                if (random.Next(docs / 5 + 1) == 0) writer.Commit(); // several segments
            }
            for (var i = 0; i < docs / 20; i++) writer.DeleteDocuments(new Term("id", $"p{random.Next(docs):D5}"));
            writer.Commit();
        }
        return (dir, DirectoryReader.Open(dir));
    }

    private static Query RandomQuery(Random random)
    {
        var query = new BooleanQuery();
        foreach (var w in Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(7)).Distinct())
        {
            query.Add(new TermQuery(new Term(Text, "w" + w)) { Boost = random.Next(3) == 0 ? 2f : 1f }, Occur.SHOULD);
        }
        return query;
    }

    private static TopDocs Lucene(IndexSearcher searcher, Query query, int k, FieldDoc? after)
    {
        var collector = TopFieldCollector.Create(ResultOrder.For(SortOrder.Relevance), k, after,
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    private static TopDocs Ours(IndexSearcher searcher, Query query, int k, FieldDoc? after)
    {
        var collector = new RelevanceCollector(k, after);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    private static string Describe(TopDocs docs) =>
        $"total {docs.TotalHits}: " + string.Join(", ", docs.ScoreDocs.Cast<FieldDoc>().Select(d =>
            $"{d.Doc}/{d.Score:R}/{((J2N.Numerics.Number)d.Fields[0]!).ToSingle():R}/{((J2N.Numerics.Number)d.Fields[1]!).ToInt32()}/{((BytesRef)d.Fields[2]!).Utf8ToString()}"));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Top_k_and_totals_equal_lucenes_sorted_collector(int seed)
    {
        var random = new Random(seed);
        var (dir, reader) = Build(random, 400);
        using (dir)
        using (reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            for (var q = 0; q < 25; q++)
            {
                var query = RandomQuery(random);
                foreach (var k in new[] { 1, 3, 17, 1000 })
                {
                    Assert.Equal(Describe(Lucene(searcher, query, k, null)), Describe(Ours(searcher, query, k, null)));
                }
            }
        }
    }

    /// <summary>Says whether a term-at-a-time scorer handed over whole match sets, and passes them on.</summary>
    private sealed class Watching(RelevanceCollector inner) : IMatchSetCollector
    {
        public RelevanceCollector Inner => inner;
        public int Sets { get; private set; }
        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);
        public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);
        public void Collect(int doc) => throw new InvalidOperationException("the matches should come as a set");
        public void CollectAll(ReadOnlySpan<long> matches, double[] scores)
        {
            Sets++;
            inner.CollectAll(matches, scores);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Given_each_segments_matches_at_once_it_keeps_the_same_hits_and_total(int seed)
    {
        var random = new Random(seed);
        var (dir, reader) = Build(random, 600);
        using (dir)
        using (reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            for (var q = 0; q < 25; q++)
            {
                var query = RandomQuery(random);
                foreach (var k in new[] { 0, 1, 17, 1000 })
                {
                    var watching = new Watching(new RelevanceCollector(k, after: null));
                    searcher.Search(TermAtATimeQuery.Wrap(query), watching);
                    var lucene = Lucene(searcher, query, Math.Max(k, 1), null);
                    var ours = watching.Inner.GetTopDocs();
                    Assert.True(watching.Sets > 0 || lucene.TotalHits == 0);
                    Assert.Equal(lucene.TotalHits, ours.TotalHits);
                    if (k > 0) Assert.Equal(Describe(lucene), Describe(ours));
                    else Assert.Empty(ours.ScoreDocs);
                }
                // Under a budget (as every server request is), the budget's wrapper keeps the path.
                var budgeted = new BudgetedIndexSearcher(reader) { Similarity = new BM25Similarity() };
                using (SearchBudget.Begin(TimeSpan.FromMinutes(1), CancellationToken.None))
                {
                    Assert.Equal(Describe(Lucene(searcher, query, 17, null)), Describe(Ours(budgeted, TermAtATimeQuery.Wrap(query), 17, null)));
                }
            }
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void Without_the_year_the_order_is_score_then_id_as_lucenes_sorted_collector_gives_it(int seed)
    {
        var random = new Random(seed);
        var (dir, reader) = Build(random, 400);
        using (dir)
        using (reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            var scoreThenId = new Sort(SortField.FIELD_SCORE, new SortField(PaperFields.IdSort, SortFieldType.STRING));
            string Describe(TopDocs docs) => $"total {docs.TotalHits}: " + string.Join(", ", docs.ScoreDocs.Cast<FieldDoc>()
                .Select(d => $"{d.Doc}/{d.Score:R}/{((J2N.Numerics.Number)d.Fields[0]!).ToSingle():R}/{((BytesRef)d.Fields[1]!).Utf8ToString()}"));
            for (var q = 0; q < 25; q++)
            {
                var query = RandomQuery(random);
                foreach (var k in new[] { 1, 17, 1000 })
                {
                    var lucene = TopFieldCollector.Create(scoreThenId, k, null, fillFields: true, trackDocScores: true,
                        trackMaxScore: false, docsScoredInOrder: false);
                    searcher.Search(query, lucene);
                    var ours = new RelevanceCollector(k, after: null, byYear: false);
                    searcher.Search(query, ours);
                    Assert.Equal(Describe(lucene.GetTopDocs()), Describe(ours.GetTopDocs()));
                }
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Hits_after_a_cursor_equal_lucenes_paging_collector(int seed)
    {
        var random = new Random(seed);
        var (dir, reader) = Build(random, 300);
        using (dir)
        using (reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            for (var q = 0; q < 15; q++)
            {
                var query = RandomQuery(random);
                var all = Lucene(searcher, query, 1000, null).ScoreDocs.Cast<FieldDoc>().ToList();
                if (all.Count == 0) continue;
                foreach (var at in new[] { 0, random.Next(all.Count), all.Count - 1 })
                {
                    var hit = all[at];
                    // As a cursor gives it: the hit's sort values, doc int.MaxValue.
                    var after = new FieldDoc(int.MaxValue, hit.Score, hit.Fields);
                    Assert.Equal(Describe(Lucene(searcher, query, 7, after)), Describe(Ours(searcher, query, 7, after)));
                }
            }
        }
    }

    [Fact]
    public void Pages_of_the_top_hits_are_slices_of_them()
    {
        var random = new Random(7);
        var (dir, reader) = Build(random, 200);
        using (dir)
        using (reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            var query = new TermQuery(new Term(Text, "w1"));
            var collector = new RelevanceCollector(20, null);
            searcher.Search(query, collector);
            var all = collector.GetTopDocs().ScoreDocs.Select(d => d.Doc).ToList();
            Assert.Equal(all.Skip(5).Take(4), collector.GetTopDocs(5, 4).ScoreDocs.Select(d => d.Doc));
            Assert.Equal(all.Skip(18), collector.GetTopDocs(18).ScoreDocs.Select(d => d.Doc));
        }
    }

    /// <summary>
    /// Thousands of hits with the same score and year, ids in random order across segments: the tie group at the k-th
    /// place is far larger than k (the collector keeps only the best ids of it as it goes), with and without the year.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(40)]
    public void A_tie_group_far_larger_than_k_keeps_the_smallest_ids(int k)
    {
        var random = new Random(k);
        var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, RandomSegmentsConfig.Create()))
        {
            for (var d = 0; d < 3000; d++)
            {
                var id = $"p{random.Next(1_000_000):D7}-{d}";
                var doc = new Document
                {
                    new SortedDocValuesField(PaperFields.IdSort, new BytesRef(id)),
                    // A few papers score higher; all the others tie.
                    new TextField(Text, random.Next(100) == 0 ? "w1 w1" : "w1", Field.Store.NO),
                    new NumericDocValuesField(PaperFields.YearValue, random.Next(10) == 0 ? 2019 : 2020),
                };
                writer.AddDocument(doc);
                if (random.Next(700) == 0) writer.Commit();
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new TermQuery(new Term(Text, "w1"));
        Assert.Equal(Describe(Lucene(searcher, query, k, null)), Describe(Ours(searcher, query, k, null)));

        var scoreThenId = new Sort(SortField.FIELD_SCORE, new SortField(PaperFields.IdSort, SortFieldType.STRING));
        var lucene = TopFieldCollector.Create(scoreThenId, k, null, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, lucene);
        var ours = new RelevanceCollector(k, after: null, byYear: false);
        searcher.Search(query, ours);
        Assert.Equal(lucene.GetTopDocs().ScoreDocs.Select(d => d.Doc), ours.GetTopDocs().ScoreDocs.Select(d => d.Doc));
    }

    /// <summary>
    /// Scores of either sign, both zeros (equal as numbers, not as bits), the extremes and exact ties come out in
    /// relevance order, whatever sorts the window (a sort by keys packed from the bits was tried: docs/benchmarks.md).
    /// </summary>
    [Fact]
    public void Scores_of_every_sign_and_both_zeros_sort_as_numbers_then_by_year_and_id()
    {
        float[] scores = [0f, -0f, -1.5f, 2.5f, 2.5f, 1e-30f, -1e-30f, float.MaxValue, -float.MaxValue, 0f, -0f, 2.5f, float.Epsilon, -float.Epsilon];
        int?[] years = [2020, 2021, null, 2019, 2020, 2020, 2020, null, 2018, null, 2020, 2020, 2017, 2017];
        var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneDefaults.Version, null)))
        {
            for (var d = 0; d < scores.Length; d++)
            {
                // Ids in the reverse of document order, so that the id, not arrival, decides exact ties.
                var doc = new Document { new SortedDocValuesField(PaperFields.IdSort, new BytesRef($"p{99 - d:D2}")) };
                if (years[d] is { } year) doc.Add(new NumericDocValuesField(PaperFields.YearValue, year));
                writer.AddDocument(doc);
            }
        }
        using var reader = DirectoryReader.Open(dir);
        var collector = new RelevanceCollector(scores.Length, after: null);
        collector.SetNextReader(reader.Leaves[0]);
        collector.CollectAll([(1L << scores.Length) - 1], scores.Select(s => (double)s).ToArray());

        var expected = Enumerable.Range(0, scores.Length)
            .OrderByDescending(d => scores[d])
            .ThenByDescending(d => years[d] ?? int.MinValue)
            .ThenBy(d => $"p{99 - d:D2}", StringComparer.Ordinal);
        Assert.Equal(expected, collector.GetTopDocs().ScoreDocs.Select(d => d.Doc));
    }
}
