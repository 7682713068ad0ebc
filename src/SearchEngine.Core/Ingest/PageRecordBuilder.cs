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

    /// <summary>
    /// Splits a page into records: a block for which <paramref name="headerOf"/> matches (given the count the page
    /// stated so far) starts a record, the following blocks are its body; blocks before the first record are page
    /// chrome, where <paramref name="statedCount"/> looks for the number of records the page says it lists.
    /// The last record ends the input (no page ends with a newline), and the stated count is checked at the end.
    /// </summary>
    public static IEnumerable<PaperRecord> ReadAll(TextReader text, string file, string kind, ICollection<IngestIssue> issues,
        Func<PageBlock, int?, Match> headerOf, Func<Pending, ICollection<IngestIssue>, PaperRecord?> build,
        Func<string, int?>? statedCount = null)
    {
        var builder = new PageRecordBuilder(file, kind, issues);
        int? stated = null;
        foreach (var block in PageBlock.ReadAll(text))
        {
            var header = headerOf(block, stated);
            if (header.Success)
            {
                if (builder.Flush(build) is { } done)
                {
                    yield return done;
                }
                builder.Start(block, header);
            }
            else if (builder.InRecord)
            {
                builder.Add(block);
            }
            else if (statedCount is not null)
            {
                stated ??= statedCount(string.Join('\n', block.Lines));
            }
        }
        if (builder.Flush(build) is { } last)
        {
            yield return last;
        }
        builder.CheckCount(stated);
    }

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
