namespace SearchEngine.Core.Indexing;

/// <summary>
/// A process's claim on one generation directory: a <c>lease-*.lock</c> file inside it, held open with an exclusive
/// advisory lock while the generation is being built or read. <see cref="IndexLocation.RemoveUnused"/> deletes a
/// generation only when none of its lease files is still locked, so a server reading an old generation keeps it
/// until its last searcher is released, and a killed process's lease (the kernel drops its lock) does not count.
/// </summary>
public sealed class GenerationLease : IDisposable
{
    private const string Prefix = "lease-";
    private const string Extension = ".lock";
    private readonly FileStream _stream;
    private readonly string _path;

    private GenerationLease(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    public string Generation => Path.GetDirectoryName(_path)!;

    /// <summary>Claims <paramref name="generationDir"/> for this process.</summary>
    public static GenerationLease Take(string generationDir)
    {
        var path = Path.Combine(generationDir, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}{Extension}");
        return new GenerationLease(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None), path);
    }

    /// <summary>True when some live process holds a lease on <paramref name="generationDir"/>.</summary>
    public static bool IsHeld(string generationDir)
    {
        if (!Directory.Exists(generationDir)) return false;
        foreach (var file in Directory.EnumerateFiles(generationDir, Prefix + "*" + Extension))
        {
            try
            {
                // why: opening exclusively succeeds only when the lock is free, i.e. its holder released it or died.
                using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (FileNotFoundException)
            {
            }
            catch (IOException)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for the lease files Lucene must not see as index files.</summary>
    public static bool IsLeaseFile(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal);

    public void Dispose()
    {
        _stream.Dispose();
        try { File.Delete(_path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
