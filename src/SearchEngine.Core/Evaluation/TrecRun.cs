using SearchEngine.Core.Search;

using System.Globalization;

namespace SearchEngine.Core.Evaluation;

/// <summary>
/// Writes a standard TREC run file, one line per retrieved document: <c>qid Q0 docid rank score tag</c>, at most
/// <see cref="Metrics.Depth"/> documents per query, so trec_eval or any other tool can score our rankings.
/// </summary>
public static class TrecRun
{
    /// <summary>Appends the ranking of one query (ranks from 1, in the given order).</summary>
    public static void Write(TextWriter writer, string queryId, IReadOnlyList<ScoredId> ranking, string tag)
    {
        for (var i = 0; i < ranking.Count && i < Metrics.Depth; i++)
        {
            writer.Write(queryId);
            writer.Write(" Q0 ");
            writer.Write(ranking[i].Id);
            writer.Write(' ');
            writer.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(ranking[i].Score.ToString("0.######", CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.WriteLine(tag);
        }
    }
}
