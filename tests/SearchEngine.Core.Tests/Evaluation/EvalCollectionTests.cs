using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Evaluation;

public sealed class EvalCollectionTests
{
    private static void WriteCollection(TempDir dir, bool links = true)
    {
        dir.Write("corpus.jsonl", """
            {"id": "4", "title": "Glossary of Computer Engineering and Programming Terminology", "abstract": "", "authors": [], "year": 1958}
            {"id": "7", "title": "Glossary of Computer Engineering and Programming Terminology", "abstract": "", "authors": [], "year": 1958}
            {"id": "9", "title": "Proposal for an UNCOL", "abstract": "A universal computer oriented language.", "authors": ["Conway, M. E."], "year": 1958}
            """);
        dir.Write("queries.tsv", "1\tglossary of terminology\n2\tuniversal language\n");
        dir.Write("qrels.txt", "1 0 4 1\n1 0 7 1\n2 0 9 1\n");
        if (links) dir.Write("links.tsv", "4\t9\n");
    }

    [Fact]
    public void Papers_sharing_a_title_stay_distinct_with_their_corpus_ids_and_links_are_undirected()
    {
        using var dir = new TempDir();
        WriteCollection(dir);
        var c = EvalCollection.Load(dir.Path);
        Assert.Equal(["4", "7", "9"], c.Papers.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal([("1", "glossary of terminology"), ("2", "universal language")], c.Queries);
        Assert.Equal(["9"], c.Links["4"]);
        Assert.Equal(["4"], c.Links["9"]);
        Assert.Empty(c.CorpusIssues);
    }

    [Fact]
    public void Links_are_optional()
    {
        using var dir = new TempDir();
        WriteCollection(dir, links: false);
        Assert.Empty(EvalCollection.Load(dir.Path).Links);
    }

    [Theory]
    [InlineData("queries.tsv")]
    [InlineData("qrels.txt")]
    [InlineData("corpus.jsonl")]
    public void A_missing_file_is_named(string name)
    {
        using var dir = new TempDir();
        WriteCollection(dir);
        File.Delete(dir.File(name));
        var e = Assert.Throws<FileNotFoundException>(() => EvalCollection.Load(dir.Path));
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void A_malformed_query_line_is_named()
    {
        using var dir = new TempDir();
        WriteCollection(dir);
        dir.Write("queries.tsv", "1\tok\nno tab here\n");
        var e = Assert.Throws<FormatException>(() => EvalCollection.Load(dir.Path));
        Assert.Contains("queries.tsv:2", e.Message);
    }
}
