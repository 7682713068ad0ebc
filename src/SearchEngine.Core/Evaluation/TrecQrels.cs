using System.Globalization;

namespace SearchEngine.Core.Evaluation;

/// <summary>
/// Relevance judgments in TREC qrels format, one per line: <c>qid iter docid grade</c> (the second column is
/// ignored, as trec_eval does). A grade above 0 means relevant; nDCG uses the grade as the gain.
/// </summary>
public sealed class TrecQrels
{
    private static readonly IReadOnlyDictionary<string, int> None = new Dictionary<string, int>();
    private readonly Dictionary<string, Dictionary<string, int>> _byQuery;

    private TrecQrels(Dictionary<string, Dictionary<string, int>> byQuery) => _byQuery = byQuery;

    /// <summary>Query ids that have at least one judgment line (relevant or not).</summary>
    public IEnumerable<string> QueryIds => _byQuery.Keys;

    /// <summary>Judged documents of <paramref name="queryId"/> with their grades (empty when none).</summary>
    public IReadOnlyDictionary<string, int> For(string queryId) =>
        _byQuery.TryGetValue(queryId, out var judged) ? judged : None;

    /// <summary>Whether <paramref name="queryId"/> has a relevant document (trec_eval scores only these).</summary>
    public bool HasRelevant(string queryId) => For(queryId).Values.Any(g => g > 0);

    /// <summary>
    /// Parses qrels text; blank lines are skipped, a later line for the same pair wins. <paramref name="docId"/>
    /// maps document ids to the index's form (identity when null).
    /// </summary>
    /// <exception cref="FormatException">A line without four columns or with a non-integer grade (the message gives its number).</exception>
    public static TrecQrels Parse(TextReader reader, Func<string, string>? docId = null)
    {
        var byQuery = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || !int.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade))
            {
                throw new FormatException($"qrels line {number}: expected 'qid 0 docid grade', got '{line.Trim()}'");
            }
            if (!byQuery.TryGetValue(parts[0], out var judged))
            {
                byQuery[parts[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            judged[docId is null ? parts[2] : docId(parts[2])] = grade;
        }
        return new TrecQrels(byQuery);
    }

    public static TrecQrels Parse(string text) => Parse(new StringReader(text));
}
