using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Similar;

public sealed class KnownFrequenciesReaderTests : IDisposable
{
    private readonly SearchEngine.Core.Indexing.PaperIndex _index = TestCorpus.Index();

    public void Dispose() => _index.Dispose();

    private List<(string Word, string Field, float Score)> Chosen(IndexReader reader, string text)
    {
        var mlt = new MoreLikeThis(reader) { FieldNames = ["title", "text"], Analyzer = _index.Analyzer, MinTermFreq = 1, MinDocFreq = 1 };
        var queue = mlt.RetrieveTerms(new StringReader(text), "text");
        var chosen = new List<(string, string, float)>();
        while (queue.Count > 0)
        {
            var term = queue.Pop();
            chosen.Add((term.Word, term.TopField, term.Score));
        }
        return chosen;
    }

    private Dictionary<Term, int> TableOf(IndexReader reader, string text, Func<int, int> change)
    {
        var table = new Dictionary<Term, int>();
        foreach (var word in SearchEngine.Core.Analysis.PaperAnalyzers.Terms(_index.Analyzer, "text", text))
        {
            foreach (var field in new[] { "title", "text" })
            {
                var term = new Term(field, word);
                table[term] = change(reader.DocFreq(term));
            }
        }
        return table;
    }

    [Fact]
    public void More_like_this_chooses_the_same_terms_with_the_same_weights_from_the_table_as_from_the_index()
    {
        using var context = _index.Searchers.GetContext();
        var reader = context.Reference.IndexReader;
        const string text = "ghost modules generate cheap feature maps for efficient neural networks on mobile devices";
        var direct = Chosen(reader, text);
        var table = TableOf(reader, text, df => df);
        using var known = new KnownFrequenciesReader(reader, table);
        Assert.NotEmpty(direct);
        // Every chosen word is in the table (so none was read from the index).
        Assert.All(direct, c => Assert.Contains(new Term(c.Field, c.Word), table.Keys));
        Assert.Equal(direct, Chosen(known, text));
        Assert.Equal(reader.NumDocs, known.NumDocs);
    }

    [Fact]
    public void The_table_is_what_more_like_this_reads()
    {
        using var context = _index.Searchers.GetContext();
        var reader = context.Reference.IndexReader;
        const string text = "ghost modules for efficient neural networks";
        // Every word made as rare as can be: the weights change, so the table was read and not the index.
        using var known = new KnownFrequenciesReader(reader, TableOf(reader, text, df => df == 0 ? 0 : 1));
        Assert.NotEqual(Chosen(reader, text), Chosen(known, text));
    }
}
