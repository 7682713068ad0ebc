using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Journal;

/// <summary>One change in the <see cref="ChangeJournal"/>: a paper added or replaced (by id), or an id deleted.</summary>
public sealed record JournalEntry
{
    /// <summary>The paper to add or replace; null for a delete.</summary>
    public Paper? Paper { get; init; }
    /// <summary>The id this entry changes.</summary>
    public required string Id { get; init; }

    public bool IsDelete => Paper is null;

    public static JournalEntry Upsert(Paper paper) => new() { Paper = paper, Id = paper.Id };

    public static JournalEntry Delete(string id) => new() { Id = id };
}
