using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>A small, fixed corpus (12 papers) with known venues, years, topics and authors.</summary>
public static class TestCorpus
{
    public static IReadOnlyList<Paper> Papers { get; } =
    [
        Paper("p01", "GhostNet: More Features from Cheap Operations").Abstract("Deploying convolutional neural networks on embedded devices is difficult. We propose a Ghost module to generate more feature maps from cheap operations.").Authors("Kai Han", "Yunhe Wang").Year(2020).Venue("CVPR").Topics("cs.CV").Code(),
        Paper("p02", "GhostNetV2: Enhance Cheap Operation with Long-Range Attention").Abstract("Light-weight convolutional neural networks are designed for mobile applications. GhostNetV2 adds a hardware-friendly attention mechanism.").Authors("Yehui Tang", "Kai Han", "Yunhe Wang").Year(2022).Venue("NeurIPS").Topics("cs.CV").Code(),
        Paper("p03", "Vision Transformer Pruning").Abstract("Vision transformers achieve strong results on image recognition; we prune their channels to reduce computation.").Authors("Mingjian Zhu", "Kai Han").Year(2021).Venue("arXiv", PublicationType.Preprint).Topics("cs.CV", "cs.LG"),
        Paper("p04", "Transformer in Transformer").Abstract("Transformers model image patches; we model both patch-level and pixel-level representations with nested transformers.").Authors("Kai Han", "An Xiao").Year(2021).Venue("NeurIPS").Topics("cs.CV"),
        Paper("p05", "PanGu-$π$: Enhancing Language Model Architectures via Nonlinearity Compensation").Abstract("Large language models suffer from feature collapse; we introduce nonlinearity compensation for language models.").Authors("Yunhe Wang", "Hanting Chen").Year(2023).Venue("arXiv", PublicationType.Preprint).Topics("cs.CL"),
        Paper("p06", "Semi-Supervised Learning with Consistency").Abstract("Semi-supervised learning uses unlabeled data; consistency regularization improves the learning of classifiers.").Authors("Ada Lovelace").Year(2019).Venue("ICML").Topics("cs.LG"),
        Paper("p07", "Llama-2 Fine-Tuning for Dialogue").Abstract("We fine-tune Llama-2 language models for dialogue and study their safety.").Authors("Grace Hopper", "Alan Turing").Year(2023).Venue("ACL").Topics("cs.CL"),
        Paper("p08", "YOLOv6: A Single-Stage Object Detector").Abstract("Real-time object detection with YOLOv6, an efficient single-stage detector for industrial applications.").Authors("Chengcheng Wang").Year(2022).Venue("arXiv", PublicationType.Preprint).Topics("cs.CV").Code(),
        Paper("p09", "A Survey of Graph Neural Networks").Abstract("Graph neural networks learn over graphs; we survey message passing architectures.").Authors("Alan Turing").Year(2020).Venue("TPAMI", PublicationType.JournalArticle).Topics("cs.LG"),
        Paper("p10", "Untitled Note on Sorting").Abstract("Sorting algorithms with comparison lower bounds.").Authors("Donald Knuth"),
        Paper("p11", "Energy-Efficient Inference").Abstract("Inference on mobile devices must be energy efficient; we measure neural network energy.").Authors("Grace Hopper").Year(2021).Topics("cs.LG"),
        Paper("p12", "Dialogue Safety Benchmarks").Abstract("A benchmark for the safety of dialogue language models.").Authors("Alan Turing").Year(2024).Venue("ACL").Topics("cs.CL", "cs.AI"),
    ];

    /// <summary>The corpus as one segment, written sequentially: the same index every run.</summary>
    public static PaperIndex Index() => PaperIndex.InMemorySegments([Papers]);

    /// <summary>The corpus split in order into <paramref name="segments"/> segments of (nearly) equal size.</summary>
    /// <param name="slices">When set, searches run over up to this many slices of segments in parallel.</param>
    public static PaperIndex Index(int segments, int? slices = null) =>
        PaperIndex.InMemorySegments(Papers.Select((p, i) => (p, i)).GroupBy(x => x.i * segments / Papers.Count)
            .Select(g => (IReadOnlyList<Paper>)g.Select(x => x.p).ToList()), slices: slices);
}
