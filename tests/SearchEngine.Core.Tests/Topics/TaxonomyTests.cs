using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Tests.Topics;

public sealed class TaxonomyTests
{
    [Theory]
    [InlineData("CV", "cs.CV")]
    [InlineData("CL", "cs.CL")]
    [InlineData("LG", "cs.LG")]
    [InlineData("AI", "cs.AI")]
    [InlineData("RO", "cs.RO")]
    [InlineData("IR", "cs.IR")]
    [InlineData("NE", "cs.NE")]
    [InlineData("cv", "cs.CV")]
    [InlineData("cs.cv", "cs.CV")]
    [InlineData("CS.CV", "cs.CV")]
    [InlineData(" cs.CL ", "cs.CL")]
    [InlineData("cs.CV", "cs.CV")]
    [InlineData("stat.ml", "stat.ML")]
    [InlineData("ML", "stat.ML")]
    [InlineData("eess.IV", "eess.IV")]
    [InlineData("math.NA", "math.NA")]
    [InlineData("q-bio.NC", "q-bio.NC")]
    [InlineData("CS", "cs")]
    [InlineData("Q-BIO", "q-bio")]
    public void Normalize_maps_short_codes_and_case_variants_to_canonical_codes(string raw, string expected)
    {
        Assert.Equal(expected, Taxonomy.Normalize(raw));
    }

    [Theory]
    [InlineData("XY")]
    [InlineData("cs.XY")]
    [InlineData("AID")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Normalize_returns_null_for_unknown_codes(string? raw)
    {
        Assert.Null(Taxonomy.Normalize(raw));
    }

    [Fact]
    public void Normalize_prefers_the_first_group_for_a_shared_short_code()
    {
        // why: both cs.CV and math.CV exist; pages that print "CV" are computer-science pages.
        Assert.True(Taxonomy.IsKnown("math.CV"));
        Assert.Equal("cs.CV", Taxonomy.Normalize("CV"));
        Assert.Equal("cs.NA", Taxonomy.Normalize("NA"));
    }

    [Theory]
    [InlineData("cs.AI", "Artificial Intelligence")]
    [InlineData("cs.CL", "Computation and Language")]
    [InlineData("cs.CV", "Computer Vision and Pattern Recognition")]
    [InlineData("cs.LG", "Machine Learning")]
    [InlineData("cs", "Computer Science")]
    [InlineData("stat", "Statistics")]
    public void Label_gives_the_readable_label(string code, string label)
    {
        Assert.Equal(label, Taxonomy.Label(code));
    }

    [Fact]
    public void Label_and_IsKnown_are_case_sensitive_on_canonical_codes()
    {
        Assert.Null(Taxonomy.Label("cs.cv"));
        Assert.False(Taxonomy.IsKnown("cs.cv"));
        Assert.False(Taxonomy.IsKnown("nonsense"));
    }

    [Fact]
    public void Codes_cover_every_cs_category_of_arXiv()
    {
        string[] cs =
        [
            "AI", "AR", "CC", "CE", "CG", "CL", "CR", "CV", "CY", "DB", "DC", "DL", "DM", "DS", "ET", "FL", "GL", "GR",
            "GT", "HC", "IR", "IT", "LG", "LO", "MA", "MM", "MS", "NA", "NE", "NI", "OH", "OS", "PF", "PL", "RO", "SC",
            "SD", "SE", "SI", "SY",
        ];
        Assert.Equal(cs.Select(c => "cs." + c).Order(StringComparer.Ordinal),
            Taxonomy.Codes.Where(c => c.StartsWith("cs.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Groups_are_listed_in_preference_order()
    {
        Assert.Equal(["cs", "stat", "eess", "math", "q-bio", "physics"], Taxonomy.Groups);
    }

    [Fact]
    public void Every_category_rolls_up_to_a_listed_group()
    {
        Assert.All(Taxonomy.Codes, code => Assert.Contains(Taxonomy.GroupOf(code), Taxonomy.Groups));
    }

    [Theory]
    [InlineData("cs.CV", "cs")]
    [InlineData("stat.ML", "stat")]
    [InlineData("q-bio.NC", "q-bio")]
    [InlineData("physics.optics", "physics")]
    [InlineData("cs", "cs")]
    public void GroupOf_rolls_a_code_up_to_its_group(string code, string group)
    {
        Assert.Equal(group, Taxonomy.GroupOf(code));
        Assert.Equal(group, Taxonomy.Find(code)?.Group);
    }

    [Fact]
    public void GroupOf_an_empty_code_is_null()
    {
        Assert.Null(Taxonomy.GroupOf(""));
    }

    [Fact]
    public void Inferable_codes_have_a_lexicon_of_10_to_30_keywords()
    {
        string[] required =
        [
            "cs.CV", "cs.CL", "cs.LG", "cs.AI", "cs.RO", "cs.IR", "cs.NE", "cs.DS", "cs.PL", "cs.OS", "cs.DB", "cs.DC",
            "cs.SE", "cs.CR", "cs.HC", "math.NA",
        ];
        Assert.All(required, code => Assert.NotEmpty(Taxonomy.Find(code)!.Keywords));
        Assert.All(Taxonomy.Entries.Where(e => e.Keywords.Count > 0), e => Assert.InRange(e.Keywords.Count, 10, 30));
        Assert.Contains("segmentation", Taxonomy.Find("cs.CV")!.Keywords);
    }
}
