using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Core.Snippets;

/// <summary>Finds where query terms occur in a stored text by re-analyzing it with the field's analyzer.</summary>
internal static class TermMatcher
{
    /// <summary>Matched spans of <paramref name="text"/>, sorted by start, overlapping or touching tokens merged.</summary>
    public static List<MatchSpan> Find(Analyzer analyzer, string field, string text, SnippetTerms terms)
    {
        var tokens = new List<(int Start, int End, string Term)>();
        if (terms.IsEmpty || text.Length == 0) return [];
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var termAttr = stream.AddAttribute<ICharTermAttribute>();
            var offsetAttr = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                // why: clamp defensively; a filter that rewrites tokens may report offsets past the text.
                var start = Math.Clamp(offsetAttr.StartOffset, 0, text.Length);
                var end = Math.Clamp(offsetAttr.EndOffset, start, text.Length);
                if (end == start) continue;
                var term = termAttr.ToString();
                if (terms.Matches(term, text.AsSpan(start, end - start)))
                {
                    tokens.Add((start, end, term));
                }
            }
            stream.End();
        }
        return Merge(tokens);
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
