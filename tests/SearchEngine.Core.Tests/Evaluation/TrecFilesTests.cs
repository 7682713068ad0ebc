using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Evaluation;

public sealed class TrecFilesTests
{
    [Fact]
    public void Qrels_parse_grades_per_query_and_ignore_the_iteration_column()
    {
        var qrels = TrecQrels.Parse("1 0 d1 1\n1 0 d2 0\n\n2 Q0 d3 2\n3 0 d4 0\n");
        Assert.Equal(new Dictionary<string, int> { ["d1"] = 1, ["d2"] = 0 }, qrels.For("1"));
        Assert.Equal(2, qrels.For("2")["d3"]);
        Assert.True(qrels.HasRelevant("1"));
        Assert.False(qrels.HasRelevant("3"));
        Assert.False(qrels.HasRelevant("unknown"));
        Assert.Empty(qrels.For("unknown"));
    }

    [Fact]
    public void Qrels_with_a_bad_line_fail_naming_the_line()
    {
        var e = Assert.Throws<FormatException>(() => TrecQrels.Parse("1 0 d1 1\n1 0 d2\n"));
        Assert.StartsWith("qrels line 2:", e.Message);
        Assert.Throws<FormatException>(() => TrecQrels.Parse("1 0 d1 yes\n"));
    }

    [Fact]
    public void Run_lines_are_qid_Q0_docid_rank_score_tag()
    {
        var writer = new StringWriter { NewLine = "\n" };
        TrecRun.Write(writer, "7", [new ScoredId("d9", 12.5f), new ScoredId("d2", 3.25f)], "tag");
        Assert.Equal("7 Q0 d9 1 12.5 tag\n7 Q0 d2 2 3.25 tag\n", writer.ToString());
    }

    [Fact]
    public void Run_files_stop_at_1000_documents_per_query()
    {
        var writer = new StringWriter();
        TrecRun.Write(writer, "1", Enumerable.Range(0, 1200).Select(i => new ScoredId("d" + i, 1200 - i)).ToList(), "t");
        Assert.Equal(1000, writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
