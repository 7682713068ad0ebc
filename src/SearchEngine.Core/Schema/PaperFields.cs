namespace SearchEngine.Core.Schema;

/// <summary>
/// Every Lucene field name of the paper index, in one place. <see cref="PaperDocumentMapper"/> decides how
/// each is indexed; <see cref="Analysis.PaperAnalyzers"/> decides how each is analyzed.
/// </summary>
public static class PaperFields
{
    /// <summary>Paper id: exact term (for updates/deletes/lookup) and sorted doc values (tie-break).</summary>
    public const string Id = "id";
    /// <summary>Title, analyzed with the scientific English analyzer.</summary>
    public const string Title = "title";
    /// <summary>Title, lower-cased but unstemmed and with stop words kept: exact/phrase boosts.</summary>
    public const string TitleExact = "title_exact";
    /// <summary>
    /// Title and abstract as one field, analyzed with the scientific English analyzer: what bare words, <c>abstract:</c>,
    /// feedback and more-like-this search (BM25 over the whole record). The abstract has no field of its own.
    /// </summary>
    public const string Text = "text";
    /// <summary>Author names, searchable (one value per author, position gap between them).</summary>
    public const string Author = "author";
    /// <summary>Author name as one exact, lower-cased term (the author filter).</summary>
    public const string AuthorKey = "author_key";
    /// <summary>Venue as an exact, case-preserving term (filter).</summary>
    public const string Venue = "venue";
    /// <summary>Topic codes as exact terms, including their group (<c>cs.CV</c> and <c>cs</c>) for filtering.</summary>
    public const string Topic = "topic";
    /// <summary>Publication type code.</summary>
    public const string Type = "type";
    /// <summary>Year as an <c>Int32Field</c> for range filters.</summary>
    public const string Year = "year";
    /// <summary><c>true</c>/<c>false</c>.</summary>
    public const string HasCode = "has_code";
    /// <summary>The whole paper as JSON (stored only): what hits and the paper view are built from.</summary>
    public const string Source = "_source";

    // Doc-values columns (one DocValues type per field name, hence separate names).
    public const string IdSort = "id_dv";
    public const string VenueFacet = "venue_dv";
    public const string TopicFacet = "topic_dv";
    public const string TypeFacet = "type_dv";
    public const string AuthorFacet = "author_dv";
    public const string YearValue = "year_dv";
    public const string HasCodeFacet = "has_code_dv";

    /// <summary>Lower-cased title and author names as keywords, for autocomplete by prefix.</summary>
    public const string SuggestTitle = "suggest_title";
    public const string SuggestAuthor = "suggest_author";
    /// <summary>The title from each later significant word on (<c>language models are …</c>): autocomplete inside titles.</summary>
    public const string SuggestTitleWords = "suggest_title_words";
}
