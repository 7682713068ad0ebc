using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SearchEngine.Core.Options;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Analysis;

/// <summary>
/// The only place analyzers are built. One per-field analyzer serves indexing and querying, so query text is
/// analyzed exactly like the indexed text of the same field. Analyzers are thread-safe and reused.
/// </summary>
public static class PaperAnalyzers
{
    /// <summary>The per-field analyzer for the paper index built with <paramref name="options"/>.</summary>
    public static Analyzer Create(AnalyzerOptions options)
    {
        var text = new ScientificEnglishAnalyzer(options);
        var perField = new Dictionary<string, Analyzer>
        {
            [PaperFields.Title] = text,
            [PaperFields.Text] = text,
            [PaperFields.TitleExact] = new ExactTextAnalyzer(),
            [PaperFields.Author] = new NameAnalyzer(),
        };
        // why: everything else (id, venue, topic, type, suggest keys) is an exact value.
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /// <summary>Lower-cased words, no stemming, stop words kept: exact forms and phrases of titles.</summary>
    private sealed class ExactTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneDefaults.Version, reader);
            // why: StandardTokenizer's default max token length (255) is fine; no stop set means all words kept.
            TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, source);
            return new TokenStreamComponents(source, stream);
        }
    }

    /// <summary>Person names: lower-cased, accents folded (<c>Müller</c> matches <c>muller</c>).</summary>
    private sealed class NameAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneDefaults.Version, reader);
            TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, source);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        // why: a phrase query must not match across two authors ("Han Kai" from "... Han" + "Kai ...").
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    /// <summary>Analyzes <paramref name="text"/> as <paramref name="field"/> and returns its terms in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
