using SearchEngine.Core.Embeddings;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Where the index lives and what it is built from (config section <c>Index</c>; <c>--Index:Path</c>,
/// <c>--Index:Sources</c>, or <c>Index__Path</c> in the environment). Relative paths are resolved by
/// <see cref="PathResolver"/>.
/// </summary>
public sealed class IndexSettings
{
    public const string Section = "Index";

    /// <summary>Index root (generations + CURRENT). Default <c>index-data/index</c>.</summary>
    public string Path { get; set; } = "index-data/index";

    /// <summary>
    /// Seed pages, .jsonl(.gz) files or directories, separated by <c>;</c> (or a JSON array in appsettings).
    /// Default <c>index-data/seeds</c>. Empty: never build, only open an existing index.
    /// </summary>
    public string Sources { get; set; } = "index-data/seeds";

    /// <summary>
    /// Rebuild when the sources changed since the index was built (default true): checked at start and every
    /// <see cref="IndexBootstrapper.SourcePollInterval"/> while the server runs; the build runs in a child process.
    /// </summary>
    public bool RebuildWhenSourcesChange { get; set; } = true;

    /// <summary>
    /// Paper embeddings for semantic and hybrid modes (<c>auto</c>: on when the model file is present; <c>on</c>;
    /// <c>off</c>: lexical only, no model loaded). Vectors are cached by text hash under the index root's
    /// <c>vectors/</c> directory.
    /// </summary>
    public EmbeddingMode Embeddings { get; set; } = EmbeddingMode.Auto;

    public IReadOnlyList<string> SourceList() =>
        Sources.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
