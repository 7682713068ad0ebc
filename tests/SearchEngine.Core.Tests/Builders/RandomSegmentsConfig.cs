using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>
/// The writer settings of the scorer and collector tests that compare against Lucene on random corpora: whitespace
/// words, BM25, and no merging, so every flush stays a segment of its own and the per-segment paths are exercised.
/// </summary>
internal static class RandomSegmentsConfig
{
    public static IndexWriterConfig Create() =>
        new(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
}
