using Lucene.Net.Search;
using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Search;

/// <summary>
/// One page of a ranking: how deep the first pass collects and where it starts (page or cursor), and the re-scoring
/// of the first pass's window: RM3 feedback (<see cref="FeedbackRescorer"/>), then, in hybrid mode, fusion with the
/// rank by meaning (<see cref="HybridRescorer"/>). Shared by search, exports and evaluation
/// runs, so a hit is at the same place in each.
/// </summary>
internal sealed class RankedList
{
    private readonly SortOrder _sort;
    private readonly Func<IReadOnlyList<ScoreDoc>, Rm3Expansion?>? _feedback;
    private readonly HybridRescorer? _hybrid;
    private readonly bool _rescores;
    private readonly int _window;
    private readonly int _offset;
    private readonly int _size;
    private readonly SearchCursor? _cursor;
    private readonly Dictionary<ScoreDoc, float> _tailFirstScores = new(ReferenceEqualityComparer.Instance);

    /// <param name="sort">The result order.</param>
    /// <param name="feedback">
    /// Learns the query's feedback from the first pass's best hits (relevance order only), or null: called once per
    /// page that re-scores the window, so a page past the window costs no feedback model.
    /// </param>
    /// <param name="hybrid">Fusion with the rank by meaning (relevance order only), or null.</param>
    /// <param name="window">How many first-pass hits feedback re-scores.</param>
    /// <param name="offset">Hits to skip (page number paging; 0 with a cursor).</param>
    /// <param name="size">Hits on the page.</param>
    /// <param name="cursor">Resume after this hit, or null.</param>
    public RankedList(SortOrder sort, Func<IReadOnlyList<ScoreDoc>, Rm3Expansion?>? feedback, HybridRescorer? hybrid,
        int window, int offset, int size, SearchCursor? cursor)
    {
        (_sort, _feedback, _hybrid, _window, _offset, _size, _cursor) = (sort, feedback, hybrid, window, offset, size, cursor);
        _rescores = feedback is not null || hybrid is not null;
    }

    /// <summary>Collects what the page needs from one slice of segments, in first-pass order.</summary>
    public ITopDocsCollector NewCollector()
    {
        var (depth, after) = Start();
        return _sort == SortOrder.Relevance
            ? new RelevanceCollector(depth, after)
            : TopFieldCollector.Create(ResultOrder.For(_sort), depth, after,
                fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    /// <summary>How many hits the first pass collects, and after which hit.</summary>
    private (int Depth, FieldDoc? After) Start() =>
        (_rescores, _cursor) switch
        {
            (false, _) => (_offset + _size, _cursor is null ? null : ResultOrder.AfterOf(_cursor)),
            // A cursor after the window: the rest of the list is the first pass's, from that hit on.
            (_, { FirstPassScore: { } first }) => (_size, ResultOrder.AfterOf(_cursor with { Score = first })),
            // A cursor inside the window: the window is ranked again and the page found in it.
            (_, not null) => (_window + _size, null),
            _ => (Math.Max(_window, _offset + _size), (FieldDoc?)null),
        };

    /// <summary>The page from the collectors of every slice (<see cref="NewCollector"/>), with the exact total.</summary>
    public TopDocs Page(IndexSearcher searcher, IReadOnlyList<ITopDocsCollector> slices)
    {
        if (!_rescores)
        {
            return slices.Count == 1
                ? slices[0].GetTopDocs(_offset, _size)
                : TopDocs.Merge(ResultOrder.For(_sort), _offset, _size, slices.Select(c => c.GetTopDocs()).ToArray());
        }
        // Re-scoring happens in relevance order only, which ends with the unique id: merging the slices is a sort.
        var tops = slices.Select(c => c.GetTopDocs()).ToList();
        var depth = Start().Depth;
        var first = SortedHits.Merge(tops, depth, ResultOrder.Relevance);
        var total = tops.Sum(t => t.TotalHits);
        var window = _cursor?.FirstPassScore is null ? _window : 0;
        var expansion = window > 0 ? _feedback?.Invoke(first) : null;
        // why the page alone when it is all that is shown: fusion ranks the whole window, and a cursor is found in it.
        var ranked = expansion is null ? first.ToArray()
            : _hybrid is null && _cursor is null ? FeedbackRescorer.Top(searcher, first, expansion, window, ResultOrder.Relevance, _offset + _size)
            : FeedbackRescorer.Rescore(searcher, first, expansion, window, ResultOrder.Relevance);
        if (_hybrid is not null) ranked = _hybrid.Rescore(searcher, ranked, window);
        var start = _cursor is { FirstPassScore: null }
            ? StartAfter(ranked, Math.Min(window, ranked.Length), ResultOrder.AfterOf(_cursor))
            : _offset;
        var page = ranked.Skip(start).Take(_size).ToArray();
        for (var i = 0; i < page.Length; i++)
        {
            if (start + i >= window) _tailFirstScores[page[i]] = first[start + i].Score;
        }
        return new TopDocs(total, page, page.Length == 0 ? float.NaN : page.Max(d => d.Score));
    }

    /// <summary>The cursor that resumes after <paramref name="last"/>, a hit of <see cref="Page"/>.</summary>
    public SearchCursor CursorOf(FieldDoc last)
    {
        var cursor = ResultOrder.CursorOf(_sort, last);
        return _tailFirstScores.TryGetValue(last, out var first) ? cursor with { FirstPassScore = first } : cursor;
    }

    /// <summary>
    /// The index of the first hit after <paramref name="cursor"/>, a hit of the window (the first
    /// <paramref name="window"/> of <paramref name="ranked"/>, sorted); the window's end when it was its last.
    /// </summary>
    private static int StartAfter(FieldDoc[] ranked, int window, FieldDoc cursor)
    {
        var i = 0;
        while (i < window && ResultOrder.Relevance.Compare(ranked[i], cursor) <= 0) i++;
        return i;
    }
}
