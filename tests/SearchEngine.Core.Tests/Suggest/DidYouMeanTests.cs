using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Suggest;
using static SearchEngine.Core.Tests.Builders.SnippetTestPapers;

namespace SearchEngine.Core.Tests.Suggest;

public sealed class DidYouMeanTests : IDisposable
{
    private static readonly Paper[] Corpus =
    [
        Paper("p1", "Convolutional Neural Networks for Images", "We classify images with deep networks."),
        Paper("p2", "Deep Convolutional Networks", "Layers of filters."),
        Paper("p3", "Neural Machine Translation", "Translating sentences between languages."),
        Paper("p4", "Neutral Atoms in Traps", "Cold atoms."),
        Paper("p5", "Graph Grammars", "Rewriting graphs with a grammar."),
        Paper("p6", "Graph Kernels", "Comparing graphs."),
        Paper("p7", "Gram Matrices", "Kernels again."),
    ];

    private readonly PaperIndex _index = PaperIndex.InMemory(Corpus);

    public void Dispose() => _index.Dispose();

    private string? Suggest(string query, int totalHits = 0, PaperIndex? index = null)
    {
        var target = index ?? _index;
        using var context = target.Searchers.GetContext();
        return new DidYouMean(target.Analyzer).Suggest(query, context.Reference.IndexReader, totalHits);
    }

    [Fact]
    public void Misspelled_words_are_replaced_by_the_closest_title_words()
    {
        Assert.Equal("convolutional neural", Suggest("convolutonal nueral"));
    }

    [Fact]
    public void Correctly_spelled_query_gives_null()
    {
        Assert.Null(Suggest("convolutional neural networks"));
    }

    [Fact]
    public void Words_known_only_from_abstracts_in_stemmed_form_are_not_corrected()
    {
        // "translating" is in no title but its stem is in an abstract.
        Assert.Null(Suggest("translating layers"));
    }

    [Fact]
    public void A_word_no_paper_contains_is_corrected_whatever_the_query_found()
    {
        Assert.Equal("deep neural", Suggest("deep nueral", totalHits: 5));
    }

    [Fact]
    public void Words_after_an_unclosed_quote_are_kept_as_typed()
    {
        Assert.Null(Suggest("\"deep nueral"));
        Assert.Equal("\"deep\" neural", Suggest("\"deep\" nueral"));
    }

    [Fact]
    public void Short_words_syntax_and_spacing_are_kept_as_typed()
    {
        Assert.Equal("xz  title:nueral \"nueral\" Neural AND nueral* NEURAL",
            Suggest("xz  title:nueral \"nueral\" Nueral AND nueral* NUERAL"));
    }

    [Fact]
    public void Words_without_any_close_title_word_stay()
    {
        Assert.Equal("zebra neural", Suggest("zebra nueral"));
        Assert.Null(Suggest("zebra"));
    }

    [Fact]
    public void Fewer_edits_win_then_more_papers_then_alphabetical()
    {
        // "grap": one edit from "graph" (2 papers) and "gram" (1 paper); four letters allow only one edit.
        Assert.Equal("graph", Suggest("grap"));
        // "grom": one edit from "gram" (and from nothing else), "graph" is three edits away. ("grams" itself is no
        // misspelling: it stems to the "gram" of "Gram Matrices".)
        Assert.Equal("gram", Suggest("grom"));
    }

    [Fact]
    public void Ties_on_edits_and_frequency_are_broken_alphabetically_whatever_the_index_order()
    {
        Paper[] papers = [Paper("a", "Mist"), Paper("b", "Mast"), Paper("c", "Must")];
        using var forward = PaperIndex.InMemory(papers);
        using var backward = PaperIndex.InMemory(papers.Reverse());

        Assert.Equal("mast", Suggest("mxst", index: forward));
        Assert.Equal("mast", Suggest("mxst", index: backward));
    }

    [Fact]
    public void A_rare_word_is_corrected_only_to_a_much_more_frequent_one_when_rare_words_are_allowed()
    {
        Paper[] papers =
        [
            Paper("a", "Neural A"), Paper("b", "Neural B"), Paper("c", "Neural C"), Paper("d", "Nueral D"),
        ];
        using var index = PaperIndex.InMemory(papers);
        using var context = index.Searchers.GetContext();
        var reader = context.Reference.IndexReader;

        Assert.Null(new DidYouMean(index.Analyzer).Suggest("nueral", reader, 1));
        Assert.Equal("neural", new DidYouMean(index.Analyzer) { RareDocFreq = 1 }.Suggest("nueral", reader, 1));
    }
}
