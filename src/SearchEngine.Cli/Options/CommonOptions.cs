using System.CommandLine;
using SearchEngine.Core.Embeddings;

namespace SearchEngine.Cli.Options;

/// <summary>Options shared by several commands, defined once.</summary>
public static class CommonOptions
{
    public const string DefaultSourceDir = "index-data/seeds";
    public const string DefaultIndexDir = "index-data/index";

    public static Option<string[]> Source() => new("--source")
    {
        Description = "Seed pages, .jsonl/.jsonl.gz files or directories to read (repeatable).",
        DefaultValueFactory = _ => [DefaultSourceDir],
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "Index directory.",
        DefaultValueFactory = _ => DefaultIndexDir,
    };

    /// <summary>How long to wait for another process's index lock (build, add, delete) before giving up.</summary>
    public static Option<int> Wait() => new("--wait")
    {
        Description = "Seconds to wait while another process builds or writes the index (default 0: stop at once).",
        DefaultValueFactory = _ => 0,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print machine-readable JSON instead of a table.",
    };

    /// <summary><c>--embeddings auto|on|off</c>: as the server's Index:Embeddings setting.</summary>
    public static Option<EmbeddingMode> Embeddings() => new("--embeddings")
    {
        Description = "Embeddings (semantic and hybrid modes): auto (on when the model file is present), on, off.",
        DefaultValueFactory = _ => EmbeddingMode.Auto,
    };

    /// <summary>
    /// Where vectors are cached by text hash outside an index (eval): reruns embed nothing they embedded before.
    /// </summary>
    public static Option<string> VectorCache() => new("--vectors")
    {
        Description = "Vector cache directory (default: ~/.local/share/searchengine/vectors).",
        DefaultValueFactory = _ => Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "searchengine", "vectors"),
    };

    /// <summary>
    /// Fails with one clear line naming every source path that does not exist.
    /// why: checked up front so a typo is not a stack trace from deep inside ingestion.
    /// </summary>
    public static void RequireSources(IEnumerable<string> sources)
    {
        var missing = sources.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new CliException($"source not found: {string.Join(", ", missing)}", ExitCodes.NothingRead);
        }
    }
}
