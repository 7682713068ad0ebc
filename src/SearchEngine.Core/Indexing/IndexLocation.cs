namespace SearchEngine.Core.Indexing;

/// <summary>
/// The on-disk layout of an index root: generations <c>gen-000001/</c>, <c>gen-000002/</c>… and a file
/// <c>CURRENT</c> naming the live one. A rebuild writes a new generation beside the live one and switches by
/// atomically renaming a new <c>CURRENT</c> over the old, so a failed or killed build never leaves a broken or
/// half index behind: readers see the old generation or the new one, never a mix.
/// </summary>
public sealed class IndexLocation(string root)
{
    private const string CurrentFile = "CURRENT";
    private const string Prefix = "gen-";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The live generation directory, or null when no complete index exists.</summary>
    public string? Current
    {
        get
        {
            var pointer = Path.Combine(Root, CurrentFile);
            if (!File.Exists(pointer)) return null;
            var name = File.ReadAllText(pointer).Trim();
            var dir = Path.Combine(Root, name);
            return name.StartsWith(Prefix, StringComparison.Ordinal) && Directory.Exists(dir) ? dir : null;
        }
    }

    public bool Exists => Current is not null;

    /// <summary>Creates an empty directory for the next generation (not yet live).</summary>
    public string CreateNextGeneration()
    {
        Directory.CreateDirectory(Root);
        var next = Generations().Select(Number).DefaultIfEmpty(0).Max() + 1;
        var dir = Path.Combine(Root, $"{Prefix}{next:D6}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Makes <paramref name="generationDir"/> live (atomic rename), then removes older generations.</summary>
    public void Publish(string generationDir)
    {
        var pointer = Path.Combine(Root, CurrentFile);
        var temp = pointer + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(generationDir));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, pointer, overwrite: true);
        RemoveAllBut(generationDir);
    }

    /// <summary>Deletes a generation that never went live (failed build).</summary>
    public static void Discard(string generationDir)
    {
        if (Directory.Exists(generationDir)) Directory.Delete(generationDir, recursive: true);
    }

    private void RemoveAllBut(string keep)
    {
        foreach (var dir in Generations().Where(d => !string.Equals(d, keep, StringComparison.Ordinal)))
        {
            // why: on Linux, searchers still holding files of an old generation keep reading them after
            // unlink; a failure here only leaves disk space behind, never a broken index.
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private IEnumerable<string> Generations() =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root, Prefix + "*").Select(Path.GetFullPath)
            : [];

    private static int Number(string dir) =>
        int.TryParse(Path.GetFileName(dir).AsSpan(Prefix.Length), out var n) ? n : 0;
}
