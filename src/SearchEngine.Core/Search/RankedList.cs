using Lucene.Net.Search;
using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Search;

/// <summary>
/// One page of a ranking: how deep the first pass collects and where it starts (page or cursor), and RM3 feedback
/// applied to the first pass's window (<see cref="FeedbackRescorer"/>). Shared by search, exports and evaluation
/// runs, so a hit is at the same place in each.
/// </summary>
internal sealed class RankedList
{
    private readonly SortOrder _sort;
    private readonly Rm3Expansion? _expansion;
    private readonly int _window;
    private readonly int _offset;
    private readonly int _size;
    private readonly SearchCursor? _cursor;
    private readonly Dictionary<ScoreDoc, float> _tailFirstScores = new(ReferenceEqualityComparer.Instance);

    /// <param name="sort">The result order.</param>
    /// <param name="expansion">Feedback of the query (relevance order only), or null.</param>
    /// <param name="window">How many first-pass hits feedback re-scores.</param>
    /// <param name="offset">Hits to skip (page number paging; 0 with a cursor).</param>
    /// <param name="size">Hits on the page.</param>
    /// <param name="cursor">Resume after this hit, or null.</param>
    public RankedList(SortOrder sort, Rm3Expansion? expansion, int window, int offset, int size, SearchCursor? cursor)
    {
        (_sort, _expansion, _window, _offset, _size, _cursor) = (sort, expansion, window, offset, size, cursor);
    }

    /// <summary>Collects what the page needs from one slice of segments, in first-pass order.</summary>
    public TopFieldCollector NewCollector()
    {
        var (depth, after) = (_expansion, _cursor) switch
        {
            (null, _) => (_offset + _size, _cursor is null ? null : ResultOrder.AfterOf(_cursor)),
            // A cursor after the window: the rest of the list is the first pass's, from that hit on.
            (_, { FirstPassScore: { } first }) => (_size, ResultOrder.AfterOf(_cursor with { Score = first })),
            // A cursor inside the window: the window is ranked again and the page found in it.
            (_, not null) => (_window + _size, null),
            _ => (Math.Max(_window, _offset + _size), (FieldDoc?)null),
        };
        return TopFieldCollector.Create(ResultOrder.For(_sort), depth, after,
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    /// <summary>The page from the collectors of every slice (<see cref="NewCollector"/>), with the exact total.</summary>
    public TopDocs Page(IndexSearcher searcher, IReadOnlyList<TopFieldCollector> slices)
    {
        if (_expansion is null)
        {
            return slices.Count == 1
                ? slices[0].GetTopDocs(_offset, _size)
                : TopDocs.Merge(ResultOrder.For(_sort), _offset, _size, slices.Select(c => (TopDocs)c.GetTopDocs()).ToArray());
        }
        var tops = slices.Select(c => (TopDocs)c.GetTopDocs()).ToArray();
        // why: every slice collected up to the depth the page needs; merged, the first that many are the first pass's.
        var merged = tops.Length == 1 ? tops[0] : TopDocs.Merge(ResultOrder.For(_sort), tops.Max(t => t.ScoreDocs.Length), tops);
        var first = merged.ScoreDocs.Cast<FieldDoc>().ToList();
        var window = _cursor?.FirstPassScore is null ? _window : 0;
        var ranked = FeedbackRescorer.Rescore(searcher, first, _expansion, window, ResultOrder.Relevance);
        var start = _cursor is { FirstPassScore: null } ? StartAfter(ranked, ResultOrder.AfterOf(_cursor)) : _offset;
        var page = ranked.Skip(start).Take(_size).ToArray();
        for (var i = 0; i < page.Length; i++)
        {
            if (start + i >= window) _tailFirstScores[page[i]] = first[start + i].Score;
        }
        return new TopDocs(merged.TotalHits, page, page.Length == 0 ? float.NaN : page.Max(d => d.Score));
    }

    /// <summary>The cursor that resumes after <paramref name="last"/>, a hit of <see cref="Page"/>.</summary>
    public SearchCursor CursorOf(FieldDoc last)
    {
        var cursor = ResultOrder.CursorOf(_sort, last);
        return _tailFirstScores.TryGetValue(last, out var first) ? cursor with { FirstPassScore = first } : cursor;
    }

    /// <summary>The index of the first hit after <paramref name="cursor"/> in the (sorted) <paramref name="ranked"/>.</summary>
    private static int StartAfter(FieldDoc[] ranked, FieldDoc cursor)
    {
        var i = 0;
        while (i < ranked.Length && ResultOrder.Relevance.Compare(ranked[i], cursor) <= 0) i++;
        return i;
    }
}
