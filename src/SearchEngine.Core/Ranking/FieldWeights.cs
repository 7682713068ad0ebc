using SearchEngine.Core.Options;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// The one field-weight table of the index's one layout: which indexed fields a query word searches, and with what
/// weight. Title and abstract words live in the combined <see cref="PaperFields.Text"/> field (BM25 over the whole
/// record); <see cref="PaperFields.Title"/>, <see cref="PaperFields.Author"/> and <see cref="PaperFields.TitleExact"/>
/// add bonuses on top. Used by the query compiler, RM3 feedback and similar papers, so they all agree.
/// </summary>
/// <example>
/// <code>
/// var weights = new FieldWeights(new RankingOptions());
/// // weights.BareWord: (text, 1), (title, 0.25), (author, 0.25), (title_exact, 0.25)
/// </code>
/// </example>
public sealed class FieldWeights
{
    public FieldWeights(RankingOptions ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        BareWord = Searched(
            (PaperFields.Text, ranking.TextWeight),
            (PaperFields.Title, ranking.TitleWeight),
            (PaperFields.Author, ranking.AuthorWeight),
            (PaperFields.TitleExact, ranking.TitleExactWeight));
        Content = Searched((PaperFields.Text, ranking.TextWeight), (PaperFields.Title, ranking.TitleWeight));
        // why: title: keeps the exact-form bonus in the same proportion as for a bare word, where the main field
        // (the combined text) has TextWeight.
        Title = [(PaperFields.Title, 1f), (PaperFields.TitleExact, ranking.TitleExactWeight / Math.Max(ranking.TextWeight, 0.01f))];
    }

    /// <summary>The fields and weights a bare word searches (a field weighted 0 is not searched).</summary>
    public IReadOnlyList<(string Field, float Weight)> BareWord { get; }

    /// <summary>
    /// The fields holding a paper's own words (the combined text and the title), with their bare-word weights:
    /// where RM3 feedback terms are searched.
    /// </summary>
    public IReadOnlyList<(string Field, float Weight)> Content { get; }

    /// <summary>The fields a <c>title:</c> clause searches: the analyzed title, plus the unstemmed title for exact forms.</summary>
    public IReadOnlyList<(string Field, float Weight)> Title { get; }

    /// <summary>
    /// The field an <c>abstract:</c> clause searches: the combined field, as the abstract is indexed only there (a
    /// separate field would repeat most of its postings, a quarter of the index).
    /// </summary>
    public IReadOnlyList<(string Field, float Weight)> Abstract { get; } = [(PaperFields.Text, 1f)];

    /// <summary>The field an <c>author:</c> clause searches.</summary>
    public IReadOnlyList<(string Field, float Weight)> Author { get; } = [(PaperFields.Author, 1f)];

    /// <summary>
    /// The indexed field of a more-like-this field name (<see cref="MoreLikeThisOptions.Fields"/>): <c>title</c> is the
    /// title field, <c>abstract</c> the combined field that holds it.
    /// </summary>
    public static string IndexedFieldOf(string similarField) => similarField switch
    {
        "title" => PaperFields.Title,
        "abstract" => PaperFields.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(similarField), similarField, "expected title or abstract"),
    };

    // why: a 0-weighted field would still match (at score 0) and pull papers matching only there into the results.
    private static (string Field, float Weight)[] Searched(params (string Field, float Weight)[] fields) =>
        fields.Where(f => f.Weight > 0).ToArray();
}
