using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>Merged papers (ordered by id) plus the report of how they were read.</summary>
public sealed record IngestResult(IReadOnlyList<Paper> Papers, IngestReport Report);
