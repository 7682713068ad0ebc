using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using static SearchEngine.Core.Tests.Builders.RecordBuilder;

namespace SearchEngine.Core.Tests.Ingest;

/// <summary>Listings of one work under two titles merge; versions of a work stay apart and are linked (through <see cref="PaperMerger"/>).</summary>
public sealed class WorkMatcherTests
{
    private const string ShortTitle = "Kangaroo: Lossless Self-Speculative Decoding via Double Early Exiting";
    private const string LongTitle = "Kangaroo: Lossless Self-Speculative Decoding for Accelerating LLMs via Double Early Exiting";
    private const string Abstract = "Speculative decoding has demonstrated its effectiveness in accelerating the inference of large language models "
        + "while maintaining a consistent sampling distribution. We propose a self-speculative decoding framework with a fixed "
        + "shallow sub-network as the draft model and a double early exiting mechanism.";
    private const string OtherAbstract = "We study graph neural networks for molecular property prediction with message passing "
        + "and attention over chemical bonds, reporting results on several benchmark datasets.";

    [Fact]
    public void One_work_under_two_titles_merges_keeping_the_other_title()
    {
        var arxiv = Record(ShortTitle, "a.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu", "Yehui Tang"], AuthorsTruncated = true };
        var venue = Record(LongTitle, "b.txt") with { Abstract = Abstract + " Code is public.", Authors = ["Fangcheng Liu", "Yehui Tang", "Zhenhua Liu"], Venue = "NeurIPS", Type = PublicationType.ConferencePaper };
        var result = PaperMerger.Merge([arxiv, venue]);
        var paper = Assert.Single(result.Papers);
        Assert.Equal(LongTitle, paper.Title);
        Assert.Equal([ShortTitle], paper.AlternateTitles);
        Assert.Equal(["a.txt", "b.txt"], paper.Sources.Select(s => s.File));
        Assert.Equal(1, result.MergedGroups);
    }

    [Fact]
    public void Different_abstracts_keep_near_duplicate_titles_apart()
    {
        var a = Record(ShortTitle, "a.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"] };
        var b = Record(LongTitle, "b.txt") with { Abstract = OtherAbstract, Authors = ["Fangcheng Liu"] };
        Assert.Equal(2, PaperMerger.Merge([a, b]).Papers.Count);
    }

    [Fact]
    public void Different_first_authors_keep_near_duplicate_titles_apart()
    {
        var a = Record(ShortTitle, "a.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"] };
        var b = Record(LongTitle, "b.txt") with { Abstract = Abstract, Authors = ["Yehui Tang"] };
        Assert.Equal(2, PaperMerger.Merge([a, b]).Papers.Count);
    }

    [Fact]
    public void Author_lists_that_disagree_beyond_a_cut_keep_them_apart()
    {
        var a = Record(ShortTitle, "a.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu", "Yehui Tang"] };
        var b = Record(LongTitle, "b.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu", "Kai Han"] };
        Assert.Equal(2, PaperMerger.Merge([a, b]).Papers.Count);
    }

    [Fact]
    public void Two_source_ids_are_never_one_work()
    {
        var a = Record(ShortTitle, "a.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"], SourceId = "2404.18911" };
        var b = Record(LongTitle, "b.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"], SourceId = "2404.99999" };
        Assert.Equal(2, PaperMerger.Merge([a, b]).Papers.Count);
    }

    [Fact]
    public void Two_source_ids_stay_apart_also_through_a_listing_without_id()
    {
        const string Middle = "Kangaroo: Lossless Self-Speculative Decoding for LLMs via Double Early Exiting";
        var a = Record(ShortTitle, "a.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"], SourceId = "2404.18911" };
        var bridge = Record(Middle, "b.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"] };
        var c = Record(LongTitle, "c.txt") with { Abstract = Abstract, Authors = ["Fangcheng Liu"], SourceId = "2404.99999" };
        var papers = PaperMerger.Merge([a, bridge, c]).Papers;
        Assert.Equal(2, papers.Count);
        Assert.Equal(3, papers.Sum(p => p.Sources.Count));
    }

    [Fact]
    public void Versions_with_the_same_title_start_stay_apart_and_link_both_ways()
    {
        var conference = Record("Practical Parallel Algorithms for Submodular Maximization Subject to a Knapsack Constraint", "a.txt")
            with { Abstract = Abstract, Authors = ["Shuang Cui", "Kai Han", "Jing Tang"] };
        var journal = Record("Practical Parallel Algorithms for Non-Monotone Submodular Maximization", "b.txt")
            with { Abstract = Abstract + " We extend the conference version.", Authors = ["Shuang Cui", "Kai Han", "Jing Tang", "He Huang"] };
        var papers = PaperMerger.Merge([conference, journal]).Papers;
        Assert.Equal(2, papers.Count);
        Assert.Equal([papers[1].Id], papers[0].OtherVersions.Select(v => v.Id));
        Assert.Equal([papers[0].Id], papers[1].OtherVersions.Select(v => v.Id));
    }
}
