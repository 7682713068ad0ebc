using SearchEngine.Core.Indexing;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Relevance;

/// <summary>The five seed pages ingested and indexed once, in memory, with the default options (read-only).</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Papers = PaperIngester.Ingest([TestPaths.SeedsDir]).Papers;
        Index = PaperIndex.InMemory(Papers);
    }

    public IReadOnlyList<Paper> Papers { get; }
    public PaperIndex Index { get; }

    public Paper ByTitle(string title) => Papers.Single(p => p.Title == title);

    public void Dispose() => Index.Dispose();
}
