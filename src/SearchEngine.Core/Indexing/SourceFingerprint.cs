using System.Security.Cryptography;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// A hash over the source files (names, sizes, contents), so a server can tell whether the pages changed since
/// its index was built and rebuild only then.
/// </summary>
public static class SourceFingerprint
{
    /// <summary>The files a set of source paths stands for (directories expanded, sorted by name).</summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p).OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                : File.Exists(p) ? [p] : Enumerable.Empty<string>())
            .ToList();

    /// <summary>
    /// A cheap stand-in for <see cref="Compute"/> that reads no contents: file names, sizes and last-write times. A
    /// running server polls it and computes the fingerprint only when it changes.
    /// </summary>
    public static string Stamp(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files(paths))
        {
            var info = new FileInfo(file);
            // why: a file removed between listing and reading is a change like any other, seen at the next poll.
            var (length, written) = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1L, 0L);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{file}\0{length}\0{written}\0"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Compute(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files(paths))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
            using var stream = File.OpenRead(file);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
