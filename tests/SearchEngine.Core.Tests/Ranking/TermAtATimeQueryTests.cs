using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

/// <summary>
/// Term-at-a-time scoring must match exactly what Lucene's own scorers give for the query it wraps: the same
/// documents and the same scores to the bit, on random corpora (Zipf-distributed words in two fields, several
/// segments, deletions) and random queries shaped like the compiled user queries (words over weighted fields,
/// phrases, exclusions, filters, boosts at every level).
/// </summary>
public sealed class TermAtATimeQueryTests
{
    private static readonly string[] Fields = ["text", "title"];

    private static (RAMDirectory Dir, DirectoryReader Reader) Build(Random random, int docs, int vocabulary)
    {
        var dir = new RAMDirectory();
        var config = RandomSegmentsConfig.Create();
        using (var writer = new IndexWriter(dir, config))
        {
            for (var d = 0; d < docs; d++)
            {
                string Words(int max) => string.Join(' ', Enumerable.Range(0, 1 + random.Next(max))
                    .Select(_ => "w" + (int)(vocabulary * Math.Pow(random.NextDouble(), 3))));
                writer.AddDocument(new Document
                {
                    new StringField("id", $"p{d}", Field.Store.YES),
                    new StringField("tag", random.Next(3) == 0 ? "a" : "b", Field.Store.NO),
                    new TextField("text", Words(random.Next(2) == 0 ? 8 : 60), Field.Store.NO),
                    new TextField("title", Words(6), Field.Store.NO),
                });
                if (d % (docs / 5) == docs / 10) writer.Commit(); // several segments
            }
            for (var i = 0; i < docs / 20; i++) writer.DeleteDocuments(new Term("id", $"p{random.Next(docs)}"));
            writer.Commit();
        }
        return (dir, DirectoryReader.Open(dir));
    }

    private static float Boost(Random random) => random.Next(2) == 0 ? 1f : (float)(0.1 + random.NextDouble() * 3);

    private static FilteredQuery Filtered(Query query) =>
        new(query, new QueryWrapperFilter(new TermQuery(new Term("tag", "a"))));

    /// <summary>A query like the compiled ones: each word a disjunction over the fields, some phrases, some exclusions.</summary>
    private static BooleanQuery RandomQuery(Random random, int vocabulary)
    {
        string Word() => "w" + random.Next(vocabulary + 3);
        var root = new BooleanQuery(disableCoord: random.Next(2) == 0) { Boost = Boost(random) };
        var clauses = random.Next(1, 10);
        for (var c = 0; c < clauses; c++)
        {
            switch (random.Next(6))
            {
                case 0:
                    root.Add(new TermQuery(new Term(Fields[random.Next(2)], Word())) { Boost = Boost(random) }, Occur.SHOULD);
                    break;
                case 1:
                    var phrase = new PhraseQuery { Slop = random.Next(3), Boost = Boost(random) };
                    phrase.Add(new Term("text", Word()));
                    phrase.Add(new Term("text", "w" + random.Next(4)));
                    root.Add(phrase, Occur.SHOULD);
                    break;
                case 2 when c > 0:
                    root.Add(new TermQuery(new Term("text", Word())), Occur.MUST_NOT);
                    break;
                default:
                    var word = Word();
                    var perField = new BooleanQuery { Boost = Boost(random) };
                    foreach (var field in Fields) perField.Add(new TermQuery(new Term(field, word)) { Boost = Boost(random) }, Occur.SHOULD);
                    if (random.Next(3) == 0)
                    {
                        // A word that is several tokens at one position: a disjunction nested once more.
                        var parts = new BooleanQuery(disableCoord: true);
                        parts.Add(new TermQuery(new Term("text", Word())), Occur.SHOULD);
                        parts.Add(new TermQuery(new Term("text", Word())), Occur.SHOULD);
                        perField.Add(parts, Occur.SHOULD);
                    }
                    root.Add(perField, Occur.SHOULD);
                    break;
            }
        }
        if (!root.Clauses.Any(c => c.Occur == Occur.SHOULD)) root.Add(new TermQuery(new Term("text", "w0")), Occur.SHOULD);
        return root;
    }

    /// <summary>Every match with its score, by global document.</summary>
    private static SortedDictionary<int, float> Matches(IndexSearcher searcher, Query query)
    {
        var all = new AllMatches();
        searcher.Search(query, all);
        return all.Scores;
    }

    private sealed class AllMatches : ICollector
    {
        private Scorer? _scorer;
        private int _base;
        public SortedDictionary<int, float> Scores { get; } = [];
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public void Collect(int doc) => Scores.Add(_base + doc, _scorer!.GetScore());
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Every_match_has_the_score_Lucene_gives_it_to_the_bit(int seed, bool withFilter)
    {
        var random = new Random(seed);
        var (dir, reader) = Build(random, 3_000, 400);
        using var _ = dir;
        using var __ = reader;
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(1.1f, 0.6f) };
        Assert.True(reader.Leaves.Count > 1);
        for (var q = 0; q < 40; q++)
        {
            var query = RandomQuery(random, 400);
            var expected = Matches(searcher, query);
            var actual = Matches(searcher, TermAtATimeQuery.Wrap(withFilter ? Filtered(query) : query));
            if (withFilter)
            {
                // why: with a filter Lucene scores in document order (another summation order, other last bits);
                // here a filter only removes matches, so each score is the unfiltered one.
                var passing = Matches(searcher, Filtered(query)).Keys.ToHashSet();
                expected = new SortedDictionary<int, float>(expected.Where(e => passing.Contains(e.Key)).ToDictionary());
            }
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (doc, score) in expected)
            {
                Assert.True(BitConverter.SingleToInt32Bits(score) == BitConverter.SingleToInt32Bits(actual[doc]),
                    $"query {query}: doc {doc} scored {actual[doc]:R}, Lucene {score:R}");
            }
        }
    }

    [Fact]
    public void As_a_required_clause_it_is_advanced_like_any_scorer()
    {
        var random = new Random(7);
        var (dir, reader) = Build(random, 2_000, 200);
        using var _ = dir;
        using var __ = reader;
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var compared = 0;
        for (var q = 0; q < 30; q++)
        {
            var inner = RandomQuery(random, 200);
            var title = new TermQuery(new Term("title", "w" + random.Next(20)));
            // A conjunction leaps through its clauses with Advance.
            BooleanQuery Conjunction(Query clause) => new() { { clause, Occur.MUST }, { title, Occur.MUST } };
            var expected = Matches(searcher, Conjunction(inner));
            var actual = Matches(searcher, Conjunction(TermAtATimeQuery.Wrap(inner)));
            compared += expected.Count;
            Assert.Equal(expected.Keys, actual.Keys);
        }
        Assert.True(compared > 100, $"only {compared} matches compared");
    }

    [Fact]
    public void A_conjunction_is_left_to_Lucene_and_another_similarity_scores_as_Lucene_does()
    {
        var random = new Random(5);
        var (dir, reader) = Build(random, 1_000, 100);
        using var _ = dir;
        using var __ = reader;
        var conjunction = new BooleanQuery { { new TermQuery(new Term("text", "w1")), Occur.MUST } };
        Assert.Same(conjunction, TermAtATimeQuery.Wrap(conjunction));
        var classic = new IndexSearcher(reader) { Similarity = new DefaultSimilarity() };
        for (var q = 0; q < 10; q++)
        {
            var query = RandomQuery(random, 100);
            Assert.IsType<TermAtATimeQuery>(TermAtATimeQuery.Wrap(query));
            Assert.Equal(Matches(classic, query), Matches(classic, TermAtATimeQuery.Wrap(query)));
        }
    }
}
