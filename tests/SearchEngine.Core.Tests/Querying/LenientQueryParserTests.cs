using FsCheck;
using FsCheck.Fluent;
using SearchEngine.Core.Querying;

namespace SearchEngine.Core.Tests.Querying;

public sealed class LenientQueryParserTests
{
    [Fact]
    public void Bare_words_are_ranked_term_clauses()
    {
        var q = LenientQueryParser.Parse("vision transformer");
        Assert.Equal(
            [new QueryClause(ClauseOccur.Should, ClauseKind.Term, "vision"), new QueryClause(ClauseOccur.Should, ClauseKind.Term, "transformer")],
            q.Clauses);
        Assert.Empty(q.Warnings);
    }

    [Fact]
    public void Phrases_must_and_exclude_operators_are_read()
    {
        var q = LenientQueryParser.Parse("\"neural network\" +pruning -survey");
        Assert.Equal(
            [
                new QueryClause(ClauseOccur.Should, ClauseKind.Phrase, "neural network"),
                new QueryClause(ClauseOccur.Must, ClauseKind.Term, "pruning"),
                new QueryClause(ClauseOccur.MustNot, ClauseKind.Term, "survey"),
            ],
            q.Clauses);
    }

    [Fact]
    public void Field_prefixes_apply_to_words_and_phrases()
    {
        var q = LenientQueryParser.Parse("title:ghost author:\"Kai Han\" venue:NeurIPS abstract:cheap");
        Assert.Equal(
            [
                new QueryClause(ClauseOccur.Should, ClauseKind.Term, "ghost", "title"),
                new QueryClause(ClauseOccur.Should, ClauseKind.Phrase, "Kai Han", "author"),
                new QueryClause(ClauseOccur.Should, ClauseKind.Term, "NeurIPS", "venue"),
                new QueryClause(ClauseOccur.Should, ClauseKind.Term, "cheap", "abstract"),
            ],
            q.Clauses);
    }

    [Fact]
    public void Unknown_field_prefix_is_a_plain_word()
    {
        var q = LenientQueryParser.Parse("foo:bar");
        Assert.Equal([new QueryClause(ClauseOccur.Should, ClauseKind.Term, "foo bar")], q.Clauses);
    }

    [Fact]
    public void Trailing_star_is_a_prefix_and_tilde_is_fuzzy()
    {
        var q = LenientQueryParser.Parse("transfo* convolutonal~ nets~1");
        Assert.Equal(
            [
                new QueryClause(ClauseOccur.Should, ClauseKind.Prefix, "transfo"),
                new QueryClause(ClauseOccur.Should, ClauseKind.Fuzzy, "convolutonal"),
                new QueryClause(ClauseOccur.Should, ClauseKind.Fuzzy, "nets", MaxEdits: 1),
            ],
            q.Clauses);
    }

    [Fact]
    public void Unclosed_quote_degrades_to_words_with_a_warning()
    {
        var q = LenientQueryParser.Parse("\"graph neural");
        Assert.Equal(["graph", "neural"], q.Clauses.Select(c => c.Text));
        Assert.All(q.Clauses, c => Assert.Equal(ClauseKind.Term, c.Kind));
        Assert.Single(q.Warnings);
    }

    [Fact]
    public void Brackets_and_operators_are_dropped_not_fatal()
    {
        var q = LenientQueryParser.Parse("(a AND [b TO c]) || ^ !");
        Assert.Equal(["a", "AND", "b", "TO", "c"], q.Clauses.Select(c => c.Text));
    }

    [Fact]
    public void Only_exclusions_stay_exclusions()
    {
        var q = LenientQueryParser.Parse("-survey");
        Assert.Equal([new QueryClause(ClauseOccur.MustNot, ClauseKind.Term, "survey")], q.Clauses);
        Assert.Empty(q.Warnings);
    }

    [Fact]
    public void Empty_and_blank_queries_have_no_clauses()
    {
        Assert.True(LenientQueryParser.Parse(null).IsEmpty);
        Assert.True(LenientQueryParser.Parse("   ").IsEmpty);
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Random_input_never_throws(string? input)
    {
        var q = LenientQueryParser.Parse(input);
        return q.Clauses.All(c => c.Text.Length > 0);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Random_syntax_soup_never_throws()
    {
        var chars = Gen.Elements('a', 'b', ' ', '"', '+', '-', ':', '*', '~', '(', ')', '[', ']', '^', '\\', '1', 't', 'i', 'l', 'e');
        var gen = Gen.ArrayOf(chars).Select(a => new string(a));
        return Prop.ForAll(gen.ToArbitrary(), s => LenientQueryParser.Parse("title:" + s) is not null);
    }
}
