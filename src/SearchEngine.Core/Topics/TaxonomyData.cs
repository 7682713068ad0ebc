using System.Reflection;
using System.Text.Json;

namespace SearchEngine.Core.Topics;

/// <summary>
/// The parsed <c>taxonomy.json</c> resource: entries by code plus the lookups <see cref="Taxonomy"/> answers from.
/// </summary>
internal sealed class TaxonomyData
{
    private const string ResourceName = "SearchEngine.Core.Topics.taxonomy.json";

    private readonly Dictionary<string, TaxonomyEntry> _byCode;
    // why: case-insensitive keys map every spelling ("CS.CV", "cs.cv") and bare short code ("CV") to one code.
    private readonly Dictionary<string, string> _canonical;

    private TaxonomyData(List<TaxonomyEntry> groups, List<TaxonomyEntry> categories)
    {
        Groups = groups;
        Categories = categories;
        _byCode = new Dictionary<string, TaxonomyEntry>(StringComparer.Ordinal);
        _canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in groups.Concat(categories))
        {
            if (!_byCode.TryAdd(entry.Code, entry))
            {
                throw new InvalidDataException($"taxonomy.json lists '{entry.Code}' twice.");
            }
            _canonical.TryAdd(entry.Code, entry.Code);
        }
        // why: groups are listed in preference order, so the first group with a suffix wins a bare short code:
        // "CV" is cs.CV (the pages we read are computer science), not math.CV.
        foreach (var group in groups)
        {
            foreach (var category in categories.Where(c => c.Group == group.Code))
            {
                _canonical.TryAdd(category.Code[(group.Code.Length + 1)..], category.Code);
            }
        }
    }

    public IReadOnlyList<TaxonomyEntry> Groups { get; }

    public IReadOnlyList<TaxonomyEntry> Categories { get; }

    public TaxonomyEntry? Find(string code) => _byCode.GetValueOrDefault(code);

    public string? Canonical(string key) => _canonical.GetValueOrDefault(key);

    /// <summary>Reads the embedded resource. Throws when it is missing or malformed: a build defect, not user input.</summary>
    public static TaxonomyData Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        return Parse(stream);
    }

    /// <summary>Parses taxonomy JSON: <c>{ groups: [{code, label}], categories: [{code, label, keywords?}] }</c>.</summary>
    public static TaxonomyData Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var groups = root.GetProperty("groups").EnumerateArray()
            .Select(g => ReadEntry(g, group: null))
            .ToList();
        var groupCodes = groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var categories = new List<TaxonomyEntry>();
        foreach (var element in root.GetProperty("categories").EnumerateArray())
        {
            var code = element.GetProperty("code").GetString() ?? "";
            var group = Taxonomy.GroupOf(code);
            if (group is null || group == code || !groupCodes.Contains(group))
            {
                throw new InvalidDataException($"taxonomy.json: category '{code}' has no listed group.");
            }
            categories.Add(ReadEntry(element, group));
        }
        return new TaxonomyData(groups, categories);
    }

    private static TaxonomyEntry ReadEntry(JsonElement element, string? group)
    {
        var code = element.GetProperty("code").GetString() ?? "";
        var label = element.GetProperty("label").GetString() ?? "";
        if (code.Length == 0 || label.Length == 0)
        {
            throw new InvalidDataException("taxonomy.json: every entry needs a code and a label.");
        }
        IReadOnlyList<string> keywords = element.TryGetProperty("keywords", out var list)
            ? list.EnumerateArray().Select(k => k.GetString() ?? "").Where(k => k.Length > 0).ToList()
            : [];
        return new TaxonomyEntry(code, label, group ?? code, keywords);
    }
}
