using System.Text;
using System.Text.Json;
using SearchEngine.Core.Exchange;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Journal;

/// <summary>
/// The durable log of papers written through the API or <c>searchengine add/delete</c>: <c>journal.jsonl</c> at the
/// index root, append-only, one change per line (<c>{"op":"upsert","paper":{…exchange schema…}}</c> or
/// <c>{"op":"delete","id":"…"}</c>), fsynced before a write is acknowledged.
/// </summary>
/// <remarks>
/// why a log beside the generations: a rebuild reads the sources, which do not hold these papers. Every build
/// replays the whole log after the sources (<see cref="Replay"/>) and records how far it read
/// (<see cref="Indexing.IndexMeta.JournalOffset"/>); a server opening a generation applies the rest. So written
/// papers survive rebuilds, restarts and <c>kill -9</c>. Appends from several processes are serialized by a short
/// lock on <c>journal.lock</c>; a line cut by a crash (no final newline) was never acknowledged and is ignored.
/// </remarks>
public sealed class ChangeJournal(string root)
{
    public const string FileName = "journal.jsonl";
    private const string LockName = "journal.lock";
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public string Path { get; } = System.IO.Path.Combine(root, FileName);

    /// <summary>Bytes in the log now (complete or not); cheap enough to poll.</summary>
    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>Appends <paramref name="entries"/> and flushes them to disk; returns the log's new length.</summary>
    public long Append(IReadOnlyList<JournalEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries) text.Append(Serialize(entry)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var held = AcquireLock();
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite);
        // why: a crash mid-append leaves a cut last line; the next append starts on a fresh line after it.
        var end = stream.Seek(0, SeekOrigin.End);
        if (end > 0 && !EndsWithNewline(end)) stream.WriteByte((byte)'\n');
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    /// <summary>
    /// The complete entries from byte <paramref name="offset"/> on; <paramref name="end"/> is where reading stopped
    /// (after the last complete line), the offset to continue from. Unreadable lines are skipped (never written by
    /// <see cref="Append"/>; reported in <paramref name="issues"/>).
    /// </summary>
    public IReadOnlyList<JournalEntry> ReadFrom(long offset, out long end, ICollection<IngestIssue>? issues = null)
    {
        end = offset;
        var entries = new List<JournalEntry>();
        if (!File.Exists(Path)) return entries;
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (offset >= stream.Length) return entries;
        stream.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[stream.Length - offset];
        stream.ReadExactly(buffer);
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] != (byte)'\n') continue;
            var line = Encoding.UTF8.GetString(buffer, start, i - start);
            if (!string.IsNullOrWhiteSpace(line))
            {
                try
                {
                    entries.Add(Deserialize(line));
                }
                catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
                {
                    issues?.Add(new IngestIssue(FileName, 0, $"unreadable entry at byte {offset + start}: {e.Message}"));
                }
            }
            start = i + 1;
        }
        end = offset + start;
        return entries;
    }

    /// <summary>Applies <paramref name="entries"/> in order to papers keyed by id (upserts replace, deletes remove).</summary>
    public static void Replay(IEnumerable<JournalEntry> entries, IDictionary<string, Paper> papers)
    {
        foreach (var entry in entries)
        {
            if (entry.Paper is { } paper) papers[entry.Id] = paper;
            else papers.Remove(entry.Id);
        }
    }

    private bool EndsWithNewline(long length)
    {
        using var read = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        read.Seek(length - 1, SeekOrigin.Begin);
        return read.ReadByte() == '\n';
    }

    private FileStream AcquireLock()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, LockName);
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // why: an exclusive open takes an advisory flock the kernel drops if the holder dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(5);
            }
        }
    }

    private static string Serialize(JournalEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (entry.Paper is { } paper)
            {
                json.WriteString("op", "upsert");
                json.WritePropertyName("paper");
                JsonSerializer.Serialize(json, PaperJsonMapper.ToJson(paper), PaperJsonContext.Default.PaperJson);
            }
            else
            {
                json.WriteString("op", "delete");
                json.WriteString("id", entry.Id);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JournalEntry Deserialize(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var op = root.GetProperty("op").GetString();
        if (op == "delete") return JournalEntry.Delete(root.GetProperty("id").GetString() ?? throw new FormatException("delete without id"));
        if (op != "upsert") throw new FormatException($"unknown op '{op}'");
        var json = root.GetProperty("paper").Deserialize(PaperJsonContext.Default.PaperJson)
            ?? throw new FormatException("upsert without paper");
        return JournalEntry.Upsert(WrittenPaper.FromJson(json, new SourceRef(FileName, "journal", 0, 0), out var error)
            ?? throw new FormatException(error));
    }
}
