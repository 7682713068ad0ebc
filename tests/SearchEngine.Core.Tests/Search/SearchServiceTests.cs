using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Search;

public sealed class SearchServiceTests : IDisposable
{
    private readonly Indexing.PaperIndex _index = TestCorpus.Index();
    private readonly SearchService _service;

    public SearchServiceTests() => _service = new SearchService(_index);

    public void Dispose() => _index.Dispose();

    private SearchResponse Run(SearchParameters p)
    {
        var request = SearchRequest.TryParse(p, out var errors);
        Assert.Empty(errors);
        return _service.Search(request!);
    }

    [Fact]
    public void Smoke()
    {
        var r = Run(new SearchParameters { Q = "ghostnet" });
        Assert.True(r.Total >= 2);
        Assert.Equal("p01", r.Hits[0].Id);
    }
}
