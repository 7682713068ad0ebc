namespace SearchEngine.Core.Querying;

/// <summary>How a clause combines with the others: <c>+must</c>, <c>-exclude</c>, or ranked (default).</summary>
public enum ClauseOccur
{
    Should,
    Must,
    MustNot,
}

/// <summary>What a clause matches.</summary>
public enum ClauseKind
{
    /// <summary>A word (analyzed like the field's text).</summary>
    Term,
    /// <summary>A quoted phrase: all words, in order.</summary>
    Phrase,
    /// <summary><c>word*</c>: any word starting with the text.</summary>
    Prefix,
    /// <summary><c>word~</c> / <c>word~1</c>: words within a few edits.</summary>
    Fuzzy,
}

/// <summary>
/// One clause of a parsed user query (the lenient parser's AST). Pure data, knows nothing of Lucene.
/// </summary>
/// <param name="Field">A known field prefix (<see cref="QueryFieldNames"/>) or null for all text fields.</param>
/// <param name="MaxEdits">For fuzzy clauses: 1 or 2.</param>
public sealed record QueryClause(ClauseOccur Occur, ClauseKind Kind, string Text, string? Field = null, int MaxEdits = 2);
