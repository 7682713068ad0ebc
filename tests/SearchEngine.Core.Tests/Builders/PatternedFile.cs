namespace SearchEngine.Core.Tests.Builders;

/// <summary>
/// A file whose byte at i is (i * 7 + i / 251) mod 256: no period that a buffer size shares, so a read from the
/// wrong place shows. For the tests of the index inputs.
/// </summary>
public static class PatternedFile
{
    /// <summary>Writes <paramref name="length"/> bytes of the pattern as <paramref name="name"/> in <paramref name="dir"/>.</summary>
    public static string Write(TempDir dir, int length, string name = "data.bin")
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = ByteAt(i);
        var path = dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The pattern's byte at position <paramref name="i"/>.</summary>
    public static byte ByteAt(long i) => (byte)(i * 7 + i / 251);

    /// <summary>
    /// Checks that <paramref name="input"/>, over a 50,000-byte patterned file, reads every byte in place: a run from
    /// the start, a byte after a seek forward, and a read far larger than any buffer after a seek back.
    /// </summary>
    public static void AssertReadsInPlace(Lucene.Net.Store.IndexInput input)
    {
        Assert.Equal(50_000, input.Length);
        for (var i = 0; i < 3_000; i++) Assert.Equal(ByteAt(i), input.ReadByte());
        input.Seek(40_001);
        Assert.Equal(ByteAt(40_001), input.ReadByte());
        input.Seek(100);
        var big = new byte[20_000];
        input.ReadBytes(big, 0, big.Length);
        for (var i = 0; i < big.Length; i++) Assert.Equal(ByteAt(100 + i), big[i]);
        Assert.Equal(20_100, input.Position);
    }
}
