using System.Net;
using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Querying;

namespace SearchEngine.Core.Search;

/// <summary>Builds the HTML snippet of each shown hit for one query (temporary: first characters, escaped).</summary>
internal sealed class SnippetSource(PaperIndex index, IndexSearcher searcher, Query query, ParsedQuery parsed)
{
    public string For(Paper paper)
    {
        _ = (index, searcher, query, parsed);
        var text = paper.Abstract.Length > 0 ? paper.Abstract : paper.Title;
        return WebUtility.HtmlEncode(text.Length > 200 ? text[..200] + "…" : text);
    }
}
