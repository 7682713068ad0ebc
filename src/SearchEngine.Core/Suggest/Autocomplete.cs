using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Suggest;

/// <summary>
/// Search-as-you-type completions from the keyword fields <see cref="PaperFields.SuggestAuthor"/> and
/// <see cref="PaperFields.SuggestTitle"/>: authors whose name (or surname, see
/// <see cref="PaperDocumentMapper.SuggestAuthorKeys"/>) starts with the prefix, papers whose whole title does, then
/// papers with a title word from which on the title does (<c>large lang</c> finds "Kangaroo … Large Language Models";
/// <see cref="PaperFields.SuggestTitleWords"/>). Thread-safe; one instance serves all requests.
/// </summary>
/// <remarks>
/// Order: authors with at least two papers (most papers first), then titles starting with the prefix, then titles
/// matching from a later word, then authors with one paper;
/// ties alphabetical by the matched key. Cost is bounded for large indexes: at most
/// <see cref="MaxTermsPerField"/> terms are read per field from <see cref="TermsEnum.SeekCeil"/>, never a full
/// scan, and only the returned titles load a stored document. Because of that bound, for a very short prefix
/// such as <c>a</c> the most prolific authors are ranked among the first terms in alphabetical order only.
/// Paper counts are term document frequencies, which include deleted papers until segments merge.
/// <code>
/// using var context = index.Searchers.GetContext();
/// var suggestions = new Autocomplete().Complete(context.Reference, "han");
/// </code>
/// </remarks>
public sealed class Autocomplete
{
    /// <summary>Default bound on the terms read per field and request.</summary>
    public const int DefaultMaxTermsPerField = 500;

    /// <summary>Bound on the terms read per field and request (default 500).</summary>
    public int MaxTermsPerField { get; init; } = DefaultMaxTermsPerField;

    /// <summary>Up to <paramref name="limit"/> completions of <paramref name="prefix"/>; empty for a blank prefix.</summary>
    /// <param name="searcher">An acquired searcher; released by the caller.</param>
    /// <param name="prefix">What the user typed so far; case and repeated spaces do not matter.</param>
    /// <param name="limit">Maximum number of suggestions.</param>
    public IReadOnlyList<Suggestion> Complete(IndexSearcher searcher, string prefix, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var key = NormalizePrefix(prefix);
        if (key.Length == 0 || limit <= 0) return [];
        var reader = searcher.IndexReader;
        var authorDocs = new SegmentTermLookup(reader, PaperFields.SuggestAuthor);
        var titleDocs = new SegmentTermLookup(reader, PaperFields.SuggestTitle);
        var titleWordDocs = new SegmentTermLookup(reader, PaperFields.SuggestTitleWords);

        var authors = ScanTerms(reader, PaperFields.SuggestAuthor, key, MaxTermsPerField).ToList()
            .OrderByDescending(a => a.DocFreq).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
        var results = new List<Suggestion>(limit);
        var seen = new HashSet<Suggestion>();

        void AddAuthors(Func<int, bool> paperCount)
        {
            foreach (var author in authors)
            {
                if (results.Count >= limit) return;
                if (!paperCount(author.DocFreq)) continue;
                if (AuthorName(authorDocs, author.Key) is { } name)
                {
                    Add(new Suggestion(name, Suggestion.AuthorKind, null));
                }
            }
        }

        void Add(Suggestion suggestion)
        {
            if (seen.Add(suggestion)) results.Add(suggestion);
        }

        // why: a name with several papers is a stronger completion than one paper's title; a one-paper author
        // is weaker than a title, which is also that paper.
        AddAuthors(papers => papers >= 2);
        // Titles in term order: alphabetical, so the (lazy) scan stops as soon as the list is full.
        var titleIds = new HashSet<string>(StringComparer.Ordinal);
        void AddTitles(string field, SegmentTermLookup docs)
        {
            foreach (var (titleKey, _) in ScanTerms(reader, field, key, MaxTermsPerField))
            {
                if (results.Count >= limit) return;
                if (docs.FirstLiveDoc(titleKey) is { } hit)
                {
                    var paper = PaperIndex.LoadPaper(searcher, hit.Leaf.DocBase + hit.Doc);
                    // why: one paper can match both from its start and from a later word, or from two words.
                    if (titleIds.Add(paper.Id)) Add(new Suggestion(paper.Title, Suggestion.TitleKind, paper.Id));
                }
            }
        }
        AddTitles(PaperFields.SuggestTitle, titleDocs);
        AddTitles(PaperFields.SuggestTitleWords, titleWordDocs);
        AddAuthors(papers => papers < 2);
        return results;
    }

    /// <summary>
    /// <see cref="PaperDocumentMapper.SuggestKey"/> of the prefix; a trailing space is kept, so <c>"kai "</c>
    /// completes the word "kai" and not "kaiming".
    /// </summary>
    public static string NormalizePrefix(string? prefix)
    {
        if (string.IsNullOrWhiteSpace(prefix)) return "";
        var key = PaperDocumentMapper.SuggestKey(prefix);
        return char.IsWhiteSpace(prefix[^1]) ? key + " " : key;
    }

    /// <summary>
    /// The first <paramref name="max"/> terms of <paramref name="field"/> starting with <paramref name="prefix"/>,
    /// lazily, in term order.
    /// </summary>
    private static IEnumerable<(string Key, int DocFreq)> ScanTerms(IndexReader reader, string field, string prefix,
        int max)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var prefixBytes = new BytesRef(prefix);
        var termsEnum = terms.GetEnumerator();
        if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END) yield break;
        var count = 0;
        do
        {
            var term = termsEnum.Term;
            if (!StringHelper.StartsWith(term, prefixBytes)) yield break;
            yield return (term.Utf8ToString(), termsEnum.DocFreq);
        }
        while (++count < max && termsEnum.MoveNext());
    }

    /// <summary>
    /// The printed name behind an author key: read from the author doc values of one paper holding the key,
    /// preferring the name whose unrotated key it is.
    /// </summary>
    private static string? AuthorName(SegmentTermLookup authorDocs, string key)
    {
        if (authorDocs.FirstLiveDoc(key) is not { } hit) return null;
        var values = hit.Leaf.AtomicReader.GetSortedSetDocValues(PaperFields.AuthorFacet);
        if (values is null) return null;
        values.SetDocument(hit.Doc);
        string? rotated = null;
        var bytes = new BytesRef();
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, bytes);
            var name = bytes.Utf8ToString();
            if (PaperDocumentMapper.SuggestKey(name) == key) return name;
            if (rotated is null && PaperDocumentMapper.SuggestAuthorKeys(name).Contains(key)) rotated = name;
        }
        return rotated;
    }
}
