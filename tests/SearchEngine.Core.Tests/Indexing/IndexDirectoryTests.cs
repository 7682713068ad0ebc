using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Indexing;

public sealed class IndexDirectoryTests : IDisposable
{
    private readonly TempDir _root = new();

    public void Dispose() => _root.Dispose();

    private string BuildIndex()
    {
        var location = new IndexLocation(_root.Path);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        return location.Current!;
    }

    [Fact]
    public void Searches_read_every_index_file_mapped_and_merges_read_through_positional_reads_with_Lucenes_merge_buffer()
    {
        var generation = BuildIndex();
        using var directory = PaperIndex.OpenDirectory(generation);
        var files = directory.ListAll().Where(f => f.StartsWith('_')).ToList();
        Assert.NotEmpty(files);
        foreach (var name in files)
        {
            using var input = directory.OpenInput(name, IOContext.READ);
            Assert.IsType<MappedInput>(input);
            using var merged = directory.OpenInput(name, new IOContext(new MergeInfo(1, 1, false, 1)));
            Assert.Equal(BufferedIndexInput.MERGE_BUFFER_SIZE, Assert.IsType<PositionalReadInput>(merged).BufferSize);
        }
    }

    [Fact]
    public void An_index_read_through_it_finds_what_Lucenes_own_directory_finds()
    {
        var generation = BuildIndex();
        using var index = PaperIndex.Open(new IndexLocation(_root.Path));
        using var stock = Lucene.Net.Index.DirectoryReader.Open(new NIOFSDirectory(new DirectoryInfo(generation)));
        using var context = index.Searchers.GetContext();
        var reader = context.Reference.IndexReader;
        Assert.Equal(stock.MaxDoc, reader.MaxDoc);
        foreach (var word in new[] { "graph", "neural", "learning", "vision" })
        {
            var term = new Lucene.Net.Index.Term(Core.Schema.PaperFields.Text, word);
            Assert.Equal(stock.DocFreq(term), reader.DocFreq(term));
        }
        var total = new SearchService(index).Search(new SearchRequest { Query = "graph neural" }).Total;
        Assert.True(total > 0);
    }
}
