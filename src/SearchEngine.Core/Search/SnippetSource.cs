using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Snippets;

namespace SearchEngine.Core.Search;

/// <summary>
/// Builds the snippet and title highlights of each shown hit for one query. The query's terms are extracted once
/// (after rewriting, so fuzzy and prefix matches highlight too) and only for the ~10 hits shown.
/// </summary>
internal sealed class SnippetSource(PaperIndex index, IndexSearcher searcher, Query query, ParsedQuery parsed, AnalyzedPapers papers)
{
    /// <summary>The request's papers, analyzed once for feedback and snippets alike.</summary>
    public AnalyzedPapers Papers { get; } = papers;

    private readonly SnippetBuilder _builder = new(index.Analyzer);
    private SnippetTerms? _terms;

    private SnippetTerms Terms => _terms ??= SnippetTerms.FromQuery(searcher.Rewrite(query), QueryCompiler.Prefixes(parsed));

    public Snippet SnippetOf(AnalyzedPaper paper) => _builder.Build(paper, Terms);

    public IReadOnlyList<HighlightRange> TitleHighlightsOf(AnalyzedPaper paper) => _builder.HighlightTitle(paper, Terms);
}
