using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Tests.Topics;

public sealed class TopicSelectionTests
{
    [Fact]
    public void Abstains_when_no_score_reaches_the_threshold()
    {
        TopicScore[] scores = [new("cs.CV", 0.49), new("cs.CL", 0.2)];

        Assert.Empty(TopicSelection.Confident(scores, minConfidence: 0.5, maxTopics: 3));
    }

    [Fact]
    public void Keeps_every_score_at_or_above_the_threshold_best_first()
    {
        TopicScore[] scores = [new("cs.CL", 0.5), new("cs.CV", 0.8), new("cs.LG", 0.3)];

        Assert.Equal(["cs.CV", "cs.CL"], TopicSelection.Confident(scores, minConfidence: 0.5, maxTopics: 3));
    }

    [Fact]
    public void Keeps_at_most_max_topics_and_breaks_ties_by_code()
    {
        TopicScore[] scores = [new("cs.LG", 0.6), new("cs.AI", 0.6), new("cs.CV", 0.9)];

        Assert.Equal(["cs.CV", "cs.AI"], TopicSelection.Confident(scores, minConfidence: 0.1, maxTopics: 2));
    }

    [Fact]
    public void A_zero_threshold_still_ignores_zero_scores()
    {
        TopicScore[] scores = [new("cs.CV", 0.0)];

        Assert.Empty(TopicSelection.Confident(scores, minConfidence: 0, maxTopics: 3));
    }
}
