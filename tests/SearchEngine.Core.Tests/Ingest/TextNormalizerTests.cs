using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Tests.Ingest;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("The new &#34;PyramidTNT&#34; model", "The new \"PyramidTNT\" model")]
    [InlineData("U-Net&#39;s &amp; more", "U-Net's & more")]
    [InlineData("  a \t b\n\nc  ", "a b c")]
    [InlineData("ﬁne ①", "fine 1")]
    [InlineData("PanGu-$π$ Pro:Rethinking", "PanGu-$π$ Pro:Rethinking")]
    [InlineData("Model Rubik’s Cube", "Model Rubik’s Cube")]
    [InlineData(null, "")]
    public void Decodes_references_folds_compatibility_forms_and_collapses_whitespace(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("PanGu-$π$ Pro:Rethinking Optimization", "pangu π pro rethinking optimization")]
    [InlineData("MemoryFormer : Minimize", "memoryformer minimize")]
    [InlineData("'Squeeze & Excitation'", "squeeze excitation")]
    public void Title_keys_are_case_folded_with_punctuation_runs_as_one_space(string title, string key) =>
        Assert.Equal(key, TitleKey.For(title));

    [Fact]
    public void Derived_ids_are_short_url_safe_and_stable()
    {
        var id = PaperId.Derive("vision gnn an image is worth graph of nodes");
        Assert.Equal(id, PaperId.Derive("vision gnn an image is worth graph of nodes"));
        Assert.Matches("^p[a-z2-7]{10}$", id);
        Assert.NotEqual(id, PaperId.Derive("vision gnn"));
        Assert.Equal("pqhv5gmewm4", id);
    }

    [Theory]
    [InlineData("Jie Zhao 0003", "Jie Zhao")]
    [InlineData("yitong jiang", "yitong jiang")]
    [InlineData("et al.", null)]
    public void Author_names_lose_homonym_numbers_but_keep_their_case(string raw, string? clean) =>
        Assert.Equal(clean, AuthorNames.Clean(raw));

    [Fact]
    public void Author_lists_split_on_commas_and_and()
    {
        var (names, truncated) = AuthorNames.SplitList("A. Smith, B. Jones and C. Lee");
        Assert.Equal(["A. Smith", "B. Jones", "C. Lee"], names);
        Assert.False(truncated);
        Assert.True(AuthorNames.SplitList("A, B, C et al.").Truncated);
    }
}
