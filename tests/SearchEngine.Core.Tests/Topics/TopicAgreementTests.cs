using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;
using static SearchEngine.Core.Tests.Builders.TopicTestPapers;

namespace SearchEngine.Core.Tests.Topics;

public sealed class TopicAgreementTests
{
    [Fact]
    public void Leave_one_out_on_a_separable_corpus_agrees_on_every_paper()
    {
        var result = TopicAgreement.Measure(LabelledCorpus());

        Assert.Equal(new TopicAgreementResult(6, 6, 6, 0, "cs.CL", 3), result);
        Assert.Equal(1.0, result.Top1Accuracy);
        Assert.Equal(0.5, result.MajorityBaseline);
    }

    [Fact]
    public void A_mislabelled_paper_counts_as_a_miss_and_unlabelled_papers_are_not_evaluated()
    {
        var corpus = LabelledCorpus();
        corpus.Add(UnlabelledSegmentation() with { Id = "x", Topics = ["CL"] }); // vision text, language label
        corpus.Add(Language1() with { Id = "y" });                              // no label: not evaluated
        corpus.Add(Language2("nonsense") with { Id = "z" });                    // unknown label: not evaluated

        var result = TopicAgreement.Measure(corpus);

        Assert.Equal(7, result.Evaluated);
        Assert.Equal(6, result.Top1Correct);
        Assert.Equal(6, result.AnyOverlap);
        Assert.Equal(0, result.NoTopic);
        Assert.Equal("cs.CL", result.MajorityTopic);
        Assert.Equal(4, result.MajorityCorrect);
        Assert.Equal(6.0 / 7, result.Top1Accuracy, 12);
    }

    [Fact]
    public void Any_overlap_counts_a_second_topic()
    {
        // Labelled cs.LG only, but its text is about images: top topic cs.CV, cs.LG second.
        var corpus = LabelledCorpus();
        corpus.Add(Paper("g", "Training convolutional image classifiers",
            "Training with gradient descent and regularization: a deep learning study of training loss, " +
            "generalization and overfitting of convolutional image classifiers.", "cs.LG"));
        var options = new TopicInferenceOptions { Threshold = 0.1 };

        var result = TopicAgreement.Measure(corpus, options);

        Assert.Equal(7, result.Evaluated);
        Assert.Equal(6, result.Top1Correct);
        Assert.Equal(7, result.AnyOverlap);
    }

    [Fact]
    public void Corpus_without_labels_evaluates_nothing()
    {
        var result = TopicAgreement.Measure([Vision1(), Language1()]);

        Assert.Equal(new TopicAgreementResult(0, 0, 0, 0, null, 0), result);
        Assert.Equal(0, result.Top1Accuracy);
    }

    [Fact]
    public void MaxEvaluated_samples_the_labelled_papers_evenly()
    {
        var result = TopicAgreement.Measure(LabelledCorpus(), maxEvaluated: 2);

        Assert.Equal(2, result.Evaluated);
        Assert.Equal(2, result.Top1Correct);
    }
}
