using SearchEngine.Cli;
using SearchEngine.Core.Tests.Builders;
using SearchEngine.Tools.Bench;

namespace SearchEngine.Tools.Tests.Bench;

public sealed class QueryFileTests
{
    [Fact]
    public void Written_queries_read_back_identically()
    {
        using var dir = new TempDir();
        var path = dir.File("q.tsv");
        QueryFile.Write(path, ["vision transformer", "cheap\toperations"]);

        Assert.Equal(["vision transformer", "cheap operations"], QueryFile.Read(path));
        Assert.Equal("1\tvision transformer\n2\tcheap operations\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("1\tgood\nno tab here\n", 2)]
    [InlineData("1\tgood\n2\t  \n", 2)]
    [InlineData("\tno id\n", 1)]
    public void A_malformed_line_fails_naming_the_file_and_line(string content, int line)
    {
        using var dir = new TempDir();
        var path = dir.Write("q.tsv", content);

        var e = Assert.Throws<CliException>(() => QueryFile.Read(path));

        Assert.StartsWith($"{path}:{line}: expected 'qid<TAB>query text'", e.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, e.ExitCode);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var e = Assert.Throws<CliException>(() => QueryFile.Read("/nonexistent/q.tsv"));
        Assert.Equal("query file not found: /nonexistent/q.tsv", e.Message);
    }
}
