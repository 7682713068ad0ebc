using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Search;

/// <summary>Turns the shown Lucene hits into result cards (stored paper → <see cref="SearchHit"/> + highlights).</summary>
internal sealed class HitBuilder(SnippetSource snippets)
{
    public SearchHit Build(ScoreDoc scoreDoc)
    {
        var analyzed = snippets.Papers.Of(scoreDoc.Doc);
        var paper = analyzed.Paper;
        var snippet = snippets.SnippetOf(analyzed);
        return new SearchHit
        {
            Id = paper.Id,
            Title = paper.Title,
            TitleHighlights = snippets.TitleHighlightsOf(analyzed),
            Authors = paper.Authors,
            AuthorsTruncated = paper.AuthorsTruncated,
            Venue = paper.Venue,
            Year = paper.Year,
            Type = paper.Type?.ToCode(),
            Topics = paper.AllTopics.ToList(),
            InferredTopics = paper.InferredTopics.Except(paper.Topics, StringComparer.Ordinal).ToList(),
            HasCode = paper.HasCode,
            CodeUrl = paper.CodeUrl,
            Links = paper.Links,
            Snippet = snippet.Text.Length == 0 ? null : snippet,
            Score = float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
        };
    }
}
