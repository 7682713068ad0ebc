using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;

namespace SearchEngine.Core.Tests.Querying;

public sealed class QueryCompilerTests
{
    private static readonly QueryCompiler Compiler =
        new(PaperAnalyzers.Create(new AnalyzerOptions()), new RankingOptions());

    private static string? Compile(string q) => Compiler.Compile(LenientQueryParser.Parse(q))?.ToString();

    [Fact]
    public void Stop_words_alone_compile_to_nothing()
    {
        Assert.Null(Compile("the of and"));
    }

    [Fact]
    public void A_word_searches_the_combined_text_authors_and_exact_title_with_weights()
    {
        // Defaults from docs/relevance.md: the stemmed title has no bonus (it cost MAP on CACM and MED), so it is not searched.
        Assert.Equal("text:ghost author:ghost^0.25 title_exact:ghost^0.25", Compile("ghost"));
    }

    [Fact]
    public void A_field_weighted_0_is_not_searched()
    {
        var compiler = new QueryCompiler(PaperAnalyzers.Create(new AnalyzerOptions()),
            new RankingOptions { TitleWeight = 2, AuthorWeight = 0, TitleExactWeight = 0.5f });
        Assert.Equal("text:ghost title:ghost^2.0 title_exact:ghost^0.5", compiler.Compile(LenientQueryParser.Parse("ghost"))!.ToString());
    }

    [Fact]
    public void Abstract_prefix_searches_the_combined_field_and_title_prefix_the_title_fields()
    {
        Assert.Equal("text:ghost", Compile("abstract:ghost"));
        Assert.Equal("title:ghost title_exact:ghost^0.25", Compile("title:ghost"));
    }

    [Fact]
    public void Hyphenated_words_become_phrases_of_their_parts()
    {
        Assert.Contains("text:\"llama 2\"", Compile("llama-2"));
        Assert.Contains("title_exact:\"llama 2\"^0.25", Compile("llama-2"));
    }

    [Fact]
    public void Exclusions_only_match_every_paper_without_the_words()
    {
        Assert.Equal("-(text:survei author:survey^0.25 title_exact:survey^0.25) +*:*", Compile("-survey"));
    }

    [Fact]
    public void Two_to_four_bare_words_also_match_as_one_authors_name()
    {
        Assert.EndsWith("author:\"yunhe wang\"~2^2.0", Compile("Yunhe Wang"));
        Assert.DoesNotContain("~2", Compile("yunhe"));
        Assert.DoesNotContain("~2", Compile("one two three four five"));
        Assert.DoesNotContain("~2", Compile("title:yunhe wang"));
    }

    [Fact]
    public void Venue_prefix_is_an_exact_case_insensitive_term()
    {
        Assert.Equal("venue:neurips", Compile("venue:NeurIPS"));
    }
}
