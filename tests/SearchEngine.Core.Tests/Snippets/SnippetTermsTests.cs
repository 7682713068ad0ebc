using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Snippets;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Snippets;

public sealed class SnippetTermsTests
{
    [Fact]
    public void Text_field_terms_are_extracted_from_nested_boolean_queries_except_prohibited_ones()
    {
        var inner = new BooleanQuery
        {
            { new TermQuery(new Term(PaperFields.Title, "graph")), Occur.SHOULD },
            { new TermQuery(new Term(PaperFields.Text, "network")), Occur.SHOULD },
        };
        var query = new BooleanQuery
        {
            { inner, Occur.MUST },
            { new TermQuery(new Term(PaperFields.Text, "molecul")), Occur.SHOULD },
            { new TermQuery(new Term(PaperFields.Author, "han")), Occur.SHOULD },
            { new TermQuery(new Term(PaperFields.Text, "survey")), Occur.MUST_NOT },
        };

        var terms = SnippetTerms.FromQuery(query, ["Trans*", " ", "dif"]);

        Assert.Equal(["graph", "molecul", "network"], terms.Exact.Order(StringComparer.Ordinal));
        Assert.Equal(["dif", "trans"], terms.Prefixes);
    }

    [Fact]
    public void Fuzzy_queries_contribute_their_expanded_terms_once_rewritten()
    {
        using var index = PaperIndex.InMemory([
            SnippetTestPapers.Paper("p1", "Networks", "network models"),
        ]);
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;

        var rewritten = searcher.Rewrite(new FuzzyQuery(new Term(PaperFields.Text, "netwrk")));
        var terms = SnippetTerms.FromQuery(rewritten, []);

        Assert.Equal(["network"], terms.Exact);
    }

    [Fact]
    public void Empty_terms_match_nothing()
    {
        Assert.True(SnippetTerms.None.IsEmpty);
        Assert.False(SnippetTerms.Of("a").IsEmpty);
        Assert.False(SnippetTerms.None.Matches("a", "a"));
    }
}
