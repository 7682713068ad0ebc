using SearchEngine.Core.Schema;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Builds a complete index beside the live one and switches to it only when done (see <see cref="IndexLocation"/>).
/// </summary>
public static class IndexBuilder
{
    public static IndexMeta Build(IndexLocation location, IEnumerable<Paper> papers, IndexMeta meta,
        IProgress<int>? progress = null) => Build(location, papers, meta, progress, out _);

    /// <summary>As above; <paramref name="commitTime"/> is how long the final commit took.</summary>
    public static IndexMeta Build(IndexLocation location, IEnumerable<Paper> papers, IndexMeta meta,
        IProgress<int>? progress, out TimeSpan commitTime)
    {
        var generation = location.CreateNextGeneration();
        try
        {
            int count;
            using (var directory = PaperIndex.OpenDirectory(generation))
            {
                count = IndexWriting.WriteAll(directory, papers, meta.Analyzer, progress, out commitTime);
            }
            var written = meta with { Papers = count, BuiltAt = DateTimeOffset.UtcNow, SchemaVersion = IndexMeta.CurrentSchemaVersion,
                DimensionsFingerprint = Dimensions.Fingerprint };
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
