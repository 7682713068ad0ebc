using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Schema;

/// <summary>
/// Paper → Lucene document: decides, per field, what is indexed, stored, kept as doc values and term vectors.
/// </summary>
public sealed class PaperDocumentMapper
{
    // why: no term vectors. More-like-this re-analyzes the one source paper's stored title and abstract
    // (a fraction of a millisecond), which gives exactly the terms and frequencies the vectors held, while
    // vectors for every paper cost about a quarter of the index size and of the indexing time (measured).
    private static readonly FieldType Text = TextField.TYPE_NOT_STORED;

    public Document ToDocument(Paper paper)
    {
        var doc = new Document
        {
            new StringField(PaperFields.Id, paper.Id, Field.Store.YES),
            new SortedDocValuesField(PaperFields.IdSort, new BytesRef(paper.Id)),
            new TextField(PaperFields.TitleExact, paper.Title, Field.Store.NO),
            new StringField(PaperFields.SuggestTitle, SuggestKey(paper.Title), Field.Store.NO),
            new StoredField(PaperFields.Source, StoredPaperCodec.Encode(paper)),
            new StringField(PaperFields.HasCode, paper.HasCode ? "true" : "false", Field.Store.NO),
        };
        doc.Add(new Field(PaperFields.Title, paper.Title, Text));
        // why: bare words are ranked by BM25 over the whole record (measured best on CACM, docs/relevance.md).
        // The abstract is not indexed on its own: its postings would repeat most of this field's, costing a
        // quarter of the index and an extra analysis pass per paper; abstract: searches this field.
        doc.Add(new Field(PaperFields.Text, paper.Title + "\n" + paper.Abstract, Text));
        foreach (var author in paper.Authors.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new TextField(PaperFields.Author, author, Field.Store.NO));
            doc.Add(new StringField(PaperFields.AuthorKey, FilterKey(author), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PaperFields.AuthorFacet, new BytesRef(author)));
            foreach (var key in SuggestAuthorKeys(author))
            {
                doc.Add(new StringField(PaperFields.SuggestAuthor, key, Field.Store.NO));
            }
        }
        if (paper.Venue is { Length: > 0 } venue)
        {
            doc.Add(new StringField(PaperFields.Venue, FilterKey(venue), Field.Store.NO));
            doc.Add(new SortedDocValuesField(PaperFields.VenueFacet, new BytesRef(venue)));
        }
        if (paper.Type is { } type)
        {
            doc.Add(new StringField(PaperFields.Type, type.ToCode(), Field.Store.NO));
            doc.Add(new SortedDocValuesField(PaperFields.TypeFacet, new BytesRef(type.ToCode())));
        }
        if (paper.Year is { } year)
        {
            doc.Add(new Int32Field(PaperFields.Year, year, Field.Store.NO));
            doc.Add(new NumericDocValuesField(PaperFields.YearValue, year));
        }
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in paper.AllTopics)
        {
            doc.Add(new StringField(PaperFields.Topic, FilterKey(topic), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PaperFields.TopicFacet, new BytesRef(topic)));
            if (Taxonomy.GroupOf(topic) is { } group && group != topic && groups.Add(group))
            {
                // why: filtering by a group ("cs") matches every paper with a topic in it.
                doc.Add(new StringField(PaperFields.Topic, FilterKey(group), Field.Store.NO));
            }
        }
        return doc;
    }

    /// <summary>
    /// The exact-match key of venue/topic filters: lower-case, so <c>venue=neurips</c> finds <c>NeurIPS</c>;
    /// doc values keep the printed form for display.
    /// </summary>
    public static string FilterKey(string value) => value.Trim().ToLowerInvariant();

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

    /// <summary>The normalized key autocomplete matches prefixes against: lower-case, single spaces.</summary>
    public static string SuggestKey(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
