using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Shared bookkeeping for page readers: collects the blocks of the current record (from its header to the
/// next header or end of input), numbers records, and checks the page's stated count.
/// </summary>
internal sealed class PageRecordBuilder(string file, string kind, ICollection<IngestIssue> issues)
{
    /// <summary>A record's header match, its provenance and the blocks after the header.</summary>
    internal sealed record Pending(Match Header, SourceRef Source, List<PageBlock> Body);

    private Pending? _current;
    private int _ordinal;
    private int _read;

    public bool InRecord => _current is not null;

    /// <summary>Starts a record at <paramref name="block"/>; further lines of the same block join the body.</summary>
    public void Start(PageBlock block, Match header)
    {
        _current = new Pending(header, new SourceRef(file, kind, ++_ordinal, block.Line), []);
        if (block.Lines.Count > 1)
        {
            _current.Body.Add(new PageBlock(block.Line + 1, block.Lines.Skip(1).ToList()));
        }
    }

    public void Add(PageBlock block) => _current?.Body.Add(block);

    /// <summary>Closes the current record; returns it, or null (with an issue) when incomplete.</summary>
    public PaperRecord? Flush(Func<Pending, ICollection<IngestIssue>, PaperRecord?> build)
    {
        if (_current is null)
        {
            return null;
        }
        var record = build(_current, issues);
        _current = null;
        if (record is not null)
        {
            _read++;
        }
        return record;
    }

    /// <summary>Reports a page that states a count different from what was read (a cut or changed page).</summary>
    public void CheckCount(int? stated)
    {
        if (stated is { } n && n != _read)
        {
            issues.Add(new IngestIssue(file, 0, $"page states {n} records but {_read} were read"));
        }
        if (_ordinal == 0)
        {
            issues.Add(new IngestIssue(file, 0, "no records found"));
        }
    }
}
