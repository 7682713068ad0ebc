using Lucene.Net.Store;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Indexing;

public sealed class PositionalReadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string FileOf(int length) => PatternedFile.Write(_dir, length);

    private static byte Expected(long i) => PatternedFile.ByteAt(i);

    [Theory]
    [InlineData(1024)]
    [InlineData(8192)]
    public void Reads_every_byte_in_place_across_refills_seeks_and_reads_larger_than_the_buffer(int bufferSize)
    {
        using var input = new PositionalReadInput(FileOf(50_000), bufferSize);
        PatternedFile.AssertReadsInPlace(input);
    }

    [Fact]
    public void Reading_past_the_end_throws_end_of_stream()
    {
        using var input = new PositionalReadInput(FileOf(100), 1024);
        input.Seek(99);
        Assert.Equal(Expected(99), input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        input.Seek(50);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[2_000], 0, 2_000));
    }

    [Fact]
    public void Clones_read_on_their_own_positions_at_once_and_only_the_original_closes_the_file()
    {
        var input = new PositionalReadInput(FileOf(200_000), 1024);
        var clones = Enumerable.Range(0, 4).Select(_ => (IndexInput)input.Clone()).ToArray();
        // Each clone walks the file from its own start on its own thread.
        Parallel.For(0, clones.Length, c =>
        {
            var clone = clones[c];
            clone.Seek(c * 40_000);
            for (long i = c * 40_000; i < c * 40_000 + 40_000; i++)
            {
                if (clone.ReadByte() != Expected(i)) throw new InvalidDataException($"clone {c} at {i}");
            }
        });
        clones[0].Dispose();
        clones[1].Seek(7);
        Assert.Equal(Expected(7), clones[1].ReadByte());
        input.Dispose();
        clones[2].Seek(150_000);
        Assert.ThrowsAny<ObjectDisposedException>(() => clones[2].ReadByte());
    }

    [Fact]
    public void A_file_deleted_while_open_stays_readable()
    {
        var path = FileOf(10_000);
        using var input = new PositionalReadInput(path, 1024);
        File.Delete(path);
        input.Seek(9_000);
        Assert.Equal(Expected(9_000), input.ReadByte());
    }

    [Fact]
    public void A_missing_file_is_file_not_found_as_Lucene_expects()
    {
        using var directory = new IndexDirectory(new DirectoryInfo(_dir.Path));
        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("segments_9", IOContext.READ));
    }
}
