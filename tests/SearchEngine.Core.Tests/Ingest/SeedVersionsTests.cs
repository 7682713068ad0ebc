using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Relevance;

namespace SearchEngine.Core.Tests.Ingest;

/// <summary>Listings of one work under two titles, and versions of a work, over the whole seed set.</summary>
public sealed class SeedVersionsTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private const string KangarooArxiv = "Kangaroo: Lossless Self-Speculative Decoding via Double Early Exiting";
    private const string KangarooNeurips = "Kangaroo: Lossless Self-Speculative Decoding for Accelerating LLMs via Double Early Exiting";
    private const string PracticalJair = "Practical Parallel Algorithms for Non-Monotone Submodular Maximization";
    private const string PracticalAaai = "Practical Parallel Algorithms for Submodular Maximization Subject to a Knapsack Constraint with Nearly Optimal Adaptivity";

    [Fact]
    public void The_two_Kangaroo_listings_are_one_paper_keeping_both_titles_and_sources()
    {
        var kangaroo = seeds.Papers.Where(p => p.Title.StartsWith("Kangaroo", StringComparison.Ordinal)).ToList();
        var paper = Assert.Single(kangaroo);
        Assert.Equal(KangarooNeurips, paper.Title);
        Assert.Equal([KangarooArxiv], paper.AlternateTitles);
        Assert.Equal("NeurIPS", paper.Venue);
        Assert.Equal(7, paper.Authors.Count);
        Assert.Contains(paper.Sources, s => s.File.StartsWith("000_", StringComparison.Ordinal));
        Assert.Contains(paper.Sources, s => s.File.StartsWith("002_", StringComparison.Ordinal));
    }

    [Fact]
    public void No_other_seed_papers_are_merged_across_titles()
    {
        // why: a false merge hides a paper; the only listing of one work under two titles in the seeds is Kangaroo.
        Assert.Equal([KangarooNeurips], seeds.Papers.Where(p => p.AlternateTitles.Count > 0).Select(p => p.Title));
    }

    [Fact]
    public void Versions_stay_apart_and_are_linked_both_ways()
    {
        var jair = seeds.ByTitle(PracticalJair);
        var aaai = seeds.ByTitle(PracticalAaai);
        Assert.Equal([aaai.Id], jair.OtherVersions.Select(v => v.Id));
        Assert.Equal([jair.Id], aaai.OtherVersions.Select(v => v.Id));
        Assert.Equal(PracticalAaai, jair.OtherVersions[0].Title);
    }

    [Fact]
    public void Only_the_expected_seed_papers_are_linked_as_versions()
    {
        var linked = seeds.Papers.Where(p => p.OtherVersions.Count > 0).Select(p => p.Title).Order(StringComparer.Ordinal);
        Assert.Equal([PracticalJair, PracticalAaai], linked);
    }

    [Fact]
    public void The_alternate_title_is_searchable()
    {
        var response = new SearchService(seeds.Index).Search(SearchRequest.TryParse(
            new SearchParameters { Q = "\"self-speculative decoding via double early exiting\"" }, out _)!);
        // why: feedback (RM3) adds related papers after the phrase's one match.
        Assert.Equal(KangarooNeurips, response.Hits[0].Title);
        Assert.Single(response.Hits, h => h.Title.StartsWith("Kangaroo", StringComparison.Ordinal));
    }
}
