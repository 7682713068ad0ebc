namespace SearchEngine.Core.Topics;

/// <summary>
/// What a topic "is" for the embedding model: one short text per taxonomy category, embedded like a paper so a
/// paper's vector can be compared with it (see <see cref="EmbeddingTopicModel"/>).
/// </summary>
internal static class TopicDescriptions
{
    /// <summary>
    /// The categories with their description text: "Group label — label: keyword, keyword…". why: the label alone
    /// ("Computation and Language") is too short for MiniLM to place well; the lexicon's keywords say what the
    /// field's papers talk about, and the group label separates same-named fields (math.IT and cs.IT).
    /// </summary>
    public static IReadOnlyList<(string Code, string Text)> All() => Taxonomy.Entries
        .Where(e => !e.IsGroup)
        .Select(e => (e.Code, Text(e)))
        .ToArray();

    public static string Text(TaxonomyEntry entry)
    {
        var group = Taxonomy.Label(entry.Group) ?? entry.Group;
        var head = $"{group} — {entry.Label}";
        return entry.Keywords.Count == 0 ? head : $"{head}: {string.Join(", ", entry.Keywords)}";
    }
}
