using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;
using static SearchEngine.Core.Tests.Builders.TopicTestPapers;

namespace SearchEngine.Core.Tests.Topics;

public sealed class TopicInferrerTests
{
    private static Paper InferOne(List<Paper> corpus, Paper paper, TopicInferenceOptions? options = null)
    {
        corpus.Add(paper);
        return new TopicInferrer(options).Infer(corpus)[^1];
    }

    [Fact]
    public void Unlabelled_segmentation_paper_gets_vision_and_not_language()
    {
        var paper = InferOne(LabelledCorpus(), UnlabelledSegmentation());

        Assert.Empty(paper.Topics);
        Assert.Equal("cs.CV", paper.InferredTopics[0]);
        Assert.DoesNotContain("cs.CL", paper.InferredTopics);
        Assert.InRange(paper.InferredTopics.Count, 1, 3);
    }

    [Fact]
    public void Neighbour_vote_alone_finds_vision()
    {
        var paper = InferOne(LabelledCorpus(), UnlabelledSegmentation(),
            new TopicInferenceOptions { LexiconWeight = 0 });

        Assert.Equal(["cs.CV"], paper.InferredTopics);
    }

    [Fact]
    public void Lexicon_alone_works_when_no_paper_has_a_given_topic()
    {
        // The CACM or trending page alone: nothing to vote, so the keyword lexicon decides.
        var unlabelled = new List<Paper> { Vision1(), Language1() };

        var result = new TopicInferrer().Infer(unlabelled);

        Assert.Equal("cs.CV", result[0].InferredTopics[0]);
        Assert.Equal("cs.CL", result[1].InferredTopics[0]);
    }

    [Fact]
    public void A_paper_given_only_topics_outside_the_taxonomy_gets_no_guessed_one()
    {
        // why: the arXiv sample's physics papers (hep-th, nlin.PS…) were given guessed CS topics such as cs.HC.
        var paper = InferOne(LabelledCorpus(), UnlabelledSegmentation() with { Topics = ["hep-th", "nlin.PS"] });

        Assert.Equal(["hep-th", "nlin.PS"], paper.Topics);
        Assert.Empty(paper.InferredTopics);
    }

    [Fact]
    public void Papers_with_given_topics_keep_them_and_get_none_inferred()
    {
        var stale = Vision1("cs.CV") with { InferredTopics = ["cs.CL"] };
        var corpus = new List<Paper> { stale, Language1("CL"), UnlabelledSegmentation() };

        var result = new TopicInferrer().Infer(corpus);

        Assert.Equal(["cs.CV"], result[0].Topics);
        Assert.Empty(result[0].InferredTopics);
        Assert.Equal(["CL"], result[1].Topics); // given codes are kept as given, not rewritten
        Assert.Empty(result[1].InferredTopics);
        Assert.Same(corpus[1], result[1]);
    }

    [Fact]
    public void Result_has_the_input_order_and_count()
    {
        var corpus = LabelledCorpus();
        corpus.Add(UnlabelledSegmentation());

        var result = new TopicInferrer().Infer(corpus);

        Assert.Equal(corpus.Select(p => p.Id), result.Select(p => p.Id));
    }

    [Fact]
    public void Inference_is_deterministic()
    {
        var corpus = LabelledCorpus();
        corpus.Add(UnlabelledSegmentation());
        corpus.Add(Paper("u2", "Prompting language models", "We prompt a large language model to translate text."));
        corpus.Add(Paper("u3", "A study", "Learning visual representations of text with a language model and images."));

        var first = new TopicInferrer().Infer(corpus).Select(p => string.Join(",", p.InferredTopics)).ToArray();
        var single = new TopicInferrer(new TopicInferenceOptions { MaxDegreeOfParallelism = 1 }).Infer(corpus)
            .Select(p => string.Join(",", p.InferredTopics)).ToArray();
        var again = new TopicInferrer().Infer(corpus).Select(p => string.Join(",", p.InferredTopics)).ToArray();

        Assert.Equal(first, again);
        Assert.Equal(first, single);
    }

    [Fact]
    public void Ties_are_broken_by_code()
    {
        // One keyword each of cs.CL ("translation") and cs.CV ("segmentation"), equally rare: equal scores.
        var papers = new List<Paper> { Paper("t", "Segmentation", "translation") };

        var scores = new TopicInferrer(new TopicInferenceOptions { TitleWeight = 1 }).Explain(papers, 0);

        Assert.Equal(scores[0].Score, scores[1].Score, 12);
        Assert.Equal(["cs.CL", "cs.CV"], scores.Select(s => s.Code));
    }

    [Fact]
    public void Paper_with_empty_text_gets_no_topic_and_does_not_crash()
    {
        var corpus = LabelledCorpus();
        corpus.Add(Paper("e1", "", ""));
        corpus.Add(Paper("e2", "The of and", ""));

        var result = new TopicInferrer().Infer(corpus);

        Assert.Empty(result[^2].InferredTopics);
        Assert.Empty(result[^1].InferredTopics);
    }

    [Fact]
    public void Paper_without_neighbours_gets_only_lexicon_topics()
    {
        // No word in common with the labelled corpus, but "compiler" is a cs.PL keyword.
        var paper = InferOne(LabelledCorpus(), Paper("c1", "Compiler", "Compilers."));

        Assert.Equal(["cs.PL"], paper.InferredTopics);
    }

    [Fact]
    public void At_most_MaxTopics_are_inferred_and_the_top_one_always()
    {
        var mixed = Paper("m", "Robots, compilers and databases",
            "A robot runs a compiler over a SQL database query with an encryption attack on the kernel.");
        var options = new TopicInferenceOptions { Threshold = 0, MaxTopics = 2 };

        var paper = new TopicInferrer(options).Infer([mixed])[0];
        var strict = new TopicInferrer(new TopicInferenceOptions { Threshold = 1 }).Infer([mixed])[0];

        Assert.Equal(2, paper.InferredTopics.Count);
        Assert.Single(strict.InferredTopics);
        Assert.Equal(paper.InferredTopics[0], strict.InferredTopics[0]);
    }

    [Fact]
    public void Empty_corpus_gives_empty_result()
    {
        Assert.Empty(new TopicInferrer().Infer([]));
    }

    [Fact]
    public void Neighbour_pool_is_sampled_to_its_limit_and_still_votes()
    {
        var paper = InferOne(LabelledCorpus(), UnlabelledSegmentation(),
            new TopicInferenceOptions { MaxNeighbourPool = 2, LexiconWeight = 0 });

        // An even sample of 2 of the 6 labelled papers: positions 0 and 3, one vision and one language paper.
        Assert.Equal(["cs.CV"], paper.InferredTopics);
    }
}
