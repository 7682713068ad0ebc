using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SearchEngine.Core.Options;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Analysis;

/// <summary>
/// English analysis for titles and abstracts of scientific papers:
/// StandardTokenizer → StandardFilter → EnglishPossessiveFilter → (WordDelimiterFilter) → (ModelFamilyFilter) → LowerCaseFilter →
/// (StopFilter) → stemmer. Mirrors Lucene's EnglishAnalyzer, plus optional splitting of model names
/// (<see cref="ModelFamilyFilter"/> adds the family of a versioned name).
/// </summary>
public sealed class ScientificEnglishAnalyzer(AnalyzerOptions options) : Analyzer
{
    // why: split "GhostNetV2" / "YOLOv6" into parts and keep the whole token, so a query for the family name
    // ("GhostNet", "YOLO") and one for the exact model both match. StandardTokenizer already splits on hyphens
    // ("semi-supervised" → semi, supervised) and the query side is analyzed the same way, so hyphenated
    // queries still match as a phrase of parts.
    private const WordDelimiterFlags DelimiterFlags =
        WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS |
        WordDelimiterFlags.SPLIT_ON_CASE_CHANGE | WordDelimiterFlags.SPLIT_ON_NUMERICS |
        WordDelimiterFlags.CATENATE_WORDS | WordDelimiterFlags.PRESERVE_ORIGINAL;

    // why: StandardTokenizer already splits on hyphens, so the punctuation left inside a token is the dot and the
    // apostrophe of initials, abbreviations and numbers ("R.J", "e.g", "I'd", "3.5"). Typing them as letters-or-digits
    // keeps such tokens whole: split into one-letter parts they became rare, heavily weighted terms that matched
    // unrelated papers (−10% MAP on CACM, docs/relevance.md). Case and letter/digit changes still split.
    private static readonly byte[] CharTypes = BuildCharTypes();

    private static byte[] BuildCharTypes()
    {
        var table = new byte[256];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (byte)(char.IsLower((char)c) ? WordDelimiterFilter.LOWER
                : char.IsUpper((char)c) ? WordDelimiterFilter.UPPER
                : char.IsDigit((char)c) ? WordDelimiterFilter.DIGIT
                : WordDelimiterFilter.SUBWORD_DELIM);
        }
        table['.'] = (byte)WordDelimiterFilter.ALPHANUM;
        table['\''] = (byte)WordDelimiterFilter.ALPHANUM;
        return table;
    }

    public AnalyzerOptions Options { get; } = options;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneDefaults.Version, reader);
        TokenStream stream = new StandardFilter(LuceneDefaults.Version, source);
        stream = new EnglishPossessiveFilter(LuceneDefaults.Version, stream);
        if (Options.WordDelimiter)
        {
            stream = new WordDelimiterFilter(LuceneDefaults.Version, stream, CharTypes, DelimiterFlags, protWords: null);
        }
        if (Options.ModelFamilies)
        {
            // why: independent of word-delimiter splitting, which also splits initials ("R.J." → r, j) into rare
            // one-letter terms; the family token alone makes "GhostNet" find "GhostNetV2" (docs/relevance.md).
            stream = new ModelFamilyFilter(stream);
        }
        stream = new LowerCaseFilter(LuceneDefaults.Version, stream);
        if (Options.StopWords)
        {
            stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
        }
        stream = Options.Stemmer switch
        {
            "porter" => new PorterStemFilter(stream),
            "kstem" => new KStemFilter(stream),
            "minimal" => new EnglishMinimalStemFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(source, stream);
    }
}
