using Lucene.Net.Search;
using System.Text.Json;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Limits;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Indexing;

/// <summary>
/// A search split over slices of segments searched in parallel returns what one collector over the same index
/// returns: the same page, order, exact total, cursor and facet counts, for every sort and deep pages.
/// </summary>
public sealed class SlicedSearchTests : IDisposable
{
    private readonly PaperIndex _sequential = TestCorpus.Index(4);
    private readonly PaperIndex _sliced = TestCorpus.Index(4, slices: 3);

    public void Dispose()
    {
        _sequential.Dispose();
        _sliced.Dispose();
    }

    [Fact]
    public void The_sliced_index_is_searched_in_three_slices()
    {
        using var context = _sliced.Searchers.GetContext();
        Assert.Equal(3, Assert.IsType<SlicedSearcher>(context.Reference).SliceCount);
    }

    [Fact]
    public void A_request_held_to_one_thread_is_searched_in_one_slice()
    {
        using var context = _sliced.Searchers.GetContext();
        var query = new MatchAllDocsQuery();

        var free = SlicedSearcher.Collect(context.Reference, query, () => new TotalHitCountCollector(), c => c);
        IReadOnlyList<TotalHitCountCollector> held;
        using (SearchBudget.Begin(TimeSpan.FromMinutes(1), CancellationToken.None, maxThreads: 1))
        {
            held = SlicedSearcher.Collect(context.Reference, query, () => new TotalHitCountCollector(), c => c);
        }

        Assert.Equal(12, held.Single().TotalHits);
        Assert.Equal(3, free.Count);
        Assert.Equal(12, free.Sum(c => c.TotalHits));
    }

    public static TheoryData<string, string, string> Requests()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var q in new[] { "", "network", "vision transformer", "language model", "ghostnet" })
        {
            foreach (var sort in new[] { "relevance", "newest", "oldest" })
            {
                foreach (var venue in new[] { "", "NeurIPS" }) data.Add(q, sort, venue);
            }
        }
        return data;
    }

    private static SearchResponse Run(PaperIndex index, SearchParameters p)
    {
        var request = SearchRequest.TryParse(p, out var errors);
        Assert.Empty(errors);
        return new SearchService(index).Search(request!);
    }

    /// <summary>Everything but the timing.</summary>
    private static string Comparable(SearchResponse r) => JsonSerializer.Serialize(r with { TookMs = 0 });

    [Theory]
    [MemberData(nameof(Requests))]
    public void Pages_totals_cursors_and_facets_equal_a_single_collectors(string q, string sort, string venue)
    {
        var p = new SearchParameters { Q = q, Sort = sort, Size = "2", Facets = "venue,topic,year,type,author,hasCode" };
        if (venue.Length > 0) p = p.Where("venue", venue);
        for (var page = 1; page <= 4; page++)
        {
            var paged = p with { Page = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            Assert.Equal(Comparable(Run(_sequential, paged)), Comparable(Run(_sliced, paged)));
        }
        // Following cursors from the first page to the end.
        string? cursor = null;
        for (var step = 0; step < 10; step++)
        {
            var next = p with { Cursor = cursor };
            var expected = Run(_sequential, next);
            Assert.Equal(Comparable(expected), Comparable(Run(_sliced, next)));
            if ((cursor = expected.NextCursor) is null) break;
        }
    }
}
