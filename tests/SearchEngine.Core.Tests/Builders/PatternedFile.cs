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
}
