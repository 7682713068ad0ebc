using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using static SearchEngine.Core.Tests.Builders.RecordBuilder;

namespace SearchEngine.Core.Tests.Ingest;

public sealed class PaperMergerTests
{
    private const string Title = "Vision GNN: An Image is Worth Graph of Nodes";

    [Fact]
    public void A_peer_reviewed_record_beats_a_preprint_and_keeps_its_own_year()
    {
        var preprint = Record(Title, "a.txt") with { Venue = "arXiv", Type = PublicationType.Preprint, Year = 2021, Date = new DateOnly(2021, 6, 1) };
        var conference = Record(Title, "b.txt") with { Venue = "NeurIPS", Type = PublicationType.ConferencePaper, Year = 2022 };
        var paper = Assert.Single(PaperMerger.Merge([preprint, conference]).Papers);
        Assert.Equal(("NeurIPS", 2022, PublicationType.ConferencePaper, (DateOnly?)null), (paper.Venue, paper.Year, paper.Type, paper.Date));
        Assert.Equal(["a.txt", "b.txt"], paper.Sources.Select(s => s.File));
    }

    [Fact]
    public void A_stated_preprint_beats_one_implied_by_the_page()
    {
        var implied = Record(Title, "a.txt") with { Venue = "arXiv", Type = PublicationType.Preprint, ImpliedFields = ["venue", "type"] };
        var stated = Record(Title, "b.txt") with { Venue = "arXiv", Type = PublicationType.Preprint, Year = 2022 };
        Assert.Equal(2022, PaperMerger.Merge([implied, stated]).Papers[0].Year);
    }

    [Fact]
    public void A_full_author_list_beats_a_longer_truncated_one()
    {
        var truncated = Record(Title, "a.txt") with { Authors = ["A", "B", "C", "D"], AuthorsTruncated = true };
        var full = Record(Title, "b.txt") with { Authors = ["A", "B", "C"] };
        var paper = PaperMerger.Merge([truncated, full]).Papers[0];
        Assert.Equal(["A", "B", "C"], paper.Authors);
        Assert.False(paper.AuthorsTruncated);
    }

    [Fact]
    public void The_longest_truncated_list_wins_when_none_is_full_and_empty_lists_never_win()
    {
        var none = Record(Title, "a.txt");
        var three = Record(Title, "b.txt") with { Authors = ["A", "B", "C"], AuthorsTruncated = true };
        var eight = Record(Title, "c.txt") with { Authors = ["A", "B", "C", "D", "E", "F", "G", "H"], AuthorsTruncated = true };
        var paper = PaperMerger.Merge([none, three, eight]).Papers[0];
        Assert.Equal(8, paper.Authors.Count);
        Assert.True(paper.AuthorsTruncated);
    }

    [Fact]
    public void Topics_are_an_ordered_union_and_has_code_is_any_true()
    {
        var a = Record(Title, "a.txt") with { Topics = ["cs.CV"], HasCode = null };
        var b = Record(Title, "b.txt") with { Topics = ["cs.LG", "cs.CV"], HasCode = true, Affiliation = "pku" };
        var c = Record(Title, "c.txt") with { HasCode = false, Affiliation = "thu" };
        var paper = PaperMerger.Merge([c, b, a]).Papers[0];
        Assert.Equal(["cs.CV", "cs.LG"], paper.Topics);
        Assert.True(paper.HasCode);
        Assert.Equal("pku", paper.Affiliation);
    }

    [Fact]
    public void The_longest_abstract_is_kept()
    {
        var a = Record(Title, "a.txt") with { Abstract = "short" };
        var b = Record(Title, "b.txt") with { Abstract = "a longer abstract" };
        Assert.Equal("a longer abstract", PaperMerger.Merge([a, b]).Papers[0].Abstract);
    }

    [Fact]
    public void Titles_differing_only_in_case_and_punctuation_merge()
    {
        var a = Record("PanGu-$π$ Pro:Rethinking Optimization", "a.txt");
        var b = Record("pangu π pro — rethinking optimization", "b.txt");
        var result = PaperMerger.Merge([a, b]);
        Assert.Single(result.Papers);
        Assert.Equal(1, result.MergedGroups);
    }

    [Fact]
    public void Distinct_source_ids_under_one_title_stay_distinct_papers()
    {
        const string glossary = "Glossary of Computer Engineering and Programming Terminology";
        var records = new[] { "4", "7", "10" }.Select((id, i) => Record(glossary, "cacm.jsonl", i + 1) with { SourceId = id });
        var result = PaperMerger.Merge(records);
        Assert.Equal(["10", "4", "7"], result.Papers.Select(p => p.Id));
        Assert.Equal(0, result.MergedGroups);
    }

    [Fact]
    public void A_record_without_id_joins_the_single_id_of_its_title_group()
    {
        var withId = Record(Title, "a.jsonl") with { SourceId = "2206.00272" };
        var page = Record(Title, "b.txt") with { HasCode = true };
        var paper = Assert.Single(PaperMerger.Merge([withId, page]).Papers);
        Assert.Equal("2206.00272", paper.Id);
        Assert.True(paper.HasCode);
    }

    [Fact]
    public void Near_duplicate_titles_without_abstracts_or_authors_stay_separate()
    {
        var result = PaperMerger.Merge(
        [
            Record("Kangaroo: Lossless Self-Speculative Decoding via Double Early Exiting", "a.txt"),
            Record("Kangaroo: Lossless Self-Speculative Decoding for Accelerating LLMs via Double Early Exiting", "b.txt"),
            Record("GhostNet: More Features from Cheap Operations", "a.txt", 2),
            Record("GhostNets on Heterogeneous Devices via Cheap Operations", "b.txt", 2),
        ]);
        Assert.Equal(4, result.Papers.Count);
        Assert.Equal(0, result.MergedGroups);
    }

    [Fact]
    public void Old_style_arXiv_ids_are_made_url_safe()
    {
        var paper = PaperMerger.FromSingle(Record(Title) with { SourceId = "cs/0112017" });
        Assert.Equal("cs_0112017", paper.Id);
    }

    [Fact]
    public void Without_a_source_id_the_id_is_derived_from_the_title_key()
    {
        var paper = PaperMerger.FromSingle(Record(Title));
        Assert.Equal(PaperId.Derive(TitleKey.For(Title)), paper.Id);
        Assert.Single(paper.Sources);
    }

    [Fact]
    public void Colliding_ids_are_disambiguated_deterministically()
    {
        var a = Record("Alpha", "a.txt") with { SourceId = "x/1" };
        var b = Record("Beta", "b.txt") with { SourceId = "x_1" };
        var ids = PaperMerger.Merge([b, a]).Papers.Select(p => (p.Id, p.Title));
        Assert.Equal([("x_1", "Alpha"), ("x_1-2", "Beta")], ids);
    }

    [Fact]
    public void Carried_sources_replace_the_record_s_own_provenance()
    {
        var carried = new PaperSource { File = "000.txt", PageKind = PageKind.AuthorCluster, Ordinal = 3, Line = 40, Venue = "NeurIPS" };
        var paper = PaperMerger.FromSingle(Record(Title, "export.jsonl") with { CarriedSources = [carried] });
        Assert.Equal([carried], paper.Sources);
    }
}
