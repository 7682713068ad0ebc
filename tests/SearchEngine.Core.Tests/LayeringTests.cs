using System.Text.RegularExpressions;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests;

/// <summary>
/// The dependency direction inside Core, as docs/architecture.md draws it: a folder may use folders of its own layer
/// or of lower layers, never of higher ones. Read from the source (<c>using</c> directives and qualified names).
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Lowest first. Folders in one layer may use each other.</summary>
    public static readonly string[][] Layers =
    [
        ["Papers", "Errors", "Options", "Citations", "Limits", "Collecting"],
        ["Ingest", "Exchange", "Journal"],
        // why: Embeddings (text → vector, the vector cache, per-segment vectors) sits beside Analysis (text → tokens):
        // Indexing embeds every paper at build time and records the embedding descriptor in the index metadata.
        ["Analysis", "Schema", "Topics", "Embeddings"],
        ["Indexing"],
        ["Querying", "Ranking", "Snippets", "Suggest"],
        ["Search", "Facets", "Similar"],
        ["Evaluation"],
    ];

    private static int LayerOf(string folder) => Array.FindIndex(Layers, l => l.Contains(folder));

    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.RepoRoot, "src", "SearchEngine.Core")))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj")) data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_its_own_and_lower_layers(string folder)
    {
        Assert.True(LayerOf(folder) >= 0, $"Core/{folder} is in no layer: add it to LayeringTests.Layers and docs/architecture.md");
        var files = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src", "SearchEngine.Core", folder), "*.cs", SearchOption.AllDirectories);
        var upward = files
            .SelectMany(f => CoreReference().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Uses: m.Groups[1].Value)))
            .Where(r => r.Uses != folder && LayerOf(r.Uses) > LayerOf(folder))
            .Select(r => $"{r.File} uses {r.Uses}")
            .Distinct()
            .ToList();
        Assert.True(upward.Count == 0, $"Core/{folder} reaches up: {string.Join("; ", upward)}");
    }

    [GeneratedRegex(@"SearchEngine\.Core\.([A-Z][A-Za-z]+)")]
    private static partial Regex CoreReference();
}
