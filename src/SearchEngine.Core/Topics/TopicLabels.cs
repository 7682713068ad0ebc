using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Topics;

/// <summary>Which given topics of a paper count as labels for inference and for measuring agreement.</summary>
internal static class TopicLabels
{
    /// <summary>
    /// The paper's given topics that the taxonomy knows, normalized, as categories (groups such as <c>cs</c> are too
    /// coarse to vote with), distinct, in given order.
    /// </summary>
    public static string[] Of(Paper paper) => paper.Topics
        .Select(Taxonomy.Normalize)
        .OfType<string>()
        .Where(code => Taxonomy.Find(code) is { IsGroup: false })
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// True when a source gave the paper at least one topic the taxonomy knows (a group counts): such a paper keeps
    /// its topics and gets none inferred. A paper whose given codes are all unknown is treated as unlabelled.
    /// </summary>
    public static bool HasGiven(Paper paper) => paper.Topics.Any(t => Taxonomy.Normalize(t) is not null);

    /// <summary>Up to <paramref name="max"/> items spread evenly over <paramref name="items"/> (every n-th), deterministic.</summary>
    public static List<int> EvenSample(IReadOnlyList<int> items, int max)
    {
        if (items.Count <= max) return [.. items];
        var sample = new List<int>(max);
        for (var i = 0; i < max; i++)
        {
            // why: integer stride over the whole range, so a sorted input (e.g. by source) is covered end to end.
            sample.Add(items[(int)((long)i * items.Count / max)]);
        }
        return sample;
    }
}
