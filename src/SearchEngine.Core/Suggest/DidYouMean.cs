using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Suggest;

/// <summary>
/// "Did you mean": replaces each misspelled bare word of a query with the closest word of the index's titles. A
/// word no paper contains is corrected whatever the query found (in a multi-word OR query the other words still find
/// papers, and the typo would otherwise be dropped silently); a rare word only when the query found few hits. Built on the term dictionary (<see cref="FuzzyTermsEnum"/> over
/// <see cref="PaperFields.TitleExact"/>), since no Lucene spell-checker module is available. Thread-safe.
/// </summary>
/// <remarks>
/// <code>
/// var suggestion = new DidYouMean(index.Analyzer).Suggest("convolutonal nueral", searcher.IndexReader, hits);
/// // "convolutional neural", or null when nothing would change
/// </code>
/// </remarks>
public sealed partial class DidYouMean(Analyzer analyzer)
{
    // why: Lucene's FuzzyQuery caps edits at 2 (LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE).
    private const int MaxEdits = 2;
    // why: a shared first letter is how people misspell; it also shrinks the automaton's search a lot.
    private const int PrefixLength = 1;
    // why: a rare-but-present word is only replaced by a word at least this many times more frequent.
    private const int MinFrequencyGain = 3;

    private readonly Analyzer _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));

    /// <summary>Rare words (see <see cref="RareDocFreq"/>) are corrected only when the query found fewer hits than this (default 3).</summary>
    public int FewHits { get; init; } = 3;

    /// <summary>
    /// A word found in at least one and at most this many papers counts as possibly misspelled when hits are few
    /// (default 0: only words no paper contains are corrected).
    /// </summary>
    public int RareDocFreq { get; init; }

    /// <summary>
    /// The corrected query, or null when no word changes. Only bare words (letters and digits, at least 3
    /// characters, outside quotes, even an unclosed one) are corrected; field syntax, quoted text, wildcards,
    /// operators, spacing, word order and every correctly spelled word are kept as typed.
    /// </summary>
    /// <param name="queryText">The query as the user typed it.</param>
    /// <param name="reader">The reader the query ran against.</param>
    /// <param name="totalHits">How many papers the query found.</param>
    public string? Suggest(string queryText, IndexReader reader, int totalHits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (string.IsNullOrWhiteSpace(queryText)) return null;
        var titleTerms = MultiFields.GetTerms(reader, PaperFields.TitleExact);
        if (titleTerms is null) return null;

        var output = new StringBuilder(queryText.Length + 8);
        var changed = false;
        var at = 0;
        var quoted = false;
        foreach (Match word in Words().Matches(queryText))
        {
            output.Append(queryText, at, word.Index - at);
            var bare = !quoted && IsBareWord(word.Value);
            // why: the parser reads text after an unclosed quote as the phrase's words; they are kept as typed too.
            if (word.Value.Count(c => c == '"') % 2 == 1) quoted = !quoted;
            var replacement = bare ? Correct(word.Value.ToLowerInvariant(), reader, titleTerms, totalHits) : null;
            if (replacement is not null)
            {
                output.Append(MatchCase(word.Value, replacement));
                changed = true;
            }
            else
            {
                output.Append(word.Value);
            }
            at = word.Index + word.Length;
        }
        output.Append(queryText, at, queryText.Length - at);
        return changed ? output.ToString() : null;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    /// <summary>
    /// Letters/digits only, with a letter, longer than 2 characters, and not an operator. Words of ≤ 2 characters
    /// are skipped: too short to correct reliably, and Lucene.Net beta00017's fuzzy matching is wrong when the
    /// prefix length equals the term length (apache/lucenenet #1002).
    /// </summary>
    private static bool IsBareWord(string word) =>
        word.Length > 2 && word.All(char.IsLetterOrDigit) && word.Any(char.IsLetter) &&
        word is not ("AND" or "OR" or "NOT");

    /// <summary>The replacement for a lower-cased word, or null when it is known or nothing close exists.</summary>
    private string? Correct(string word, IndexReader reader, Terms titleTerms, int totalHits)
    {
        var frequency = Frequency(word, reader);
        if (frequency is null || frequency > RareDocFreq || (frequency > 0 && totalHits >= FewHits)) return null;
        var minDocFreq = Math.Max(1, frequency.Value * MinFrequencyGain);
        // why: two edits turn a 4-letter word into almost any other 4-letter word; allow one below 5 letters.
        var maxEdits = word.Length <= 4 ? 1 : MaxEdits;

        var fuzzy = new FuzzyTermsEnum(titleTerms, new AttributeSource(), new Term(PaperFields.TitleExact, word),
            maxEdits, PrefixLength, transpositions: true);
        (string Term, int Edits, int DocFreq)? best = null;
        while (fuzzy.MoveNext())
        {
            var term = fuzzy.Term.Utf8ToString();
            var docFreq = fuzzy.DocFreq;
            if (term == word || docFreq < minDocFreq) continue;
            var edits = EditDistance.Between(word, term);
            if (best is null || IsBetter(edits, docFreq, term, best.Value))
            {
                best = (term, edits, docFreq);
            }
        }
        return best?.Term;
    }

    /// <summary>Ranking: fewer edits, then more papers, then alphabetical (so results are deterministic).</summary>
    private static bool IsBetter(int edits, int docFreq, string term, (string Term, int Edits, int DocFreq) best) =>
        edits != best.Edits ? edits < best.Edits
        : docFreq != best.DocFreq ? docFreq > best.DocFreq
        : string.CompareOrdinal(term, best.Term) < 0;

    /// <summary>
    /// In how many papers the word occurs: the larger of its unstemmed title frequency and its analyzed frequency
    /// in the combined title + abstract field; null when the analyzer drops it (a stop word is never a typo).
    /// </summary>
    private int? Frequency(string word, IndexReader reader)
    {
        var analyzed = PaperAnalyzers.Terms(_analyzer, PaperFields.Text, word);
        if (analyzed.Count == 0) return null;
        var frequency = reader.DocFreq(new Term(PaperFields.TitleExact, word));
        foreach (var term in analyzed)
        {
            frequency = Math.Max(frequency, reader.DocFreq(new Term(PaperFields.Text, term)));
        }
        return frequency;
    }

    /// <summary>Keeps the typed capitalization: <c>NUERAL</c> → <c>NEURAL</c>, <c>Nueral</c> → <c>Neural</c>.</summary>
    private static string MatchCase(string typed, string replacement)
    {
        if (typed.Any(char.IsLetter) && typed.Where(char.IsLetter).All(char.IsUpper)) return replacement.ToUpperInvariant();
        return char.IsUpper(typed[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }
}
