using Lucene.Net.Search;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Suggest;

/// <summary>Autocomplete over one open index: acquires a searcher per call. Thread-safe.</summary>
public sealed class SuggestService(PaperIndex index)
{
    private readonly Autocomplete _completer = new();

    public SuggestResponse Complete(SuggestRequest request)
    {
        using var context = index.Searchers.GetContext();
        return new SuggestResponse(_completer.Complete(context.Reference, request.Prefix, request.Limit));
    }
}
