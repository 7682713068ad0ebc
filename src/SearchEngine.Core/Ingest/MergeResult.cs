using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>The outcome of <see cref="PaperMerger.Merge"/>.</summary>
/// <param name="Papers">Distinct papers, ordered by id.</param>
/// <param name="MergedGroups">How many papers were built from more than one record.</param>
public sealed record MergeResult(IReadOnlyList<Paper> Papers, int MergedGroups);
