using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;

namespace SearchEngine.Core.Tests.Querying;

public sealed class QueryCompilerTests
{
    private static readonly QueryCompiler Compiler =
        new(PaperAnalyzers.Create(new AnalyzerOptions()), new RankingOptions(), new AnalyzerOptions());

    private static string? Compile(string q) => Compiler.Compile(LenientQueryParser.Parse(q))?.ToString();

    [Fact]
    public void Stop_words_alone_compile_to_nothing()
    {
        Assert.Null(Compile("the of and"));
    }

    [Fact]
    public void A_word_searches_title_abstract_authors_and_exact_title_with_weights()
    {
        Assert.Equal("title:ghost^2.0 abstract:ghost author:ghost^0.5 title_exact:ghost^0.5", Compile("ghost"));
    }

    [Fact]
    public void Hyphenated_words_become_phrases_of_their_parts()
    {
        Assert.Contains("title:\"llama 2\"^2.0", Compile("llama-2"));
    }

    [Fact]
    public void Venue_prefix_is_an_exact_case_insensitive_term()
    {
        Assert.Equal("venue:neurips", Compile("venue:NeurIPS"));
    }
}
