using System.Text.Json;
using SearchEngine.Core.Options;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// What an index generation was built from and how: saved as <c>meta.json</c> beside the Lucene files so the
/// same analysis is used at query time and the server can tell whether the source pages changed since.
/// </summary>
public sealed record IndexMeta
{
    public const string FileName = "meta.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>
    /// Version of the document layout (fields, doc values, what is stored). Bump it whenever
    /// <see cref="Schema.PaperDocumentMapper"/> or the pipeline changes what an index holds, so servers rebuild.
    /// </summary>
    /// <para/>2: combined title + abstract field (text) beside title and abstract.
    /// <para/>3: no term vectors on title/abstract; stored fields DEFLATE-compressed by <see cref="Schema.PaperCodec"/>.
    /// <para/>4: with the combined field, the abstract is not indexed on its own.
    /// <para/>5: inside-title autocomplete keys; alternate titles; paper links and versions in the stored paper.
    /// <para/>6: author names without length norms.
    /// <para/>7: with embeddings on, topics inferred from the vectors with abstention (many papers now have none).
    public const int CurrentSchemaVersion = 7;

    /// <summary>The schema version this index was built with (0: built before versions were recorded).</summary>
    public int SchemaVersion { get; init; }

    /// <summary>
    /// <see cref="Schema.Dimensions.Fingerprint"/> at build time: a change to the dimension table (a new facet, a
    /// field moved) changes what an index holds without a schema version bump, so it is compared on its own.
    /// </summary>
    public string DimensionsFingerprint { get; init; } = "";

    public AnalyzerOptions Analyzer { get; init; } = new();

    /// <summary>
    /// How the papers' vectors were made (model and its hash, tokenizer, cap, pooling, normalization,
    /// quantization); null when the index was built without embeddings. Queries must be embedded the same way, so
    /// a different descriptor rebuilds the index (<see cref="IndexPipeline.IsCurrent"/>).
    /// </summary>
    public Embeddings.EmbeddingDescriptor? Embedding { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public int Papers { get; init; }
    /// <summary>Source files the index was built from (names only).</summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];
    /// <summary>Hash of the source files' names, sizes and contents; empty when unknown.</summary>
    public string SourceFingerprint { get; init; } = "";
    /// <summary>
    /// How many bytes of the <see cref="Journal.ChangeJournal"/> this generation was built with; a server opening
    /// it applies the entries after this offset.
    /// </summary>
    public long JournalOffset { get; init; }

    public static IndexMeta Read(string generationDir)
    {
        var path = Path.Combine(generationDir, FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<IndexMeta>(File.ReadAllText(path), Json) ?? new IndexMeta()
            : new IndexMeta();
    }

    public void Write(string generationDir)
    {
        var path = Path.Combine(generationDir, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this, Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
