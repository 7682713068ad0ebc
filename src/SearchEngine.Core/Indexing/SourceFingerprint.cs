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
