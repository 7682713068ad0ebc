using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

/// <summary>
/// MaxScore pruning must return exactly the top k that scoring every match returns: checked on random corpora
/// (Zipf-distributed words, several segments, deletions) and random weighted disjunctions, with and without filters
/// and exclusions, against the same code unpruned and against Lucene's own sorted search.
/// </summary>
public sealed class MaxScoreDisjunctionTests
{
    private const string Text = "text";
    private const string IdSort = "idsort";

    private sealed class Corpus : IDisposable
    {
        public required RAMDirectory Directory { get; init; }
        public required DirectoryReader Reader { get; init; }
        public required IndexSearcher Searcher { get; init; }
        public required int Vocabulary { get; init; }

        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }

    private static Corpus Build(Random random, int docs, int vocabulary)
    {
        var dir = new RAMDirectory();
        var config = RandomSegmentsConfig.Create();
        using (var writer = new IndexWriter(dir, config))
        {
            for (var d = 0; d < docs; d++)
            {
                var length = 1 + random.Next(random.Next(2) == 0 ? 8 : 60);
                // Zipf-like: small word numbers are frequent, large ones rare.
                var words = Enumerable.Range(0, length).Select(_ => "w" + (int)(vocabulary * Math.Pow(random.NextDouble(), 3)));
                // Some ids repeat so that equal scores must be ordered by the tie-break field, as Lucene does.
                var id = $"p{random.Next(docs * 2):D6}";
                var doc = new Document
                {
                    new StringField("id", id, Lucene.Net.Documents.Field.Store.YES),
                    new SortedDocValuesField(IdSort, new BytesRef(id)),
                    new StringField("tag", random.Next(3) == 0 ? "a" : "b", Lucene.Net.Documents.Field.Store.NO),
                    new TextField(Text, string.Join(' ', words), Lucene.Net.Documents.Field.Store.NO),
                };
                writer.AddDocument(doc);
                if (random.Next(docs / 4 + 1) == 0) writer.Commit(); // several segments
            }
            for (var i = 0; i < docs / 20; i++) writer.DeleteDocuments(new Term("id", $"p{random.Next(docs * 2):D6}"));
            writer.Commit();
        }
        var reader = DirectoryReader.Open(dir);
        return new Corpus
        {
            Directory = dir, Reader = reader, Vocabulary = vocabulary,
            Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() },
        };
    }

    private static Query RandomQuery(Random random, int vocabulary, bool withExclusion, bool withFilter)
    {
        var like = new BooleanQuery();
        var terms = random.Next(1, 26);
        foreach (var w in Enumerable.Range(0, terms).Select(_ => random.Next(vocabulary + 3)).Distinct())
        {
            like.Add(new TermQuery(new Term(Text, "w" + w)) { Boost = random.Next(2) == 0 ? 1f : (float)(0.1 + random.NextDouble() * 3) },
                Occur.SHOULD);
        }
        Query query = like;
        if (random.Next(3) == 0)
        {
            // As RM3 expands a more-like-this query: the original disjunction nested and boosted, plus more terms.
            like.Boost = (float)(0.05 + random.NextDouble());
            var expanded = new BooleanQuery(disableCoord: true) { { like, Occur.SHOULD } };
            foreach (var w in Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(vocabulary + 3)))
            {
                expanded.Add(new TermQuery(new Term(Text, "w" + w)) { Boost = (float)(0.01 + random.NextDouble()) }, Occur.SHOULD);
            }
            query = expanded;
        }
        if (withExclusion)
        {
            query = new BooleanQuery { { query, Occur.MUST }, { new TermQuery(new Term(Text, "w" + random.Next(5))), Occur.MUST_NOT } };
        }
        if (withFilter) query = new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term("tag", "a"))));
        return query;
    }

    private static List<(int Doc, float Score)> Hits(TopDocs top) => top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pruned_top_k_equals_the_unpruned_top_k_exactly(int seed)
    {
        var random = new Random(seed);
        using var corpus = Build(random, docs: 200 + random.Next(600), vocabulary: 20 + random.Next(200));
        for (var q = 0; q < 10; q++)
        {
            var query = RandomQuery(random, corpus.Vocabulary, withExclusion: random.Next(2) == 0, withFilter: random.Next(3) == 0);
            var k = random.Next(1, 30);
            var pruned = MaxScoreDisjunction.Search(corpus.Searcher, query, k, IdSort, prune: true, out var prunedWork);
            var full = MaxScoreDisjunction.Search(corpus.Searcher, query, k, IdSort, prune: false, out var fullWork);
            Assert.Equal(Hits(full), Hits(pruned));
            Assert.Equal(
                full.ScoreDocs.Select(d => ((BytesRef)((FieldDoc)d).Fields[1]).Utf8ToString()),
                pruned.ScoreDocs.Select(d => ((BytesRef)((FieldDoc)d).Fields[1]).Utf8ToString()));
            Assert.True(prunedWork.Candidates <= fullWork.Candidates);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Unpruned_ranking_is_lucenes_ranking(int seed)
    {
        var random = new Random(seed);
        using var corpus = Build(random, docs: 200 + random.Next(600), vocabulary: 20 + random.Next(200));
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(IdSort, SortFieldType.STRING));
        for (var q = 0; q < 10; q++)
        {
            var query = RandomQuery(random, corpus.Vocabulary, withExclusion: random.Next(2) == 0, withFilter: random.Next(3) == 0);
            var k = random.Next(1, 30);
            var ours = Hits(MaxScoreDisjunction.Search(corpus.Searcher, query, k, IdSort, prune: false, out _));
            var lucene = Hits(corpus.Searcher.Search(query, null, k, sort, doDocScores: true, doMaxScore: false));
            Assert.Equal(lucene.Count, ours.Count);
            for (var i = 0; i < ours.Count; i++)
            {
                Assert.Equal(lucene[i].Score, ours[i].Score, 1e-4f * Math.Max(1f, lucene[i].Score));
                // Lucene adds the terms' scores in another order: documents whose scores differ only in the last
                // float bits may swap. Elsewhere the documents are the same.
                static bool Near(float a, float b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a));
                var nearTie = (i > 0 && Near(lucene[i - 1].Score, lucene[i].Score))
                    || (i + 1 < lucene.Count && Near(lucene[i + 1].Score, lucene[i].Score));
                if (!nearTie) Assert.Equal(lucene[i].Doc, ours[i].Doc);
            }
        }
    }

    [Fact]
    public void Pruning_skips_documents_on_a_skewed_corpus()
    {
        var random = new Random(7);
        using var corpus = Build(random, docs: 3000, vocabulary: 400);
        var like = new BooleanQuery();
        // Frequent and rare words together, as in a more-like-this query.
        foreach (var w in new[] { 0, 1, 2, 3, 5, 8, 40, 120, 250, 390 }) like.Add(new TermQuery(new Term(Text, "w" + w)), Occur.SHOULD);
        MaxScoreDisjunction.Search(corpus.Searcher, like, 10, IdSort, prune: true, out var pruned);
        MaxScoreDisjunction.Search(corpus.Searcher, like, 10, IdSort, prune: false, out var full);
        Assert.True(pruned.Candidates * 4 < full.Candidates * 3, $"pruned {pruned.Candidates} of {full.Candidates} candidates");
    }

    [Fact]
    public void A_nested_disjunction_is_pruned_too()
    {
        var random = new Random(7);
        using var corpus = Build(random, docs: 3000, vocabulary: 400);
        var like = new BooleanQuery { Boost = 0.3f };
        foreach (var w in new[] { 0, 1, 2, 3, 5, 8, 40, 120 }) like.Add(new TermQuery(new Term(Text, "w" + w)), Occur.SHOULD);
        var expanded = new BooleanQuery(disableCoord: true)
        {
            { like, Occur.SHOULD },
            { new TermQuery(new Term(Text, "w250")) { Boost = 0.2f }, Occur.SHOULD },
            { new TermQuery(new Term(Text, "w390")) { Boost = 0.1f }, Occur.SHOULD },
        };
        var pruned = MaxScoreDisjunction.Search(corpus.Searcher, expanded, 10, IdSort, prune: true, out var prunedWork);
        var full = MaxScoreDisjunction.Search(corpus.Searcher, expanded, 10, IdSort, prune: false, out var fullWork);
        Assert.Equal(Hits(full), Hits(pruned));
        Assert.True(prunedWork.Candidates * 4 < fullWork.Candidates * 3, $"pruned {prunedWork.Candidates} of {fullWork.Candidates} candidates");
    }

    [Fact]
    public void Unsupported_shapes_run_as_an_ordinary_sorted_search()
    {
        using var corpus = Build(new Random(3), docs: 300, vocabulary: 50);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(Text, "w0")), Occur.MUST },
            { new TermQuery(new Term(Text, "w1")), Occur.MUST },
        };
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(IdSort, SortFieldType.STRING));
        var expected = Hits(corpus.Searcher.Search(query, null, 10, sort, doDocScores: true, doMaxScore: false));
        Assert.Equal(expected, Hits(MaxScoreDisjunction.Search(corpus.Searcher, query, 10, IdSort)));
    }
}
