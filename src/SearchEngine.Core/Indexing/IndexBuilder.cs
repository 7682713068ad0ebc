using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Builds a complete index beside the live one and switches to it only when done (see <see cref="IndexLocation"/>).
/// </summary>
public static class IndexBuilder
{
    public static IndexMeta Build(IndexLocation location, IEnumerable<Paper> papers, IndexMeta meta,
        IProgress<int>? progress = null)
    {
        var generation = location.CreateNextGeneration();
        try
        {
            int count;
            using (var directory = PaperIndex.OpenDirectory(generation))
            {
                count = IndexWriting.WriteAll(directory, papers, meta.Analyzer, progress);
            }
            var written = meta with { Papers = count, BuiltAt = DateTimeOffset.UtcNow, SchemaVersion = IndexMeta.CurrentSchemaVersion };
            written.Write(generation);
            location.Publish(generation);
            return written;
        }
        catch
        {
            // why: a failed build must not leave a half-written generation behind; the live one is untouched.
            IndexLocation.Discard(generation);
            throw;
        }
    }
}
