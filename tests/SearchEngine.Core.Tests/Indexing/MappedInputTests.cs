using System.Runtime.CompilerServices;
using Lucene.Net.Store;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Indexing;

public sealed class MappedInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string FileOf(int length, string name = "data.bin") => PatternedFile.Write(_dir, length, name);

    private static byte Expected(long i) => PatternedFile.ByteAt(i);

    [Fact]
    public void Reads_every_byte_in_place_across_seeks_and_large_reads()
    {
        using var input = new MappedInput(FileOf(50_000));
        PatternedFile.AssertReadsInPlace(input);
    }

    [Fact]
    public void Numbers_written_by_Lucene_read_back_as_the_positional_input_reads_them_up_to_the_last_byte()
    {
        var random = new Random(11);
        var path = _dir.File("numbers.bin");
        var ints = Enumerable.Range(0, 2_000).Select(_ => random.Next(int.MinValue, int.MaxValue)).ToArray();
        var longs = Enumerable.Range(0, 2_000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)).ToArray();
        // Variable-length numbers of every length, with the longest last so that the reads near the end of the file
        // take the careful path (fewer bytes left than the longest number).
        var vints = ints.Select(i => i >>> random.Next(32)).Append(-1).ToArray();
        var vlongs = longs.Select(l => (l & long.MaxValue) >>> random.Next(63)).Append(long.MaxValue).ToArray();
        using (var output = new SimpleFSDirectory(new DirectoryInfo(_dir.Path)).CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < ints.Length; i++)
            {
                output.WriteInt16((short)ints[i]);
                output.WriteInt32(ints[i]);
                output.WriteInt64(longs[i]);
                output.WriteByte((byte)i);
            }
            foreach (var v in vlongs) output.WriteVInt64(v);
            foreach (var v in vints) output.WriteVInt32(v);
        }
        foreach (var input in new IndexInput[] { new MappedInput(path), new PositionalReadInput(path, 1024) })
        {
            using (input)
            {
                for (var i = 0; i < ints.Length; i++)
                {
                    Assert.Equal((short)ints[i], input.ReadInt16());
                    Assert.Equal(ints[i], input.ReadInt32());
                    Assert.Equal(longs[i], input.ReadInt64());
                    Assert.Equal((byte)i, input.ReadByte());
                }
                foreach (var v in vlongs) Assert.Equal(v, input.ReadVInt64());
                foreach (var v in vints) Assert.Equal(v, input.ReadVInt32());
                Assert.Equal(input.Length, input.Position);
            }
        }
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_throws_end_of_stream()
    {
        using var input = new MappedInput(FileOf(100));
        input.Seek(99);
        Assert.Equal(Expected(99), input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        input.Seek(97);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadInt64());
        Assert.Equal(97, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[10], 0, 10));
        Assert.Throws<EndOfStreamException>(() => input.Seek(101));
        input.Seek(100);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
    }

    [Fact]
    public void A_variable_length_number_cut_off_by_the_end_of_the_file_throws_end_of_stream()
    {
        var path = _dir.File("cut.bin");
        File.WriteAllBytes(path, [0x80, 0x80, 0x80]);
        using var input = new MappedInput(path);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
    }

    [Fact]
    public void A_variable_length_int_with_more_than_32_bits_is_rejected_as_Lucene_rejects_it()
    {
        var path = _dir.File("wide.bin");
        File.WriteAllBytes(path, [0xFF, 0xFF, 0xFF, 0xFF, 0x1F, 0, 0, 0, 0, 0]);
        using var mapped = new MappedInput(path);
        Assert.Throws<IOException>(() => mapped.ReadVInt32());
        using var positional = new PositionalReadInput(path, 1024);
        Assert.Throws<IOException>(() => positional.ReadVInt32());
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        using var input = new MappedInput(FileOf(0));
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Clones_read_on_their_own_positions_at_once_and_outlive_the_closed_original_and_the_deleted_file()
    {
        var path = FileOf(200_000);
        var input = new MappedInput(path);
        var clones = Enumerable.Range(0, 4).Select(_ => (IndexInput)input.Clone()).ToArray();
        Parallel.For(0, clones.Length, c =>
        {
            var clone = clones[c];
            clone.Seek(c * 40_000);
            for (long i = c * 40_000; i < c * 40_000 + 40_000; i++)
            {
                if (clone.ReadByte() != Expected(i)) throw new InvalidDataException($"clone {c} at {i}");
            }
        });
        input.Dispose();
        File.Delete(path);
        // why: a search may still hold a clone of a closed segment's file; reading it must not touch unmapped memory.
        clones[2].Seek(150_000);
        Assert.Equal(Expected(150_000), clones[2].ReadByte());
        Assert.Throws<ObjectDisposedException>(() => input.Seek(0));
        Assert.Throws<ObjectDisposedException>(() => input.Clone());
    }

    [Fact]
    public void The_mapping_is_released_once_no_input_of_the_file_is_reachable()
    {
        var path = FileOf(100_000, "released.bin");
        ReadAndDropThroughAClone(path);
        Assert.True(ReleasedAfterCollections(path), $"{path} is still mapped");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadAndDropThroughAClone(string path)
    {
        var input = new MappedInput(path);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        clone.Seek(99_999);
        Assert.Equal(Expected(99_999), clone.ReadByte());
        Assert.True(IsMapped(path), "the file should be mapped while a clone is reachable");
    }

    private static bool ReleasedAfterCollections(string path)
    {
        // The inputs' mapping is finalized first, then the view's handle (a critical finalizer) unmaps the file.
        for (var i = 0; i < 3 && IsMapped(path); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return !IsMapped(path);
    }

    private static bool IsMapped(string path) => File.ReadLines("/proc/self/maps").Any(line => line.Contains(path, StringComparison.Ordinal));
}
