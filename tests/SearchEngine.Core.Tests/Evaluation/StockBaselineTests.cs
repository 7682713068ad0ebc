using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Options;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Tests.Evaluation;

public sealed class StockBaselineTests
{
    [Fact]
    public void Stock_analysis_is_English_with_Porter_and_nothing_of_ours()
    {
        Assert.Equal(new AnalyzerOptions { Stemmer = "porter", StopWords = true, WordDelimiter = false, ModelFamilies = false },
            StockBaseline.Analyzer);
    }

    [Fact]
    public void Stock_ranking_is_BM25_1_2_0_75_over_the_combined_field_only_with_Lucene_MoreLikeThis()
    {
        var r = StockBaseline.Ranking;
        Assert.Equal((1.2f, 0.75f, false), (r.K1, r.B, r.Feedback));
        Assert.Equal([(PaperFields.Text, 1f)], new FieldWeights(r).BareWord);
        var m = r.Similar;
        Assert.Equal((2, 5, 100, 25, 0, false), (m.MinTermFreq, m.MinDocFreq, m.MaxDocFreqPercent, m.MaxQueryTerms, m.MinWordLen, m.Boost));
        Assert.Equal([PaperFields.Text], m.Fields.Select(FieldWeights.IndexedFieldOf));
    }
}
