namespace SearchEngine.Core.Querying;

/// <summary>The result of lenient parsing: clauses plus warnings about syntax that was read as plain words.</summary>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<string> Warnings)
{
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>The plain words of term clauses, in order (for "did you mean").</summary>
    public IEnumerable<string> Words => Clauses
        .Where(c => c.Kind is ClauseKind.Term or ClauseKind.Fuzzy && c.Occur != ClauseOccur.MustNot && c.Field is null)
        .Select(c => c.Text);
}
