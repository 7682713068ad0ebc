using SearchEngine.Core.Papers;

namespace SearchEngine.Tools.Bench;

/// <summary>One benchmark query: keywords plus optional filters (OR within a dimension, AND across).</summary>
public sealed record BenchQuery(string Text, (int From, int To)? Years = null, string? Venue = null, string? Topic = null)
{
    public int FilterCount => (Years is null ? 0 : 1) + (Venue is null ? 0 : 1) + (Topic is null ? 0 : 1);
}

/// <summary>
/// The requests of every timed phase, derived from a deterministic sample of the corpus so that query words
/// follow the corpus's own skew (frequent words are asked for often, as in real query logs), and built
/// identically for our engine and the peer.
/// </summary>
public sealed class BenchWorkload
{
    public required IReadOnlyList<BenchQuery> Plain { get; init; }
    public required IReadOnlyList<BenchQuery> Filtered { get; init; }
    public required IReadOnlyList<BenchQuery> Faceted { get; init; }
    public required IReadOnlyList<string> SimilarIds { get; init; }
    public required IReadOnlyList<string> Prefixes { get; init; }

    // why: real queries do not consist of function words; the analyzer would drop them anyway.
    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "a", "to", "in", "we", "for", "is", "that", "on", "with", "this", "by", "as", "are",
        "from", "an", "our", "which", "be", "can", "it", "these", "show", "using", "based", "than", "at", "not",
    };

    /// <summary>Builds <paramref name="count"/> requests per phase from <paramref name="sample"/>.</summary>
    public static BenchWorkload Create(IReadOnlyList<Paper> sample, int count, int seed)
    {
        if (sample.Count == 0) throw new InvalidOperationException("the corpus is empty");
        var random = new Random(seed);
        var venues = sample.Where(p => p.Venue is not null).GroupBy(p => p.Venue!).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(20).ToList();
        var topics = sample.SelectMany(p => p.Topics).GroupBy(t => t).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(15).ToList();

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

        BenchQuery Filter(string text, int filters)
        {
            var kinds = new[] { 0, 1, 2 }.OrderBy(_ => random.Next()).Take(filters).ToHashSet();
            var from = random.Next(2000, 2022);
            return new BenchQuery(text,
                Years: kinds.Contains(0) ? (from, Math.Min(2025, from + random.Next(0, 6))) : null,
                Venue: kinds.Contains(1) && venues.Count > 0 ? venues[Skewed(random, venues.Count)] : null,
                Topic: kinds.Contains(2) && topics.Count > 0 ? topics[Skewed(random, topics.Count)] : null);
        }

        var plain = Enumerable.Range(0, count).Select(_ => new BenchQuery(Words())).ToList();
        var filtered = Enumerable.Range(0, count).Select(_ => Filter(Words(), random.Next(1, 3))).ToList();
        // The page's main request: a query with one or two filters ticked, all five facet dimensions counted.
        var faceted = Enumerable.Range(0, count).Select(_ => Filter(Words(), random.Next(1, 3))).ToList();
        var similar = Enumerable.Range(0, count).Select(_ => sample[random.Next(sample.Count)].Id).ToList();
        var prefixes = Enumerable.Range(0, count).Select(_ =>
        {
            var paper = sample[random.Next(sample.Count)];
            var text = random.NextDouble() < 0.5 || paper.Authors.Count == 0 ? paper.Title : paper.Authors[0];
            return text[..Math.Min(text.Length, random.Next(2, 7))].ToLowerInvariant();
        }).ToList();
        return new BenchWorkload { Plain = plain, Filtered = filtered, Faceted = faceted, SimilarIds = similar, Prefixes = prefixes };
    }

    private static int Skewed(Random random, int n) => Math.Min(n - 1, (int)(n * random.NextDouble() * random.NextDouble()));
}
