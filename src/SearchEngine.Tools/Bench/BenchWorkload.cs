using SearchEngine.Core.Papers;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// The requests of every timed phase, built from one list of query texts (the query file, the same one the Java
/// anchor runs) plus a deterministic sample of the corpus for filters, paper ids and prefixes, so that they follow
/// the corpus's own skew (frequent words are asked for often, as in real query logs), and built identically for
/// our engine and every peer.
/// </summary>
public sealed class BenchWorkload
{
    public required IReadOnlyList<BenchQuery> Plain { get; init; }
    public required IReadOnlyList<BenchQuery> Filtered { get; init; }
    public required IReadOnlyList<BenchQuery> Faceted { get; init; }
    public required IReadOnlyList<BenchQuery> FacetedNoFilter { get; init; }
    public required IReadOnlyList<string> SimilarIds { get; init; }
    public required IReadOnlyList<string> Prefixes { get; init; }

    // why: real queries do not consist of function words; the analyzer would drop them anyway.
    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "a", "to", "in", "we", "for", "is", "that", "on", "with", "this", "by", "as", "are",
        "from", "an", "our", "which", "be", "can", "it", "these", "show", "using", "based", "than", "at", "not",
    };

    /// <summary><paramref name="count"/> query texts drawn from <paramref name="sample"/>: 1–4 title or abstract words.</summary>
    public static IReadOnlyList<string> QueryTexts(IReadOnlyList<Paper> sample, int count, int seed)
    {
        if (sample.Count == 0) throw new InvalidOperationException("the corpus is empty");
        var random = new Random(seed);
        string Words()
        {
            var paper = sample[random.Next(sample.Count)];
            // why: people type title-like words more than abstract words; 1–4 words, mostly 2–3.
            var source = random.NextDouble() < 0.7 ? paper.Title : paper.Abstract;
            var words = source.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 2 && !Skip.Contains(w)).Select(w => w.ToLowerInvariant()).Distinct().ToList();
            if (words.Count == 0) return paper.Title.Split(' ')[0].ToLowerInvariant();
            var n = Math.Min(words.Count, random.NextDouble() switch { < 0.25 => 1, < 0.6 => 2, < 0.85 => 3, _ => 4 });
            return string.Join(' ', words.OrderBy(_ => random.Next()).Take(n));
        }
        return Enumerable.Range(0, count).Select(_ => Words()).ToList();
    }

    /// <summary>The first <paramref name="count"/> requests of each phase (all when there are fewer).</summary>
    public BenchWorkload Take(int count) => new()
    {
        Plain = [.. Plain.Take(count)],
        Filtered = [.. Filtered.Take(count)],
        Faceted = [.. Faceted.Take(count)],
        FacetedNoFilter = [.. FacetedNoFilter.Take(count)],
        SimilarIds = [.. SimilarIds.Take(count)],
        Prefixes = [.. Prefixes.Take(count)],
    };

    /// <summary>
    /// One request per text and phase: plain search runs <paramref name="texts"/> as they are, in order; the filtered
    /// and faceted phases add one or two filters to them; the unfiltered faceted phase counts facets for them as
    /// they are (the Java anchor's faceted phase). Similar and suggest draw as many ids and prefixes from the sample.
    /// </summary>
    public static BenchWorkload Create(IReadOnlyList<Paper> sample, IReadOnlyList<string> texts, int seed)
    {
        if (sample.Count == 0) throw new InvalidOperationException("the corpus is empty");
        if (texts.Count == 0) throw new InvalidOperationException("no queries");
        var random = new Random(seed);
        var venues = sample.Where(p => p.Venue is not null).GroupBy(p => p.Venue!).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(20).ToList();
        var topics = sample.SelectMany(p => p.Topics).GroupBy(t => t).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(15).ToList();

        BenchQuery Filter(string text, int filters)
        {
            var kinds = new[] { 0, 1, 2 }.OrderBy(_ => random.Next()).Take(filters).ToHashSet();
            var from = random.Next(2000, 2022);
            return new BenchQuery(text,
                Years: kinds.Contains(0) ? (from, Math.Min(2025, from + random.Next(0, 6))) : null,
                Venue: kinds.Contains(1) && venues.Count > 0 ? venues[Skewed(random, venues.Count)] : null,
                Topic: kinds.Contains(2) && topics.Count > 0 ? topics[Skewed(random, topics.Count)] : null);
        }

        var count = texts.Count;
        var plain = texts.Select(t => new BenchQuery(t)).ToList();
        var filtered = texts.Select(t => Filter(t, random.Next(1, 3))).ToList();
        // The page's main request: a query with one or two filters ticked, all five facet dimensions counted.
        var faceted = texts.Select(t => Filter(t, random.Next(1, 3))).ToList();
        var similar = Enumerable.Range(0, count).Select(_ => sample[random.Next(sample.Count)].Id).ToList();
        var prefixes = Enumerable.Range(0, count).Select(_ =>
        {
            var paper = sample[random.Next(sample.Count)];
            var text = random.NextDouble() < 0.5 || paper.Authors.Count == 0 ? paper.Title : paper.Authors[0];
            return text[..Math.Min(text.Length, random.Next(2, 7))].ToLowerInvariant();
        }).ToList();
        return new BenchWorkload
        {
            Plain = plain, Filtered = filtered, Faceted = faceted, FacetedNoFilter = plain, SimilarIds = similar,
            Prefixes = prefixes,
        };
    }

    private static int Skewed(Random random, int n) => Math.Min(n - 1, (int)(n * random.NextDouble() * random.NextDouble()));
}
