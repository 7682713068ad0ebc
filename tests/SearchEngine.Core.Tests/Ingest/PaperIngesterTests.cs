using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest;

public sealed class PaperIngesterTests
{
    private const int TotalSeedRecords = 54 + 35 + 50 + 32 + 67;
    // 26 titles appear on several pages: 22 on two pages, 4 on three, so 30 records are extra copies.
    // 22 title groups of two records, 4 of three, and the Kangaroo listings under two titles (SeedVersionsTests).
    private const int ExtraCopies = 23 * 1 + 4 * 2;

    private static readonly IngestResult Seeds = PaperIngester.Ingest([TestPaths.SeedsDir]);

    [Fact]
    public void Every_seed_file_is_read_with_its_kind_and_count()
    {
        Assert.Equal(
            [
                (PageKind.AuthorCluster, 54, (int?)54),
                (PageKind.ResearcherProfile, 35, 35),
                (PageKind.MetricsProfile, 50, null),
                (PageKind.ResearcherProfile, 32, 32),
                (PageKind.TrendingPapers, 67, null),
            ],
            Seeds.Report.Files.Select(f => (f.Kind!, f.Records, f.StatedCount)));
        Assert.Empty(Seeds.Report.UnknownFiles);
        Assert.Empty(Seeds.Report.Issues);
        Assert.Equal(TotalSeedRecords, Seeds.Report.TotalRecords);
    }

    [Fact]
    public void Seeds_merge_into_records_minus_the_extra_copies_of_27_groups()
    {
        Assert.Equal(27, Seeds.Report.MergedGroups);
        Assert.Equal(TotalSeedRecords - ExtraCopies, Seeds.Papers.Count);
        Assert.Equal(207, Seeds.Report.DistinctPapers);
        Assert.Equal(4, Seeds.Papers.Count(p => p.Sources.Count == 3));
        Assert.Equal(TotalSeedRecords, Seeds.Papers.Sum(p => p.Sources.Count));
    }

    [Fact]
    public void Papers_are_ordered_by_unique_id()
    {
        var ids = Seeds.Papers.Select(p => p.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_conference_record_gives_the_primary_venue_and_its_own_year()
    {
        var p = Seeds.Papers.Single(p => p.Title.StartsWith("Novel Visual Category Discovery", StringComparison.Ordinal));
        Assert.Equal("NeurIPS", p.Venue);
        Assert.Equal(2021, p.Year);
        Assert.Equal(PublicationType.ConferencePaper, p.Type);
        Assert.Equal([2021, 2022], p.Sources.Select(s => s.Year!.Value));
        Assert.Equal(["NeurIPS", "arXiv"], p.Sources.Select(s => s.Venue!));
    }

    [Fact]
    public void Page_C_adds_topic_and_code_to_a_page_A_paper()
    {
        var p = Seeds.Papers.Single(p => p.Title == "Vision GNN: An Image is Worth Graph of Nodes");
        Assert.Equal("NeurIPS", p.Venue);
        Assert.Equal(2022, p.Year);
        Assert.Equal(["cs.CV"], p.Topics);
        Assert.True(p.HasCode);
        Assert.False(p.AuthorsTruncated);
        Assert.Equal(5, p.Authors.Count);
        Assert.Equal(["venue", "type"], p.Sources[1].Implied);
    }

    [Fact]
    public void Near_duplicate_titles_stay_separate_papers()
    {
        Assert.Single(Seeds.Papers, p => p.Title == "GhostNet: More Features from Cheap Operations");
        Assert.Single(Seeds.Papers, p => p.Title == "GhostNets on Heterogeneous Devices via Cheap Operations");
    }

    [Fact]
    public void Unknown_files_are_skipped_and_reported_while_others_are_ingested()
    {
        using var dir = new TempDir();
        dir.Copy(TestPaths.Seed("004"), "a-trending.txt");
        dir.Copy(TestPaths.DataFile("garbage.bin"), "b-garbage.bin");
        dir.Write("c-notes.txt", "just some notes\nnothing to see\n");
        var result = PaperIngester.Ingest([dir.Path]);
        Assert.Equal(["b-garbage.bin", "c-notes.txt"], result.Report.UnknownFiles);
        Assert.Equal(67, result.Papers.Count);
        Assert.Contains(result.Report.Issues, i => i.ToString() == "b-garbage.bin:0: unknown format: skipped");
    }

    [Fact]
    public void A_missing_path_throws_naming_it()
    {
        var e = Assert.Throws<FileNotFoundException>(() => PaperIngester.Ingest(["/no/such/place.jsonl"]));
        Assert.Contains("/no/such/place.jsonl", e.Message);
    }

    [Fact]
    public void Progress_is_reported_once_per_file()
    {
        var seen = new List<string>();
        PaperIngester.Ingest([TestPaths.Seed("000"), TestPaths.Seed("004")], new SyncProgress(r => seen.Add(r.File)));
        Assert.Equal([Path.GetFileName(TestPaths.Seed("000")), Path.GetFileName(TestPaths.Seed("004"))], seen);
    }

    private sealed class SyncProgress(Action<FileReport> report) : IProgress<FileReport>
    {
        public void Report(FileReport value) => report(value);
    }
}
