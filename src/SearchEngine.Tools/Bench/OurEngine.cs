using System.Diagnostics;
using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Suggest;

namespace SearchEngine.Tools.Bench;

/// <summary>Our engine under the benchmark: the same Core services the CLI and the API call.</summary>
public sealed class OurEngine : IDisposable
{
    private PaperIndex? _index;
    private SearchService? _search;
    private SimilarPapers? _similar;
    private readonly Autocomplete _autocomplete = new();

    public IndexingStats Build(IndexLocation location, CorpusSource corpus)
    {
        var clock = Stopwatch.StartNew();
        var meta = new IndexMeta { Analyzer = new AnalyzerOptions() };
        TimeSpan commit;
        // why: from unparsed lines when the corpus allows, so JSON parsing runs on the indexing threads.
        if (corpus.Lines() is { } lines)
        {
            meta = IndexBuilder.Build(location, lines, corpus.Parse, meta, progress: null, Environment.ProcessorCount, out commit);
        }
        else
        {
            meta = IndexBuilder.Build(location, corpus.Papers(), meta, progress: null, out commit);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new DirectoryInfo(location.Current!).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return new IndexingStats(meta.Papers / seconds, seconds, bytes, commit.TotalSeconds, meta.Papers);
    }

    public void Open(IndexLocation location)
    {
        _index = PaperIndex.Open(location);
        _search = new SearchService(_index);
        _similar = new SimilarPapers(_index);
    }

    public int Search(BenchQuery query, bool facets)
    {
        var parameters = new SearchParameters
        {
            Q = query.Text,
            // why: an empty facet list is "no facets" (plain and filtered search); null means the default facets (year,
            // venue, topic, type: what the page asks for; authors only when asked).
            Facets = facets ? null : "",
        };
        if (query.Years is { } y) parameters = parameters.Where("year", $"{y.From}-{y.To}");
        if (query.Venue is not null) parameters = parameters.Where("venue", query.Venue);
        if (query.Topic is not null) parameters = parameters.Where("topic", query.Topic);
        var request = SearchRequest.TryParse(parameters, out var errors) ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Detail)));
        return _search!.Search(request).Total;
    }

    public int Similar(string id) => _similar!.ForPaper(id, 10)?.Hits.Count ?? 0;

    public int Suggest(string prefix)
    {
        using var context = _index!.Searchers.GetContext();
        return _autocomplete.Complete(context.Reference, prefix).Count;
    }

    public void Dispose() => _index?.Dispose();
}
