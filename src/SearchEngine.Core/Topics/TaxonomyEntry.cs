namespace SearchEngine.Core.Topics;

/// <summary>One code of the <see cref="Taxonomy"/>: a group (<c>cs</c>) or a category (<c>cs.CV</c>).</summary>
/// <param name="Code">The canonical code, e.g. <c>cs.CV</c>.</param>
/// <param name="Label">The readable label, e.g. <c>Computer Vision and Pattern Recognition</c>.</param>
/// <param name="Group">The group (archive) the code belongs to; a group is its own group.</param>
/// <param name="Keywords">Words and phrases typical of the field, as written in the data file (empty for groups and
/// for categories that are never inferred from keywords).</param>
public sealed record TaxonomyEntry(string Code, string Label, string Group, IReadOnlyList<string> Keywords)
{
    /// <summary>True for a group (archive) such as <c>cs</c>, false for a category such as <c>cs.CV</c>.</summary>
    public bool IsGroup => Code == Group;
}
