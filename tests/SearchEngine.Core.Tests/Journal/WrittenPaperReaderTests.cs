using SearchEngine.Core.Journal;

namespace SearchEngine.Core.Tests.Journal;

public sealed class WrittenPaperReaderTests
{
    private const string Stream = """
        {"id":"a","title":"Ghost Modules","year":2020}

        not json
        {"id":"b","title":"Bad Year","year":"abc"}
        {"id":"c"}
        [1,2]
        {"title":"No Id Given"}
        """;

    [Fact]
    public async Task Each_line_is_a_paper_or_a_reason_with_its_line_number()
    {
        var lines = new List<WrittenLine>();
        await foreach (var line in WrittenPaperReader.ReadAsync(new StringReader(Stream), "papers.jsonl")) lines.Add(line);

        // why: the blank line 2 is skipped but counted, so numbers match what an editor shows.
        Assert.Equal([1, 3, 4, 5, 6, 7], lines.Select(l => l.Line));
        Assert.Equal("a", lines[0].Paper!.Id);
        Assert.Equal(2020, lines[0].Paper!.Year);
        Assert.StartsWith("invalid JSON: ", lines[1].Error);
        Assert.Equal("invalid value at $.year: not of the type docs/data-format.md gives for it", lines[2].Error);
        Assert.Equal("missing title", lines[3].Error);
        Assert.NotNull(lines[4].Error);
        Assert.NotNull(lines[5].Paper);
        Assert.All(lines, l => Assert.True((l.Paper is null) != (l.Error is null)));
    }

    [Fact]
    public async Task The_sync_and_async_readers_agree()
    {
        var sync = WrittenPaperReader.Read(new StringReader(Stream), "papers.jsonl").ToList();
        var async = new List<WrittenLine>();
        await foreach (var line in WrittenPaperReader.ReadAsync(new StringReader(Stream), "papers.jsonl")) async.Add(line);

        Assert.Equal(sync.Select(l => (l.Line, l.Paper?.Id, l.Error)), async.Select(l => (l.Line, l.Paper?.Id, l.Error)));
    }

    [Fact]
    public void A_paper_remembers_the_stream_and_line_it_came_from()
    {
        var line = WrittenPaperReader.Parse("""{"id":"x","title":"T"}""", "api", 7);

        var source = Assert.Single(line.Paper!.Sources);
        Assert.Equal(("api", 7), (source.File, source.Line));
    }

    [Fact]
    public void Error_text_names_no_dotnet_type()
    {
        var line = WrittenPaperReader.Parse("""{"title":"T","authors":{"a":1}}""", "api", 1);

        Assert.Null(line.Paper);
        Assert.DoesNotContain("System.", line.Error);
        Assert.StartsWith("invalid value at $.authors", line.Error);
    }
}
