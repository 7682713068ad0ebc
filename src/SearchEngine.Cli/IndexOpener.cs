using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;

namespace SearchEngine.Cli;

/// <summary>Opens the index read-only for query commands, turning a missing index into a clear CLI error.</summary>
public static class IndexOpener
{
    public static PaperIndex Open(string path, RankingOptions? ranking = null)
    {
        var location = new IndexLocation(path);
        if (!location.Exists)
        {
            throw new CliException($"no index at '{path}': build it with 'searchengine index --index {path}'", ExitCodes.NoIndex);
        }
        return PaperIndex.Open(location, ranking);
    }
}
