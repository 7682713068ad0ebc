using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Core.Analysis;

/// <summary>
/// One text analyzed once, for every use a request has for it: its terms with their counts (feedback) and its tokens
/// with their offsets (highlighting).
/// </summary>
public sealed class AnalyzedText
{
    private readonly Dictionary<string, int> _counts;
    private readonly List<Token> _tokens;

    private AnalyzedText(Dictionary<string, int> counts, List<Token> tokens) => (_counts, _tokens) = (counts, tokens);

    /// <summary>Each term and how often it occurs, in the order of first occurrence.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Every token in order; tokens at one position (a word and its parts) are listed one after the other.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>One token: its term and the characters of the text it came from.</summary>
    public readonly record struct Token(string Term, int Start, int End);

    /// <summary>Analyzes <paramref name="text"/> as <paramref name="field"/> of <paramref name="analyzer"/>.</summary>
    public static AnalyzedText Of(Analyzer analyzer, string field, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        // why: a repeated term is looked up from the token's buffer and reuses the first occurrence's string.
        var byChars = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var chars = term.Buffer.AsSpan(0, term.Length);
            string key;
            if (byChars.TryGetValue(chars, out var existing, out var count))
            {
                key = existing;
                counts[key] = count + 1;
            }
            else
            {
                key = new string(chars);
                counts.Add(key, 1);
            }
            tokens.Add(new Token(key, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return new AnalyzedText(counts, tokens);
    }
}
