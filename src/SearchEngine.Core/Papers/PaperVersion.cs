namespace SearchEngine.Core.Papers;

/// <summary>Another paper that is a version of this one: its id, title and year, enough to show and link it.</summary>
public sealed record PaperVersion(string Id, string Title, int? Year);
