using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Tools.Tests.Topics;

/// <summary>
/// <c>topics-curve</c> in-process on the seed pages with embeddings off (the lexical model: no model load, a few
/// seconds); the embedding curve itself is checked in Core's <c>EmbeddingTopicInferenceTests</c>.
/// </summary>
public sealed class TopicsCurveCommandTests
{
    [Fact]
    public async Task Prints_the_curve_the_chosen_threshold_the_corpus_and_explanations()
    {
        var (exit, output, error) = await ToolsRunner.Run("topics-curve", "--source", TestPaths.SeedsDir,
            "--embeddings", "off", "--explain", "SMASH");

        Assert.True(exit == 0, error);
        Assert.Contains("model: lexical (embeddings off); 207 papers, 50 labelled papers held out", output);
        Assert.Contains("| threshold | guesses | correct | precision | papers covered | coverage |", output);
        Assert.Contains("| 0.50 |", output);
        Assert.Contains("chosen threshold (precision ≥ 90 % here and above): ", output);
        Assert.Contains("corpus after inference: 207 papers, 50 with given topics", output);
        Assert.Contains("\"SMASH: Sparse Matrix Atomic Scratchpad Hashing\"", output);
    }

    [Fact]
    public async Task A_missing_source_is_an_error()
    {
        var (exit, _, error) = await ToolsRunner.Run("topics-curve", "--source", "/no/such/dir", "--embeddings", "off");

        Assert.NotEqual(0, exit);
        Assert.Contains("source not found", error);
    }
}
