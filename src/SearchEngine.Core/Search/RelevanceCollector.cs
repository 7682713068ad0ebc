using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Facets;
using SearchEngine.Core.Collecting;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>
/// The top k hits in relevance order (<see cref="ResultOrder.For"/> of <see cref="SortOrder.Relevance"/>: score
/// descending, then year descending with papers without a year last, then id) and the exact number of matches:
/// what <see cref="TopFieldCollector"/> gives for that sort, with the same <see cref="FieldDoc"/> sort values, at
/// the cost of a score collector. Optionally only the hits after a cursor position (<c>after</c>).
/// </summary>
/// <remarks>
/// why: measured at a million papers, Lucene.Net's <see cref="TopFieldCollector"/> in this order took 50 ms for the
/// top 10 and 95 ms for the top 1,000 (the feedback window) where collecting by score alone took 17 ms: it runs
/// every sort field's comparator for each competitive hit and copies the id's bytes into its slots. Here a hit is
/// first compared by its score alone, which settles almost every comparison; the year (a flat per-segment array,
/// <see cref="SegmentColumn"/>) is read only when a hit may enter the queue, and ids only at the end, for the hits that
/// tie the k-th on score and year (scores repeat a lot: a paper matching one common word once has one of a few hundred
/// scores; comparing ids as such ties arrived cost 30 ms of 50 for the top 1,000 at a million papers). The order is
/// total (ids are unique), so documents may arrive in any order.
/// <para>
/// why the hits are structs and the floor a field: every match of the first pass (~175,000 for a title query at a
/// million papers) goes through <see cref="Collect"/>, and thousands enter the window as the first pass moves through
/// the segment in document order; a heap of objects cost an allocation for each and a pointer to follow for each
/// comparison. With ids compared in place at the end (no copies), measured at a million papers in alternating runs:
/// search p50 3–15% lower (a profile had this collector at 13% of a search, a twentieth in sorting its window).
/// </para>
/// </remarks>
internal sealed class RelevanceCollector : ITopDocsCollector, IMatchSetCollector
{
    private static readonly SortField[] SortFields = ResultOrder.For(SortOrder.Relevance).GetSort();
    private static readonly SortField[] ScoreThenId = [SortField.FIELD_SCORE, new SortField(PaperFields.IdSort, SortFieldType.STRING)];

    private readonly int _k;
    private readonly bool _byYear;
    private readonly Hit? _after;
    private readonly BytesRef? _afterId;
    // A binary min-heap by score and year: the worst held hit at index 0. Hits that tie it on both are kept apart
    // (_ties), undecided: the ids of a tie group are compared once, at the end, instead of at every comparison.
    private Hit[] _heap;
    private int _count;
    private readonly List<Hit> _ties = [];
    // Per segment seen (by the order of SetNextReader): its ids, for ties and the hits' sort values.
    private readonly List<SegmentIds> _ids = [];
    private Scorer? _scorer;
    private int[] _years = [];
    private int _segment = -1;
    private int _docBase;
    // The lowest score that may still enter: the worst held hit's once the heap is full (a lower score never enters).
    private float _floor = float.NegativeInfinity;
    // The highest score that may enter after the cursor (a higher one ranks before it).
    private readonly float _ceiling = float.PositiveInfinity;

    /// <summary>One hit: global doc, score, year (<see cref="int.MinValue"/> when missing), where to find its id.</summary>
    private readonly record struct Hit(int Doc, float Score, int Year, int Segment, int SegmentDoc);

    /// <param name="k">How many hits to keep (0: count only).</param>
    /// <param name="after">Keep only hits after this position (a cursor's <see cref="ResultOrder.AfterOf"/>), or null.</param>
    /// <param name="byYear">
    /// Whether the year breaks score ties before the id (search's relevance order); without it the order is score,
    /// then id, and the hits' sort values are the score and the id (the order of similar papers).
    /// </param>
    public RelevanceCollector(int k, FieldDoc? after, bool byYear = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (!byYear && after is not null) throw new ArgumentException("a cursor is for search's relevance order", nameof(after));
        _k = k;
        _byYear = byYear;
        // why not k: a deep page or an export may ask for many hits that a query never has.
        _heap = new Hit[Math.Min(k, 1024)];
        if (k == 0) _floor = float.PositiveInfinity;
        if (after is not null)
        {
            _after = new Hit(int.MaxValue, ((J2N.Numerics.Number)after.Fields[0]!).ToSingle(),
                ((J2N.Numerics.Number)after.Fields[1]!).ToInt32(), -1, -1);
            _afterId = (BytesRef)after.Fields[2]!;
            _ceiling = _after.Value.Score;
        }
    }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        // Without the year, every hit's year is 0 (Collect).
        _years = _byYear ? SegmentColumn.Numbers(reader, PaperFields.YearValue).Values : [];
        _ids.Add(SegmentIds.Of(reader));
        _segment = _ids.Count - 1;
        _docBase = context.DocBase;
    }

    public void Collect(int doc) => Collect(doc, _scorer!.GetScore());

    public void CollectAll(ReadOnlySpan<long> matches, double[] scores)
    {
        var floor = _floor;
        var below = 0;
        for (var word = 0; word < matches.Length; word++)
        {
            for (var bits = matches[word]; bits != 0; bits &= bits - 1)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                var score = (float)scores[doc];
                // The test of Collect: below the floor (or not a number), a match is only counted.
                if (!(score >= floor))
                {
                    below++;
                    continue;
                }
                Collect(doc, score);
                floor = _floor;
            }
        }
        TotalHits += below;
    }

    private void Collect(int doc, float score)
    {
        TotalHits++;
        // The common case: below the worst held hit (or above the cursor), decided by the score alone. (Written so
        // that a score that is not a number never enters, and nothing enters a collector that only counts.)
        if (!(score >= _floor) || score > _ceiling) return;
        var year = !_byYear ? 0 : _years[doc] == SegmentColumn.Missing ? int.MinValue : _years[doc];
        var full = _count == _k;
        if (full && score == _heap[0].Score && year < _heap[0].Year) return;
        var hit = new Hit(_docBase + doc, score, year, _segment, doc);
        if (_after is { } after && Compare(hit, after) >= 0) return;
        if (!full)
        {
            if (_count == _heap.Length) Array.Resize(ref _heap, Math.Min(_k, _heap.Length * 2));
            _heap[_count++] = hit;
            Up(_count - 1);
            if (_count == _k) _floor = _heap[0].Score;
            return;
        }
        var worst = _heap[0];
        var byScoreAndYear = CompareScoreAndYear(hit, worst);
        if (byScoreAndYear == 0)
        {
            // A tie with the worst held hit: the id decides, and only among the ties at the end.
            _ties.Add(hit);
            if (_ties.Count >= 2 * _k + 64) TrimTies();
            return;
        }
        _heap[0] = hit;
        Down(0);
        _floor = _heap[0].Score;
        // The ties of the old worst stay candidates only while the new worst still ties them.
        if (CompareScoreAndYear(_heap[0], worst) == 0) _ties.Add(worst);
        else _ties.Clear();
    }

    /// <summary>Keeps the k ties with the smallest ids: at most k of them can be in the top k.</summary>
    /// <remarks>
    /// why: a field without length norms (author names) gives every paper that has a name once the same score, so
    /// the tie group at the k-th score can hold most of the matches (tens of thousands at a million papers); kept
    /// whole, it grew with them and was sorted by id at the end. (Title queries leave a few hundred ties at most.)
    /// </remarks>
    private void TrimTies()
    {
        _ties.Sort((a, b) => _ids[a.Segment].CompareIds(a.SegmentDoc, _ids[b.Segment], b.SegmentDoc));
        _ties.RemoveRange(_k, _ties.Count - _k);
    }

    public TopDocs GetTopDocs() => GetTopDocs(0, _count);

    public TopDocs GetTopDocs(int start) => GetTopDocs(start, _count);

    /// <summary>Hits <paramref name="start"/> to <paramref name="start"/> + <paramref name="howMany"/> of the top k, best first.</summary>
    public TopDocs GetTopDocs(int start, int howMany)
    {
        var sorted = new Hit[_count + _ties.Count];
        Array.Copy(_heap, sorted, _count);
        _ties.CopyTo(sorted, _count);
        Array.Sort(sorted, (a, b) => Compare(b, a));
        var kept = Math.Min(_k, sorted.Length);
        var from = Math.Min(Math.Max(start, 0), kept);
        var docs = new ScoreDoc[Math.Max(0, Math.Min(howMany, kept - from))];
        for (var i = 0; i < docs.Length; i++)
        {
            var h = sorted[from + i];
            var id = _ids[h.Segment].IdOf(h.SegmentDoc);
            docs[i] = new FieldDoc(h.Doc, h.Score, _byYear
                ? [J2N.Numerics.Single.GetInstance(h.Score), J2N.Numerics.Int32.GetInstance(h.Year), id]
                : [J2N.Numerics.Single.GetInstance(h.Score), id]);
        }
        return new TopFieldDocs(TotalHits, docs, _byYear ? SortFields : ScoreThenId, float.NaN);
    }

    /// <summary>Relevance order: positive when <paramref name="a"/> ranks before (is better than) <paramref name="b"/>.</summary>
    private int Compare(Hit a, Hit b)
    {
        var byScoreAndYear = CompareScoreAndYear(a, b);
        if (byScoreAndYear != 0) return byScoreAndYear;
        // The cursor's hit has no segment: its id is the cursor's.
        if (b.Segment < 0) return _afterId!.CompareTo(_ids[a.Segment].IdOf(a.SegmentDoc));
        return _ids[b.Segment].CompareIds(b.SegmentDoc, _ids[a.Segment], a.SegmentDoc);
    }

    /// <summary>Relevance order without the id: 0 for hits only the id tells apart.</summary>
    private static int CompareScoreAndYear(in Hit a, in Hit b)
    {
        if (a.Score != b.Score) return a.Score > b.Score ? 1 : -1;
        return a.Year != b.Year ? (a.Year > b.Year ? 1 : -1) : 0;
    }

    private void Up(int i)
    {
        var heap = _heap;
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (CompareScoreAndYear(heap[i], heap[parent]) >= 0) return;
            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        var heap = _heap;
        var count = _count;
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            if (left < count && CompareScoreAndYear(heap[left], heap[worst]) < 0) worst = left;
            if (left + 1 < count && CompareScoreAndYear(heap[left + 1], heap[worst]) < 0) worst = left + 1;
            if (worst == i) return;
            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }
}
