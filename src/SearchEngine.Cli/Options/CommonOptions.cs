using System.CommandLine;

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
