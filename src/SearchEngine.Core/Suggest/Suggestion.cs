namespace SearchEngine.Core.Suggest;

/// <summary>One autocomplete entry.</summary>
/// <param name="Text">What to show and to search for: a paper's title or an author's name, as printed.</param>
/// <param name="Kind"><see cref="TitleKind"/> or <see cref="AuthorKind"/>.</param>
/// <param name="Id">The paper id of a title suggestion; null for authors.</param>
public sealed record Suggestion(string Text, string Kind, string? Id)
{
    /// <summary>Kind of a paper-title suggestion.</summary>
    public const string TitleKind = "title";

    /// <summary>Kind of an author-name suggestion.</summary>
    public const string AuthorKind = "author";
}
