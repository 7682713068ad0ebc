using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchEngine.Api.Hosting;
using SearchEngine.Core.Embeddings;

namespace SearchEngine.Api.Tests.Endpoints;

/// <summary>Writes keep the vectors consistent: an upserted paper is embedded by the write, a deleted one is gone.</summary>
public sealed class WriteEmbeddingTests(WritableApiFactory factory) : IClassFixture<WritableApiFactory>
{
    private const string Title = "Recognising kittens in household photographs";
    private const string Abstract = "A convolutional network tells cats from dogs in pictures of pets taken at home.";
    private const string Query = "/api/search?q=feline%20pet%20picture%20classifier&mode=semantic&size=5";

    private readonly HttpClient _writer = factory.Writer();

    [Fact]
    public async Task An_upserted_paper_is_embedded_by_the_write_and_a_deleted_one_leaves_semantic_results()
    {
        var embedder = factory.Services.GetRequiredService<LiveIndex>().Embedder;
        Assert.NotNull(embedder);
        var hash = EmbeddingText.Hash(EmbeddingText.Of(Title, Abstract));
        Assert.False(embedder.Cache.TryGet(hash, out _));

        var line = $"{{\"id\":\"k1\",\"title\":\"{Title}\",\"abstract\":\"{Abstract}\"}}";
        Assert.Equal(HttpStatusCode.OK, (await _writer.PostAsync("/api/papers", Json.Body(line))).StatusCode);
        // why: checked before any search, so the vector was made by the write, not lazily by a query.
        Assert.True(embedder.Cache.TryGet(hash, out _));
        var (status, found) = await Json.GetAsync(_writer, Query);
        Assert.True(status.StatusCode == HttpStatusCode.OK, found.ToJsonString());
        Assert.Equal("k1", Json.Ids(found)[0]);

        Assert.Equal(HttpStatusCode.NoContent, (await _writer.DeleteAsync("/api/papers/k1")).StatusCode);
        var (_, after) = await Json.GetAsync(_writer, Query);
        Assert.DoesNotContain("k1", Json.Ids(after));
        Assert.NotEmpty(Json.Ids(after));
    }
}
