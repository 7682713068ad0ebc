using Microsoft.Extensions.Configuration;
using SearchEngine.Core.Options;

namespace SearchEngine.Api.Tests;

/// <summary>The <c>Ranking</c> section binds as the API binds it (<c>BindConfiguration("Ranking")</c>).</summary>
public sealed class RankingConfigurationTests
{
    [Fact]
    public void Hybrid_fusion_settings_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ranking:Hybrid:SimilarFusion"] = "Rrf",
            ["Ranking:Hybrid:SearchFusion"] = "CombSum",
            ["Ranking:Hybrid:DenseWeight"] = "0.3",
            ["Ranking:Hybrid:RrfK"] = "20",
        }).Build();
        var ranking = new RankingOptions();
        configuration.GetSection("Ranking").Bind(ranking);
        Assert.Equal(new HybridOptions { SimilarFusion = FusionMethod.Rrf, SearchFusion = FusionMethod.CombSum, DenseWeight = 0.3f, RrfK = 20 },
            ranking.Hybrid);
    }

    [Fact]
    public void Without_settings_similar_papers_fuse_by_score_and_search_by_rank()
    {
        var ranking = new RankingOptions();
        new ConfigurationBuilder().Build().GetSection("Ranking").Bind(ranking);
        Assert.Equal((FusionMethod.CombSum, FusionMethod.Rrf, 0.5f, 60),
            (ranking.Hybrid.SimilarFusion, ranking.Hybrid.SearchFusion, ranking.Hybrid.DenseWeight, ranking.Hybrid.RrfK));
    }
}
