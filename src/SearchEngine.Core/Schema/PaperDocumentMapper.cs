using System.Globalization;
using Lucene.Net.Documents;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Schema;

/// <summary>
/// Paper → Lucene document: decides, per field, what is indexed, stored and kept as doc values. The filter/facet
/// fields follow the <see cref="Dimensions"/> table.
/// </summary>
/// <remarks>
/// A <c>new PaperDocumentMapper()</c> makes a new document per paper and is thread-safe;
/// <see cref="ForOneThread"/> refills one document per paper (valid until the next call), for bulk indexing.
/// </remarks>
public sealed class PaperDocumentMapper
{
    private readonly DocumentFields? _reused;

    public PaperDocumentMapper() { }

    private PaperDocumentMapper(DocumentFields reused) => _reused = reused;

    /// <summary>
    /// A mapper for one indexing thread: <see cref="ToDocument"/> returns the same document object each time,
    /// refilled (the previous paper's document must have been added before the next call).
    /// </summary>
    public static PaperDocumentMapper ForOneThread() => new(new DocumentFields(reuse: true));

    public Document ToDocument(Paper paper)
    {
        var doc = _reused ?? new DocumentFields(reuse: false);
        doc.Start();
        doc.String(PaperFields.Id, paper.Id, Field.Store.YES);
        doc.Sorted(PaperFields.IdSort, paper.Id);
        doc.Text(PaperFields.TitleExact, paper.Title);
        doc.String(PaperFields.SuggestTitle, SuggestKey(paper.Title), Field.Store.NO);
        doc.Stored(PaperFields.Source, StoredPaperCodec.Encode(paper));
        // why: a work merged from listings under other titles is found by any of them (title fields are multi-valued).
        foreach (var alternate in paper.AlternateTitles)
        {
            doc.Text(PaperFields.TitleExact, alternate);
            doc.String(PaperFields.SuggestTitle, SuggestKey(alternate), Field.Store.NO);
        }
        // why: no term vectors. More-like-this re-analyzes the one source paper's stored title and abstract
        // (a fraction of a millisecond), which gives exactly the terms and frequencies the vectors held, while
        // vectors for every paper cost about a quarter of the index size and of the indexing time (measured).
        doc.Text(PaperFields.Title, paper.Title);
        foreach (var alternate in paper.AlternateTitles) doc.Text(PaperFields.Title, alternate);
        // why: bare words are ranked by BM25 over the whole record (measured best on CACM, docs/relevance.md).
        // The abstract is not indexed on its own: its postings would repeat most of this field's, costing a
        // quarter of the index and an extra analysis pass per paper; abstract: searches this field.
        var titles = string.Join("\n", paper.AlternateTitles.Prepend(paper.Title));
        doc.Text(PaperFields.Text, titles + "\n" + paper.Abstract);
        foreach (var key in paper.AlternateTitles.Prepend(paper.Title).SelectMany(SuggestTitleWordKeys).Distinct(StringComparer.Ordinal))
        {
            doc.String(PaperFields.SuggestTitleWords, key, Field.Store.NO);
        }
        foreach (var author in paper.Authors.Distinct(StringComparer.Ordinal))
        {
            doc.Name(PaperFields.Author, author);
            foreach (var key in SuggestAuthorKeys(author))
            {
                doc.String(PaperFields.SuggestAuthor, key, Field.Store.NO);
            }
        }
        foreach (var dimension in Dimensions.All)
        {
            AddDimension(doc, dimension, paper);
        }
        return doc.Document;
    }

    /// <summary>
    /// A dimension's filter terms (lower-cased, plus each value's group) and its doc-values column (printed values),
    /// as <see cref="Dimensions"/> describes them.
    /// </summary>
    private static void AddDimension(DocumentFields doc, Dimension dimension, Paper paper)
    {
        var values = dimension.Values(paper).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0) return;
        if (dimension.Kind == DimensionKind.Year)
        {
            var year = int.Parse(values[0], CultureInfo.InvariantCulture);
            if (dimension.Filter) doc.Int32(dimension.IndexedField, year);
            // why: always kept, facet or not: the newest/oldest sorts read it.
            doc.Numeric(dimension.DocValuesField, year);
            return;
        }
        if (dimension.Filter)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                keys.Add(Dimension.FilterKey(value));
                // why: filtering by a group ("cs") matches every paper with a value in it.
                if (dimension.GroupOf?.Invoke(value) is { } group) keys.Add(Dimension.FilterKey(group));
            }
            foreach (var key in keys) doc.String(dimension.IndexedField, key, Field.Store.NO);
        }
        if (!dimension.Facet) return;
        if (dimension.MultiValued)
        {
            foreach (var value in values) doc.SortedSet(dimension.DocValuesField, value);
        }
        else
        {
            doc.Sorted(dimension.DocValuesField, values[0]);
        }
    }

    /// <summary>
    /// The autocomplete keys of an author: the <see cref="SuggestKey"/> of the name as printed, then the name
    /// rotated to start at each later part (<c>Kai Han</c> → <c>kai han</c>, <c>han kai</c>), so typing a surname
    /// finds the author. Autocomplete maps a key back to the printed name through the author doc values.
    /// </summary>
    public static IReadOnlyList<string> SuggestAuthorKeys(string author)
    {
        var parts = SuggestKey(author).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var key = string.Join(' ', parts[i..].Concat(parts[..i]));
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    /// <summary>Longest inside-title key kept: a prefix is matched against the key's start only, so the rest is dead weight.</summary>
    public const int MaxTitleWordKeyLength = 64;

    /// <summary>Title words that do not start an inside-title key: typing <c>of</c> should not list every title.</summary>
    private static readonly HashSet<string> TitleKeySkip = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "in", "on", "and", "or", "to", "with", "via", "by", "from", "at", "is", "are", "as",
    };

    /// <summary>
    /// The inside-title autocomplete keys: the <see cref="SuggestKey"/> of the title from each later word on, leading
    /// punctuation of that word dropped (<c>Kangaroo: Lossless Self-Speculative …</c> → <c>lossless self-speculative …</c>,
    /// <c>self-speculative …</c>), cut to <see cref="MaxTitleWordKeyLength"/> characters. Words in a short stop list
    /// start no key. The whole title's key is <see cref="PaperFields.SuggestTitle"/>, matched first.
    /// </summary>
    public static IReadOnlyList<string> SuggestTitleWordKeys(string title)
    {
        var words = SuggestKey(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = new List<string>(words.Length);
        for (var i = 1; i < words.Length; i++)
        {
            var first = words[i].TrimStart('(', '[', '{', '"', '\'', '`', '-', ':', ',');
            if (first.Length == 0 || TitleKeySkip.Contains(first.TrimEnd(',', ':', ';', '.'))) continue;
            var key = string.Join(' ', words[(i + 1)..].Prepend(first));
            if (key.Length > MaxTitleWordKeyLength) key = key[..MaxTitleWordKeyLength].TrimEnd();
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    /// <summary>The normalized key autocomplete matches prefixes against: lower-case, single spaces.</summary>
    public static string SuggestKey(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
