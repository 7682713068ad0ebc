using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Core.Similar;

/// <summary>
/// Maps analyzed terms (stems such as <c>convolut</c>) back to a word as written in a source text
/// (<c>convolutional</c>), so "why similar" reads as words; a term absent from the text stays as is.
/// </summary>
internal static class SurfaceForms
{
    public static List<string> Of(Analyzer analyzer, string field, string text, IReadOnlyList<string> terms)
    {
        var wanted = new HashSet<string>(terms, StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && forms.Count < wanted.Count)
            {
                var t = term.ToString();
                if (wanted.Contains(t) && !forms.ContainsKey(t) && offset.EndOffset <= text.Length)
                {
                    forms[t] = text[offset.StartOffset..offset.EndOffset].ToLowerInvariant();
                }
            }
            stream.End();
        }
        return terms.Select(t => forms.GetValueOrDefault(t, t)).Distinct(StringComparer.Ordinal).ToList();
    }
}
