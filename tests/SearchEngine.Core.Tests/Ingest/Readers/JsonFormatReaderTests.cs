using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest.Readers;

public sealed class JsonFormatReaderTests
{
    private static (List<PaperRecord> Records, List<IngestIssue> Issues) ReadText(string content, string name = "data.jsonl")
    {
        using var dir = new TempDir();
        var path = dir.Write(name, content);
        var issues = new List<IngestIssue>();
        return (PaperIngester.ReadRecords(path, issues).ToList(), issues);
    }

    [Fact]
    public void Arxiv_snapshot_lines_map_authors_topics_and_preprint_year()
    {
        var (records, issues) = ReadText("""
            {"id":"2206.00272","submitter":"Kai Han","authors":"Kai Han, Yunhe Wang, Jianyuan Guo and Enhua Wu","title":"Vision GNN: An Image is\n  Worth Graph of Nodes","abstract":"  Network architecture plays a key role.\n","categories":"cs.CV cs.LG","journal-ref":null,"doi":null,"versions":[{"version":"v1","created":"Wed, 1 Jun 2022 07:01:42 GMT"}]}
            """);
        Assert.Empty(issues);
        var r = Assert.Single(records);
        Assert.Equal("Vision GNN: An Image is Worth Graph of Nodes", r.Title);
        Assert.Equal(["Kai Han", "Yunhe Wang", "Jianyuan Guo", "Enhua Wu"], r.Authors);
        Assert.Equal(["cs.CV", "cs.LG"], r.Topics);
        Assert.Equal(("arXiv", PublicationType.Preprint, 2022), (r.Venue, r.Type!.Value, r.Year!.Value));
        Assert.Equal(new DateOnly(2022, 6, 1), r.Date);
        Assert.Equal("2206.00272", r.SourceId);
        Assert.Equal(PageKind.ArxivSnapshot, r.Source.PageKind);
    }

    [Fact]
    public void Arxiv_journal_ref_gives_the_venue_and_the_id_gives_the_year_when_versions_are_missing()
    {
        var (records, _) = ReadText("""
            {"id":"0704.0001","authors":"C. Bal\\'azs, E. L. Berger","title":"Calculation of prompt diphoton production","abstract":"A calculation.","categories":"hep-ph","journal-ref":"Phys.Rev.D76:013009,2007"}
            {"id":"cs/0112017","authors":"A. Author","title":"Old style","abstract":"x","categories":"cs.AI","journal-ref":"Proceedings of IJCAI 2001, pp. 1-6"}
            """);
        Assert.Equal(2007, records[0].Year);
        Assert.Equal(PublicationType.JournalArticle, records[0].Type);
        Assert.Equal("Phys. Rev. D", records[0].Venue);
        Assert.Equal(["C. Balázs", "E. L. Berger"], records[0].Authors);
        Assert.Null(records[0].Date);
        Assert.Equal("Proceedings of IJCAI", records[1].Venue);
        Assert.Equal(PublicationType.ConferencePaper, records[1].Type);
        Assert.Equal("cs_0112017", PaperMerger.FromSingle(records[1]).Id);
    }

    [Fact]
    public void Beir_corpus_lines_keep_their_ids_so_equal_titles_stay_apart()
    {
        var (records, issues) = ReadText("""
            {"_id": "4", "title": "Glossary of Computer Engineering and Programming Terminology", "text": "", "metadata": {}}
            {"_id": "7", "title": "Glossary of Computer Engineering and Programming Terminology", "text": "", "metadata": {}}
            {"_id": "10", "title": "Glossary of Computer Engineering and Programming Terminology", "text": "", "metadata": {}}
            {"_id": "11", "title": "", "text": "no title"}
            """, "corpus.jsonl");
        Assert.Equal(["4", "7", "10"], records.Select(r => r.SourceId));
        Assert.Equal("corpus.jsonl:4: missing title", Assert.Single(issues).ToString());
        Assert.Equal(3, PaperMerger.Merge(records).Papers.Count);
    }

    [Fact]
    public void Exchange_lines_map_every_field_and_et_al_marks_truncation()
    {
        var (records, issues) = ReadText("""
            {"id":"x1","title":"T","abstract":"A","authors":["Ada","Bob et al."],"year":2021,"date":"2021-03-04","venue":"NeurIPS","type":"conference","topics":["cs.LG"],"inferredTopics":["cs.AI"],"hasCode":true,"affiliation":"pku","doi":"10.1/x","url":"https://x","citations":7}
            """);
        Assert.Empty(issues);
        var r = Assert.Single(records);
        Assert.Equal(["Ada", "Bob"], r.Authors);
        Assert.True(r.AuthorsTruncated);
        Assert.Equal((2021, new DateOnly(2021, 3, 4), "NeurIPS", PublicationType.ConferencePaper), (r.Year!.Value, r.Date!.Value, r.Venue!, r.Type!.Value));
        Assert.Equal(["cs.LG"], r.Topics);
        Assert.Equal(["cs.AI"], r.InferredTopics);
        Assert.Equal((true, "pku", "10.1/x", "https://x", 7), (r.HasCode!.Value, r.Affiliation!, r.Doi!, r.Url!, r.Citations!.Value));
        Assert.Equal("x1", r.SourceId);
        Assert.Null(r.CarriedSources);
    }
}
