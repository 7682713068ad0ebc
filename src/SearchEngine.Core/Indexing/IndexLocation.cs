namespace SearchEngine.Core.Indexing;

/// <summary>
/// The on-disk layout of an index root: generations <c>gen-000001/</c>, <c>gen-000002/</c>… and a file
/// <c>CURRENT</c> naming the live one. A rebuild writes a new generation beside the live one and switches by
/// atomically renaming a new <c>CURRENT</c> over the old, so a failed or killed build never leaves a broken or
/// half index behind: readers see the old generation or the new one, never a mix.
/// <para/>A generation is deleted only when it is neither live nor leased (<see cref="GenerationLease"/>): an old
/// one after its last reader let go, a newer partial one (a killed build) when no builder holds the
/// <see cref="IndexLock"/>.
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

    /// <summary>The name <c>CURRENT</c> holds (e.g. <c>gen-000002</c>), or null; cheap enough to poll.</summary>
    public string? CurrentName
    {
        get
        {
            try
            {
                var pointer = Path.Combine(Root, CurrentFile);
                return File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>The file whose replacement announces a new live generation (watched by the server).</summary>
    public static string PointerFileName => CurrentFile;

    /// <summary>Creates an empty directory for the next generation (not yet live).</summary>
    public string CreateNextGeneration()
    {
        Directory.CreateDirectory(Root);
        var next = Generations().Select(Number).DefaultIfEmpty(0).Max() + 1;
        var dir = Path.Combine(Root, $"{Prefix}{next:D6}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// Makes <paramref name="generationDir"/> live (atomic rename), then removes older generations nobody reads.
    /// </summary>
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
        RemoveUnused(builderLockHeld: false);
    }

    /// <summary>Deletes a generation that never went live (failed build).</summary>
    public static void Discard(string generationDir)
    {
        if (Directory.Exists(generationDir)) Directory.Delete(generationDir, recursive: true);
    }

    /// <summary>
    /// Deletes every generation that is not live and not leased. Older generations go as soon as their readers
    /// let go; newer ones (partial builds) only when <paramref name="builderLockHeld"/> says no build can be running.
    /// </summary>
    public void RemoveUnused(bool builderLockHeld)
    {
        var live = Current is { } current ? Number(current) : 0;
        foreach (var dir in Generations())
        {
            var n = Number(dir);
            if (n == live || (n > live && !builderLockHeld) || GenerationLease.IsHeld(dir)) continue;
            // why: a failure here only leaves disk space behind (retried at the next publish or start).
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Removes what killed processes left behind (partial generations, unread old ones), when no builder runs.
    /// Called at server start.
    /// </summary>
    public void RemoveOrphans()
    {
        using var held = IndexLock.TryAcquire(Root);
        RemoveUnused(builderLockHeld: held is not null);
    }

    private IEnumerable<string> Generations() =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root, Prefix + "*").Select(Path.GetFullPath)
            : [];

    private static int Number(string dir) =>
        int.TryParse(Path.GetFileName(dir).AsSpan(Prefix.Length), out var n) ? n : 0;
}
