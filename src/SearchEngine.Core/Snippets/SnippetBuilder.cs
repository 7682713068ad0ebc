using Lucene.Net.Analysis;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Snippets;

/// <summary>
/// Builds the highlighted fragment shown under a hit: about <see cref="MaxChars"/> characters of the abstract
/// (the title when there is no abstract) around the best cluster of query terms, or the first sentence when no
/// term matches. Thread-safe; reuse one per index.
/// </summary>
/// <remarks>
/// Terms are found by re-analyzing the stored text with the index's own analyzer and reading token offsets, so
/// stemmed forms match (<c>networks</c> is highlighted for the query term <c>network</c>). The index stores no
/// term vectors or offsets, so any highlighter re-analyzes; a request analyzes each paper once for its feedback and
/// its snippet (<see cref="AnalyzedPaper"/>, from <see cref="AnalyzedPapers"/>). docs/architecture.md compares this builder with Lucene.Net.Highlighter and says why it is kept.
/// <code>
/// var builder = new SnippetBuilder(index.Analyzer);
/// var terms = SnippetTerms.FromQuery(searcher.Rewrite(query), prefixes: []);
/// var snippet = builder.Build(paper, terms);          // text + highlight ranges
/// var title = builder.HighlightTitle(paper.Title, terms);
/// </code>
/// </remarks>
public sealed class SnippetBuilder(Analyzer analyzer)
{
    /// <summary>Default fragment length in characters (ellipses excluded).</summary>
    public const int DefaultMaxChars = 200;

    // why: some context before the first match helps reading, but too much pushes later matches out.
    private const int MaxLeadChars = 60;

    private readonly Analyzer _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));

    /// <summary>Target fragment length in characters; a fragment is cut at word boundaries, so it may be shorter.</summary>
    public int MaxChars { get; init; } = DefaultMaxChars;

    /// <summary>The snippet of <paramref name="paper"/>'s abstract (or title) for <paramref name="terms"/>.</summary>
    public Snippet Build(Paper paper, SnippetTerms terms)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Build(paper.Title, paper.Abstract, terms);
    }

    /// <summary>The snippet of <paramref name="abstractText"/>, or of <paramref name="title"/> when the abstract is blank.</summary>
    public Snippet Build(string? title, string? abstractText, SnippetTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var (text, field) = string.IsNullOrWhiteSpace(abstractText)
            ? (title ?? "", PaperFields.Title)
            : (abstractText, PaperFields.Text);
        if (string.IsNullOrWhiteSpace(text)) return Snippet.Empty;
        return Build(text, TermMatcher.Find(_analyzer, field, text, terms));
    }

    /// <summary>
    /// As <see cref="Build(Paper, SnippetTerms)"/>, from the paper's title and abstract as already analyzed
    /// (<see cref="AnalyzedPaper"/>).
    /// </summary>
    public Snippet Build(AnalyzedPaper analyzed, SnippetTerms terms)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(terms);
        var paper = analyzed.Paper;
        var (text, from) = string.IsNullOrWhiteSpace(paper.Abstract)
            ? (paper.Title ?? "", 0)
            : (paper.Abstract, analyzed.AbstractStart);
        if (string.IsNullOrWhiteSpace(text)) return Snippet.Empty;
        return Build(text, TermMatcher.Find(analyzed.Text.Tokens, from, text, terms));
    }

    private Snippet Build(string text, List<MatchSpan> spans)
    {
        var (start, end) = spans.Count == 0 ? FirstSentence(text) : AroundBestCluster(text, spans);
        return Assemble(text, start, end, spans);
    }

    /// <summary>The spans of <paramref name="title"/> (whole, never cut) that match <paramref name="terms"/>.</summary>
    public IReadOnlyList<HighlightRange> HighlightTitle(string title, SnippetTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrEmpty(title)) return [];
        return Ranges(TermMatcher.Find(_analyzer, PaperFields.Title, title, terms));
    }

    /// <summary>As <see cref="HighlightTitle(string, SnippetTerms)"/>, from the paper as already analyzed.</summary>
    public IReadOnlyList<HighlightRange> HighlightTitle(AnalyzedPaper analyzed, SnippetTerms terms)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(terms);
        var title = analyzed.Paper.Title;
        if (string.IsNullOrEmpty(title)) return [];
        return Ranges(TermMatcher.Find(analyzed.Text.Tokens, 0, title, terms));
    }

    private static List<HighlightRange> Ranges(List<MatchSpan> spans) => spans.Select(s => new HighlightRange(s.Start, s.End - s.Start)).ToList();

    private (int Start, int End) FirstSentence(string text)
    {
        var start = TextBoundaries.TrimStart(text, 0, text.Length);
        var sentenceEnd = TextBoundaries.SentenceEnd(text, start);
        var end = sentenceEnd > 0 ? sentenceEnd : text.Length;
        if (end - start > MaxChars)
        {
            end = TextBoundaries.CutEndAtWord(text, start, start + MaxChars);
        }
        return (start, TextBoundaries.TrimEnd(text, start, end));
    }

    private (int Start, int End) AroundBestCluster(string text, List<MatchSpan> spans)
    {
        var (first, last) = BestCluster.Find(spans, MaxChars);
        int clusterStart = spans[first].Start, clusterEnd = spans[last].End;
        if (text.Length <= MaxChars)
        {
            var s = TextBoundaries.TrimStart(text, 0, text.Length);
            return (s, TextBoundaries.TrimEnd(text, s, text.Length));
        }

        var slack = Math.Max(0, MaxChars - (clusterEnd - clusterStart));
        var start = Math.Max(0, clusterStart - Math.Min(slack / 2, MaxLeadChars));
        // Near the end of the text, spend the unused room on more context before the cluster.
        if (start + MaxChars > text.Length) start = Math.Max(0, text.Length - MaxChars);
        // why: a fragment that starts where a sentence starts reads better than one starting mid-sentence.
        var sentenceStart = TextBoundaries.FirstSentenceStart(text, start, clusterStart);
        if (sentenceStart >= 0) start = sentenceStart;
        start = SnapStart(text, start, clusterStart);

        var end = TextBoundaries.CutEndAtWord(text, clusterEnd - 1, Math.Max(start + MaxChars, clusterEnd));
        return (start, TextBoundaries.TrimEnd(text, start, end));
    }

    /// <summary>Moves a mid-word start forward to the next word (not past the cluster), else back to its word's start.</summary>
    private static int SnapStart(string text, int start, int clusterStart)
    {
        if (!TextBoundaries.IsWordBoundary(text, start))
        {
            var next = start;
            while (next < clusterStart && !char.IsWhiteSpace(text[next])) next++;
            if (next < clusterStart)
            {
                start = next;
            }
            else
            {
                while (!TextBoundaries.IsWordBoundary(text, start)) start--;
            }
        }
        return TextBoundaries.TrimStart(text, start, clusterStart);
    }

    private static Snippet Assemble(string text, int start, int end, List<MatchSpan> spans)
    {
        var cutBefore = !text.AsSpan(0, start).IsWhiteSpace();
        var cutAfter = !text.AsSpan(end).IsWhiteSpace() && !EndsAtSentence(text, end);
        var lead = cutBefore ? Ellipsis.Length : 0;

        var fragment = string.Concat(cutBefore ? Ellipsis : "", Flatten(text.AsSpan(start, end - start)),
            cutAfter ? Ellipsis : "");
        var highlights = new List<HighlightRange>();
        foreach (var span in spans)
        {
            var s = Math.Max(span.Start, start);
            var e = Math.Min(span.End, end);
            if (e > s) highlights.Add(new HighlightRange(s - start + lead, e - s));
        }
        return new Snippet(fragment, highlights);
    }

    // why: the first-sentence fallback ends on a full stop; "…" after a complete sentence adds nothing.
    private static bool EndsAtSentence(string text, int end) => end > 0 && TextBoundaries.EndsSentence(text, end - 1);

    /// <summary>The cut marker: one character, U+2026.</summary>
    public const string Ellipsis = "…";

    /// <summary>Line breaks and tabs become spaces, one for one, so offsets stay valid.</summary>
    private static string Flatten(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsWhiteSpace(chars[i]) && chars[i] != ' ') chars[i] = ' ';
        }
        return new string(chars);
    }
}
