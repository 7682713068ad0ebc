using Lucene.Net.Search;

namespace SearchEngine.Core.Ranking;

/// <summary>A hit given a new score by a re-scoring stage (<see cref="FeedbackRescorer"/>, <see cref="HybridRescorer"/>).</summary>
internal static class RescoredHit
{
    /// <summary>
    /// A copy of <paramref name="hit"/> whose score and first sort value (the score, in relevance order) are
    /// <paramref name="score"/>; the other sort values (the tie-breaks) are kept.
    /// </summary>
    public static FieldDoc WithScore(this FieldDoc hit, float score)
    {
        var fields = (object[])hit.Fields.Clone();
        // why: Lucene.Net compares sort values as J2N boxed numbers, not System.Single.
        fields[0] = J2N.Numerics.Single.GetInstance(score);
        return new FieldDoc(hit.Doc, score, fields, hit.ShardIndex);
    }
}
