using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Snippets;

/// <summary>
/// What a snippet highlights: analyzed query terms (exact, e.g. the stem <c>network</c>) and word prefixes (from
/// <c>netw*</c> queries, which rewrite to no extractable terms).
/// </summary>
public sealed class SnippetTerms
{
    private static readonly HashSet<string> TextFields =
        new(StringComparer.Ordinal) { PaperFields.Title, PaperFields.Text };

    private SnippetTerms(IEnumerable<string> exact, IEnumerable<string> prefixes)
    {
        Exact = new HashSet<string>(exact.Where(t => t.Length > 0), StringComparer.Ordinal);
        Prefixes = prefixes.Select(p => p.Trim().TrimEnd('*').ToLowerInvariant())
            .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Analyzed terms that match a token exactly.</summary>
    public IReadOnlySet<string> Exact { get; }

    /// <summary>Lower-cased prefixes that match a token's term or its lower-cased surface text.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>True when nothing can match: snippets fall back to the first sentence.</summary>
    public bool IsEmpty => Exact.Count == 0 && Prefixes.Count == 0;

    /// <summary>No terms: every snippet is a first-sentence fallback.</summary>
    public static SnippetTerms None { get; } = new([], []);

    /// <summary>Terms given directly, already analyzed (tests, callers that analyze themselves).</summary>
    public static SnippetTerms Of(params string[] analyzedTerms) => new(analyzedTerms, []);

    /// <summary>
    /// The terms of <paramref name="rewrittenQuery"/> in the text fields (title, abstract, text), plus
    /// <paramref name="prefixes"/>. Terms of prohibited (<c>MUST_NOT</c>) clauses are left out: a paper shown
    /// for <c>cnn -survey</c> does not contain <c>survey</c>, and highlighting it would be wrong anyway.
    /// </summary>
    /// <param name="rewrittenQuery">The query after <see cref="IndexSearcher.Rewrite"/> (fuzzy terms expanded).</param>
    /// <param name="prefixes">Prefixes of <c>word*</c> queries, with or without the <c>*</c>.</param>
    public static SnippetTerms FromQuery(Query rewrittenQuery, IEnumerable<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(rewrittenQuery);
        ArgumentNullException.ThrowIfNull(prefixes);
        var terms = new HashSet<Term>();
        Collect(rewrittenQuery, terms);
        var exact = terms.Where(t => TextFields.Contains(t.Field)).Select(t => t.Text);
        return new SnippetTerms(exact, prefixes);
    }

    private static void Collect(Query query, ISet<Term> terms)
    {
        if (query is BooleanQuery boolean)
        {
            foreach (var clause in boolean.Clauses)
            {
                if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, terms);
            }
            return;
        }
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // why: some queries (function queries, custom scorers) do not support term extraction; they just
            // contribute nothing to highlight instead of failing the whole result page.
        }
    }

    /// <summary>Whether a token matches: its analyzed <paramref name="term"/> is a query term, or it starts with a prefix.</summary>
    /// <param name="term">The analyzed token (e.g. <c>network</c>).</param>
    /// <param name="surface">The token's text as written (e.g. <c>Networks</c>).</param>
    public bool Matches(string term, ReadOnlySpan<char> surface)
    {
        if (Exact.Contains(term)) return true;
        foreach (var prefix in Prefixes)
        {
            // why: the stem of "networks" is "network", so "networks*" must also be tried on the written form.
            if (term.StartsWith(prefix, StringComparison.Ordinal) ||
                surface.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
