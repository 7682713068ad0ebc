using Lucene.Net.Util;

namespace SearchEngine.Core.Schema;

/// <summary>The one Lucene version constant for analyzers, parsers and writer config (index and query must match).</summary>
public static class LuceneDefaults
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
