using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>
/// The Lucene sort of each <see cref="SortOrder"/>. Every sort ends with the unique paper id, so the order is
/// total and deterministic, and a cursor (the last hit's sort values) resumes exactly after it.
/// </summary>
internal static class ResultOrder
{
    public static Sort For(SortOrder order) => order switch
    {
        SortOrder.Newest => new Sort(Year(reverse: true), SortField.FIELD_SCORE, Id()),
        SortOrder.Oldest => new Sort(Year(reverse: false), SortField.FIELD_SCORE, Id()),
        _ => new Sort(SortField.FIELD_SCORE, Year(reverse: true), Id()),
    };

    /// <summary>Papers without a year sort last in both directions.</summary>
    private static SortField Year(bool reverse)
    {
        var field = new SortField(PaperFields.YearValue, SortFieldType.INT32, reverse);
        field.SetMissingValue(reverse ? int.MinValue : int.MaxValue);
        return field;
    }

    private static SortField Id() => new(PaperFields.IdSort, SortFieldType.STRING);

    /// <summary>
    /// Relevance order (<see cref="For"/> of <see cref="SortOrder.Relevance"/>) over hits with filled sort values:
    /// score descending, then year descending, then id; for re-sorting hits whose scores feedback changed.
    /// </summary>
    public static IComparer<FieldDoc> Relevance { get; } = Comparer<FieldDoc>.Create((a, b) =>
    {
        var byScore = Score(b).CompareTo(Score(a));
        if (byScore != 0) return byScore;
        var byYear = ((J2N.Numerics.Number)b.Fields[1]!).ToInt32().CompareTo(((J2N.Numerics.Number)a.Fields[1]!).ToInt32());
        return byYear != 0 ? byYear : ((BytesRef)a.Fields[2]!).CompareTo((BytesRef)b.Fields[2]!);
    });

    private static float Score(FieldDoc doc) => ((J2N.Numerics.Number)doc.Fields[0]!).ToSingle();

    /// <summary>The cursor of a hit (its sort values).</summary>
    public static SearchCursor CursorOf(SortOrder order, FieldDoc doc)
    {
        var (score, year, id) = order == SortOrder.Relevance
            ? (doc.Fields[0], doc.Fields[1], doc.Fields[2])
            : (doc.Fields[1], doc.Fields[0], doc.Fields[2]);
        return new SearchCursor(order, ((J2N.Numerics.Number)score!).ToSingle(), ((J2N.Numerics.Number)year!).ToInt32(),
            ((BytesRef)id!).Utf8ToString());
    }

    /// <summary>The <c>after</c> position for <see cref="TopFieldCollector"/> from a cursor.</summary>
    public static FieldDoc AfterOf(SearchCursor cursor)
    {
        // why: Lucene.Net compares sort values as J2N boxed numbers, not System.Single/Int32.
        var score = J2N.Numerics.Single.GetInstance(cursor.Score);
        var year = J2N.Numerics.Int32.GetInstance(cursor.Year);
        object[] fields = cursor.Sort == SortOrder.Relevance
            ? [score, year, new BytesRef(cursor.Id)]
            : [year, score, new BytesRef(cursor.Id)];
        // why: doc = int.MaxValue so that only the exact same hit (equal on every value, id included) is skipped.
        return new FieldDoc(int.MaxValue, cursor.Score, fields);
    }
}
