using Lucene.Net.Analysis;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Topics;

/// <summary>
/// The taxonomy's keyword lexicons, analyzed like abstracts so that "segmentation" in the data file matches
/// "segmenting" in a paper. Each distinct analyzed phrase is one entry, shared by every code that lists it.
/// </summary>
internal sealed class KeywordLexicon
{
    private readonly string[][] _phrases;
    private readonly string[][] _codes;
    // why: phrases indexed by their first term, so matching is one dictionary probe per token.
    private readonly Dictionary<string, int[]> _byFirstTerm;

    private KeywordLexicon(string[][] phrases, string[][] codes)
    {
        _phrases = phrases;
        _codes = codes;
        _byFirstTerm = Enumerable.Range(0, phrases.Length)
            .GroupBy(i => phrases[i][0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Number of distinct analyzed phrases.</summary>
    public int Count => _phrases.Length;

    /// <summary>Codes whose lexicon holds entry <paramref name="entry"/>.</summary>
    public IReadOnlyList<string> CodesOf(int entry) => _codes[entry];

    /// <summary>Analyzes the keywords of every taxonomy entry that has some.</summary>
    public static KeywordLexicon Build(Analyzer analyzer, IEnumerable<TaxonomyEntry> entries)
    {
        var byPhrase = new Dictionary<string, (string[] Terms, SortedSet<string> Codes)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var keyword in entry.Keywords)
            {
                var terms = PaperAnalyzers.Terms(analyzer, PaperFields.Text, keyword).ToArray();
                if (terms.Length == 0) continue; // only stop words: no signal
                var key = string.Join(' ', terms);
                if (!byPhrase.TryGetValue(key, out var slot))
                {
                    slot = (terms, new SortedSet<string>(StringComparer.Ordinal));
                    byPhrase[key] = slot;
                }
                slot.Codes.Add(entry.Code);
            }
        }
        // why: ordinal order of phrases makes entry numbers, and so every score sum, independent of file order.
        var ordered = byPhrase.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToArray();
        return new KeywordLexicon(
            ordered.Select(p => p.Terms).ToArray(),
            ordered.Select(p => p.Codes.ToArray()).ToArray());
    }

    /// <summary>Adds <paramref name="weight"/> to <paramref name="counts"/>[entry] for each occurrence of an entry in <paramref name="terms"/>.</summary>
    public void Match(IReadOnlyList<string> terms, double weight, Dictionary<int, double> counts)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_byFirstTerm.TryGetValue(terms[i], out var candidates)) continue;
            foreach (var entry in candidates)
            {
                if (MatchesAt(_phrases[entry], terms, i))
                {
                    counts[entry] = counts.GetValueOrDefault(entry) + weight;
                }
            }
        }
    }

    private static bool MatchesAt(string[] phrase, IReadOnlyList<string> terms, int start)
    {
        if (start + phrase.Length > terms.Count) return false;
        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(phrase[j], terms[start + j], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
