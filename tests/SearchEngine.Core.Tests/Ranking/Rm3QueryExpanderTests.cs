using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class Rm3QueryExpanderTests : IDisposable
{
    private static readonly RankingOptions Feedback = new()
    {
        Feedback = true, FeedbackDocs = 2, FeedbackTerms = 30, FeedbackOriginalWeight = 0.5f,
    };

    private readonly PaperIndex _index = PaperIndex.InMemory(TestCorpus.Papers, new AnalyzerOptions(), Feedback);

    public void Dispose() => _index.Dispose();

    // why: in a 12-paper corpus the default 10% document-frequency cut would leave only terms of a single paper.
    private Rm3QueryExpander Expander() => new(Feedback, _index.Meta.Analyzer) { MaxDocFreqRatio = 1 };

    private List<string> Search(string text, bool expand)
    {
        using var context = _index.Searchers.GetContext();
        var searcher = context.Reference;
        var parsed = LenientQueryParser.Parse(text);
        var query = new QueryCompiler(_index.Analyzer, Feedback).Compile(parsed)!;
        if (expand) query = Expander().Expand(searcher, query, parsed.Clauses.Any(c => c.Occur != ClauseOccur.Should));
        return searcher.Search(query, 20).ScoreDocs.Select(d => PaperIndex.LoadId(searcher, d.Doc)).ToList();
    }

    [Fact]
    public void Expansion_keeps_the_original_matches_on_top_and_finds_papers_sharing_only_feedback_terms()
    {
        var plain = Search("ghost", expand: false);
        var expanded = Search("ghost", expand: true);
        Assert.Equal(["p01", "p02"], plain.Order());
        Assert.Equal(["p01", "p02"], expanded.Take(2).Order());
        // p11 (energy-efficient inference on mobile devices, neural networks) has no "ghost" but shares the
        // feedback papers' vocabulary.
        Assert.Contains("p11", expanded);
    }

    [Fact]
    public void Feedback_terms_are_never_in_more_than_the_document_frequency_cut_of_the_papers()
    {
        using var context = _index.Searchers.GetContext();
        var searcher = context.Reference;
        var reader = searcher.IndexReader;
        var query = new QueryCompiler(_index.Analyzer, Feedback).Compile(LenientQueryParser.Parse("neural networks"))!;
        HashSet<string> TermsOf(double ratio)
        {
            var expansion = new Rm3QueryExpander(Feedback, _index.Meta.Analyzer) { MaxDocFreqRatio = ratio }.Model(searcher, query)!;
            var terms = new HashSet<Lucene.Net.Index.Term>();
            expansion.Terms.ExtractTerms(terms);
            return terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        }
        int DocFreq(string term) => reader.DocFreq(new Lucene.Net.Index.Term(Core.Schema.PaperFields.Text, term));
        var cut = 0.25 * reader.NumDocs;

        var uncut = TermsOf(1);
        var cutTerms = TermsOf(0.25);

        // Without the cut the model holds frequent terms (so the cut has something to remove); with it, none, and
        // never a stop word or a number.
        Assert.Contains(uncut, t => DocFreq(t) > cut);
        Assert.NotEmpty(cutTerms);
        Assert.All(cutTerms, t => Assert.InRange(DocFreq(t), 0, cut));
        Assert.DoesNotContain(cutTerms, t => t.All(char.IsAsciiDigit) || t is "the" or "of" or "and");
    }

    [Fact]
    public void The_expanded_query_weights_the_original_by_lambda_over_its_term_count_plus_the_feedback_terms()
    {
        using var context = _index.Searchers.GetContext();
        var searcher = context.Reference;
        var original = new QueryCompiler(_index.Analyzer, Feedback).Compile(LenientQueryParser.Parse("cheap operations"))!;
        var expanded = Assert.IsType<BooleanQuery>(Expander().Expand(searcher, original, constrained: false));
        // Original: two words (cheap, oper) → boost 0.5 / 2; then one clause per feedback term.
        Assert.Equal(0.25f, expanded.Clauses[0].Query.Boost, 6);
        Assert.Equal(Occur.SHOULD, expanded.Clauses[0].Occur);
        Assert.InRange(expanded.Clauses.Count, 2, 31);
        var feedbackBoosts = expanded.Clauses.Skip(1).Sum(c => c.Query.Boost);
        Assert.Equal(0.5f, feedbackBoosts, 4);
    }

    [Fact]
    public void Required_and_excluded_words_still_hold_after_expansion()
    {
        Assert.Equal(["p01", "p02"], Search("+ghost", expand: true).Order());
        Assert.Equal(["p01", "p02"], Search("+ghost +cheap", expand: true).Order());
        Assert.Equal(["p01"], Search("ghost -attention", expand: true));
        Assert.DoesNotContain("p02", Search("ghost -attention", expand: true));
    }

    [Fact]
    public void A_query_matching_nothing_is_returned_unchanged()
    {
        using var context = _index.Searchers.GetContext();
        var query = new TermQuery(new Lucene.Net.Index.Term("title", "zzzz"));
        Assert.Same(query, Expander().Expand(context.Reference, query, constrained: false));
    }

    [Fact]
    public void Search_service_applies_feedback_when_enabled()
    {
        var request = SearchRequest.TryParse(new SearchParameters { Q = "ghost" }, out _)!;
        var ranked = new SearchService(_index).Rank(request, 20);
        Assert.Equal(["p01", "p02"], ranked.Take(2).Select(r => r.Id).Order());
    }
}
