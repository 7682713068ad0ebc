using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchEngine.Core.Suggest;

/// <summary>
/// Finds a live document holding an exact term of one field, segment by segment, reusing one
/// <see cref="TermsEnum"/> per segment for the whole request.
/// </summary>
/// <remarks>
/// why: <see cref="MultiFields.GetTermDocsEnum(IndexReader, IBits, string, BytesRef)"/> builds a merged view of
/// all segments on every call; autocomplete looks up a handful of terms per keystroke and needs no merging.
/// Not thread-safe: one per request.
/// </remarks>
internal sealed class SegmentTermLookup(IndexReader reader, string field)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly TermsEnum?[] _enums = new TermsEnum?[reader.Leaves.Count];
    private DocsEnum? _docs;

    /// <summary>The segment and segment-local id of the first live document with <paramref name="term"/>, or null.</summary>
    public (AtomicReaderContext Leaf, int Doc)? FirstLiveDoc(string term)
    {
        var bytes = new BytesRef(term);
        for (var i = 0; i < _leaves.Count; i++)
        {
            var leaf = _leaves[i];
            var termsEnum = _enums[i] ??= leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (termsEnum is null || !termsEnum.SeekExact(bytes)) continue;
            _docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, _docs, DocsFlags.NONE);
            var doc = _docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) return (leaf, doc);
        }
        return null;
    }
}
