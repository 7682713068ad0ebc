using Lucene.Net.Analysis;
using Lucene.Net.Search;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// The stored papers one request reads, each with its title and abstract analyzed once: RM3 feedback counts the
/// terms of its feedback papers and the hits' snippets find the query's words in the same papers, mostly the same
/// ones (the first pass's best are mostly the page's hits). Per request, never shared between snapshots.
/// </summary>
/// <remarks>
/// why per request and not per snapshot: keeping every analyzed paper of a snapshot was measured slower (the papers
/// of distinct requests rarely repeat, and the kept token lists only added work for the collector), while within one
/// request each paper's analysis was done twice, once for feedback and once for its snippet.
/// </remarks>
public sealed class AnalyzedPapers(IndexSearcher searcher, Analyzer analyzer)
{
    private readonly Dictionary<int, AnalyzedPaper> _papers = [];
    private readonly Lock _lock = new();

    /// <summary>The paper <paramref name="doc"/> (a top-level id of the request's searcher) and its analyzed text.</summary>
    public AnalyzedPaper Of(int doc)
    {
        lock (_lock)
        {
            if (_papers.TryGetValue(doc, out var known)) return known;
        }
        var paper = PaperIndex.LoadPaper(searcher, doc);
        var title = paper.Title ?? "";
        var analyzed = new AnalyzedPaper(paper, title.Length, AnalyzedText.Of(analyzer, PaperFields.Text, title + "\n" + paper.Abstract));
        lock (_lock)
        {
            _papers.TryAdd(doc, analyzed);
        }
        return analyzed;
    }
}

/// <summary>
/// A stored paper and the analysis of <c>title + "\n" + abstract</c> (as the combined field indexes them): the title's
/// tokens end at or before <see cref="TitleLength"/>, the abstract's start after it.
/// </summary>
public sealed record AnalyzedPaper(Paper Paper, int TitleLength, AnalyzedText Text)
{
    /// <summary>Where the abstract starts in the analyzed text.</summary>
    public int AbstractStart => TitleLength + 1;
}
