using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>Hand-made papers for topic tests: a few vision and language papers with clearly different vocabulary.</summary>
internal static class TopicTestPapers
{
    /// <summary>A paper with the given id, text and source-given topics.</summary>
    public static Paper Paper(string id, string title, string abstractText, params string[] topics) => new()
    {
        Id = id,
        Title = title,
        Abstract = abstractText,
        Topics = topics,
    };

    public static Paper Vision1(params string[] topics) => Paper("v1",
        "Convolutional networks for image segmentation",
        "We segment every pixel of an image with a convolutional encoder decoder. Experiments on COCO images show " +
        "better segmentation masks and object detection boxes than prior visual backbones.",
        topics);

    public static Paper Vision2(params string[] topics) => Paper("v2",
        "Real-time object detection in video",
        "A detector finds objects in video frames from a camera. The visual backbone is a vision transformer over " +
        "image patches; detection accuracy on COCO improves at the same frame rate.",
        topics);

    public static Paper Vision3(params string[] topics) => Paper("v3",
        "Depth estimation from a single image",
        "We predict per-pixel depth from one camera image. A convolutional network trained on indoor scenes gives " +
        "sharper depth maps and better visual reconstruction of the scene.",
        topics);

    public static Paper Language1(params string[] topics) => Paper("l1",
        "Machine translation with large language models",
        "Large language models translate sentences between languages. We prompt the language model with example " +
        "sentence pairs and measure translation quality of the generated text on multilingual corpora.",
        topics);

    public static Paper Language2(params string[] topics) => Paper("l2",
        "Question answering over long documents",
        "A language model reads a long text document and answers questions about it. Token budgets limit the " +
        "context, so we select sentences that matter for the question and summarize the rest of the text.",
        topics);

    public static Paper Language3(params string[] topics) => Paper("l3",
        "Tokenization for multilingual text",
        "Subword tokenizers split words into tokens. We learn a vocabulary for multilingual text that keeps rare " +
        "words whole and improves the language model on translation and question answering.",
        topics);

    /// <summary>An unlabelled paper about image segmentation: must come out as vision.</summary>
    public static Paper UnlabelledSegmentation() => Paper("u1",
        "Semantic segmentation of aerial images",
        "We label every pixel of aerial camera images with a convolutional segmentation network, improving " +
        "segmentation masks of roads and buildings over visual baselines.");

    /// <summary>Three labelled vision and three labelled language papers.</summary>
    public static List<Paper> LabelledCorpus() =>
    [
        Vision1("cs.CV"), Vision2("cs.CV"), Vision3("cs.CV"),
        Language1("cs.CL"), Language2("cs.CL"), Language3("cs.CL"),
    ];
}
