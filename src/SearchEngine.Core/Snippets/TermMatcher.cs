using Lucene.Net.Analysis;
using SearchEngine.Core.Analysis;

namespace SearchEngine.Core.Snippets;

/// <summary>Finds where query terms occur in a stored text, from its tokens as the field's analyzer makes them.</summary>
internal static class TermMatcher
{
    /// <summary>Matched spans of <paramref name="text"/>, sorted by start, overlapping or touching tokens merged.</summary>
    public static List<MatchSpan> Find(Analyzer analyzer, string field, string text, SnippetTerms terms) =>
        terms.IsEmpty || text.Length == 0 ? [] : Find(AnalyzedText.Of(analyzer, field, text).Tokens, 0, text, terms);

    /// <summary>
    /// As above, from tokens already analyzed: those of <paramref name="tokens"/> that lie in <paramref name="text"/>,
    /// which starts at <paramref name="from"/> in the analyzed text (a part of it: the title, the abstract).
    /// </summary>
    public static List<MatchSpan> Find(IReadOnlyList<AnalyzedText.Token> tokens, int from, string text, SnippetTerms terms)
    {
        if (terms.IsEmpty || text.Length == 0) return [];
        var found = new List<(int Start, int End, string Term)>();
        foreach (var token in tokens)
        {
            if (token.Start < from || token.End > from + text.Length) continue;
            // why: clamp defensively; a filter that rewrites tokens may report offsets past the text.
            var start = Math.Clamp(token.Start - from, 0, text.Length);
            var end = Math.Clamp(token.End - from, start, text.Length);
            if (end == start) continue;
            if (terms.Matches(token.Term, text.AsSpan(start, end - start)))
            {
                found.Add((start, end, token.Term));
            }
        }
        return Merge(found);
    }

    private static List<MatchSpan> Merge(List<(int Start, int End, string Term)> tokens)
    {
        // Widest token first among those starting together: it becomes the span's key (the whole word, e.g.
        // "ghostnet", rather than its part "ghost").
        tokens.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : string.CompareOrdinal(a.Term, b.Term));
        var spans = new List<MatchSpan>();
        foreach (var (start, end, term) in tokens)
        {
            // why: touching spans merge too: "Ghost" + "Net" of "GhostNetV2" read as one highlight "GhostNet".
            if (spans.Count > 0 && start <= spans[^1].End)
            {
                var last = spans[^1];
                spans[^1] = last with { End = Math.Max(last.End, end) };
            }
            else
            {
                spans.Add(new MatchSpan(start, end, term));
            }
        }
        return spans;
    }
}
