using SearchEngine.Core.Options;

namespace SearchEngine.Core.Tests.Options;

public sealed class SettingOverridesTests
{
    private static (AnalyzerOptions A, RankingOptions R, IReadOnlyList<string> Errors) Apply(params string[] settings)
    {
        var (a, r) = SettingOverrides.Apply(settings, new AnalyzerOptions(), new RankingOptions(), out var errors);
        return (a, r, errors);
    }

    [Fact]
    public void Analyzer_keys_set_the_index_time_options()
    {
        var (a, _, errors) = Apply("analyzer.stemmer=porter", "analyzer.modelfamilies=false", "analyzer.worddelimiter=false", "analyzer.stopwords=FALSE");
        Assert.Empty(errors);
        Assert.Equal(new AnalyzerOptions { Stemmer = "porter", ModelFamilies = false, WordDelimiter = false, StopWords = false }, a);
    }

    [Fact]
    public void Ranking_feedback_and_mlt_keys_set_the_query_time_options()
    {
        var (_, r, errors) = Apply("k1=0.9", "b=0.4", "title=3", "author=0", "operator=AND", "feedback=true", "fbdocs=5",
            "fbterms=20", "fborigweight=0.7", "mlt.mintermfreq=2", "mlt.mindocfreq=5", "mlt.boost=false", "mlt.fields=abstract", "fbwindow=500", "mlt.fbwindow=200");
        Assert.Empty(errors);
        Assert.Equal((500, 200), (r.FeedbackWindow, r.Similar.FeedbackWindow));
        Assert.Equal((0.9f, 0.4f, 3f, 0f, "and"), (r.K1, r.B, r.TitleWeight, r.AuthorWeight, r.DefaultOperator));
        Assert.Equal((true, 5, 20, 0.7f), (r.Feedback, r.FeedbackDocs, r.FeedbackTerms, r.FeedbackOriginalWeight));
        Assert.Equal((2, 5, false), (r.Similar.MinTermFreq, r.Similar.MinDocFreq, r.Similar.Boost));
        Assert.Equal(["abstract"], r.Similar.Fields);
    }

    [Fact]
    public void Hybrid_keys_set_the_fusion()
    {
        var (_, r, errors) = Apply("hybrid.fusion=RRF", "hybrid.searchfusion=combsum", "hybrid.denseweight=0.3", "hybrid.k=20");
        Assert.Empty(errors);
        Assert.Equal(new HybridOptions { SimilarFusion = FusionMethod.Rrf, SearchFusion = FusionMethod.CombSum, DenseWeight = 0.3f, RrfK = 20 },
            r.Hybrid);
    }

    [Theory]
    [InlineData("nosuchkey=1", "unknown ranking setting 'nosuchkey'")]
    [InlineData("analyzer.color=red", "unknown analyzer setting 'analyzer.color'")]
    [InlineData("analyzer.stemmer=snowball", "analyzer.stemmer must be one of porter, kstem, minimal, none (got 'snowball')")]
    [InlineData("analyzer.worddelimiter=yes", "analyzer.worddelimiter must be true or false (got 'yes')")]
    [InlineData("analyzer.singlefield=true", "analyzer setting 'analyzer.singlefield' was removed: the index has one layout")]
    [InlineData("analyzer.combinedfield=false", "analyzer setting 'analyzer.combinedfield' was removed: the index has one layout")]
    [InlineData("abstract=1", "ranking setting 'abstract' was removed: the abstract is indexed only in the combined field")]
    [InlineData("k1=fast", "k1 must be a number from 0 to 10 (got 'fast')")]
    [InlineData("b=1.5", "b must be a number from 0 to 1 (got '1.5')")]
    [InlineData("fbdocs=0", "fbdocs must be a whole number from 1 to 1000 (got '0')")]
    [InlineData("mlt.fbwindow=0", "mlt.fbwindow must be a whole number from 1 to 10000 (got '0')")]
    [InlineData("mlt.unknown=1", "unknown more-like-this setting 'mlt.unknown'")]
    [InlineData("mlt.fields=body", "mlt.fields must be a comma-separated list of title, abstract (got 'body')")]
    [InlineData("k1", "setting 'k1' must look like key=value")]
    [InlineData("hybrid.fusion=borda", "hybrid.fusion must be rrf or combsum (got 'borda')")]
    [InlineData("hybrid.denseweight=2", "hybrid.denseweight must be a number from 0 to 1 (got '2')")]
    [InlineData("hybrid.k=0", "hybrid.k must be a whole number from 1 to 10000 (got '0')")]
    [InlineData("hybrid.depth=200", "unknown hybrid setting 'hybrid.depth'")]
    public void A_bad_key_or_value_is_reported_and_changes_nothing(string setting, string error)
    {
        var (a, r, errors) = Apply(setting);
        Assert.StartsWith(error, Assert.Single(errors));
        Assert.Equal(new AnalyzerOptions(), a);
        Assert.Equal(new RankingOptions().K1, r.K1);
    }
}
