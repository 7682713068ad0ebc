using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Querying;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query: each clause is analyzed per field with the index's
/// analyzer and searched over the fields of <see cref="FieldWeights"/> (the combined title + abstract text, with
/// bonuses for the title, the unstemmed title and authors). Never throws on user input; returns null when nothing
/// searchable remains.
/// </summary>
public sealed class QueryCompiler(Analyzer analyzer, RankingOptions ranking)
{
    // why: prefixes shorter than this expand to a large part of the term dictionary and say little.
    private const int MinPrefixLength = 2;

    private readonly FieldWeights _weights = new(ranking);

    /// <summary>Prefixes of <c>word*</c> clauses, for snippet highlighting.</summary>
    public static IEnumerable<string> Prefixes(ParsedQuery parsed) =>
        parsed.Clauses.Where(c => c.Kind == ClauseKind.Prefix && c.Occur != ClauseOccur.MustNot)
            .Select(c => c.Text.ToLowerInvariant());

    public Query? Compile(ParsedQuery parsed)
    {
        var root = new BooleanQuery();
        var positive = 0;
        foreach (var clause in parsed.Clauses)
        {
            var query = CompileClause(clause);
            if (query is null) continue;
            var occur = clause.Occur switch
            {
                ClauseOccur.Must => Occur.MUST,
                ClauseOccur.MustNot => Occur.MUST_NOT,
                _ => ranking.DefaultOperator == "and" ? Occur.MUST : Occur.SHOULD,
            };
            if (occur != Occur.MUST_NOT) positive++;
            root.Add(query, occur);
        }
        if (positive == 0)
        {
            if (root.Clauses.Count == 0) return null;
            // why: a query of exclusions only (-transformer) means "every paper without these words", as
            // Elasticsearch's simple_query_string reads it; Lucene matches nothing without a positive clause.
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
            return root;
        }
        if (AuthorName(parsed) is { } name) root.Add(name, Occur.SHOULD);
        return root.Clauses.Count == 1 && root.Clauses[0].Occur != Occur.MUST_NOT ? root.Clauses[0].Query : root;
    }

    /// <summary>
    /// A query of two to four bare words may be a person's name (<c>Yunhe Wang</c>): a phrase of them in one author
    /// name (either order), weighted <see cref="RankingOptions.AuthorNameWeight"/>, ranks that person's papers above
    /// papers that only mention the words (a citation key such as <c>wang2025parallel</c> in an abstract).
    /// </summary>
    private Query? AuthorName(ParsedQuery parsed)
    {
        if (ranking.AuthorNameWeight <= 0 || parsed.Clauses.Count is < 2 or > 4
            || parsed.Clauses.Any(c => c.Field is not null || c.Kind != ClauseKind.Term || c.Occur == ClauseOccur.MustNot))
        {
            return null;
        }
        var words = parsed.Clauses.SelectMany(c => Analyze(PaperFields.Author, c.Text)).Select(t => t.Term).ToList();
        if (words.Count is < 2 or > 4) return null;
        // why: slop 2 lets "Wang Yunhe" match "Yunhe Wang"; the author field's position gap keeps it within one name.
        var phrase = new PhraseQuery { Slop = 2, Boost = ranking.AuthorNameWeight };
        foreach (var word in words) phrase.Add(new Term(PaperFields.Author, word));
        return phrase;
    }

    private Query? CompileClause(QueryClause clause)
    {
        var fields = FieldsFor(clause.Field);
        if (clause.Field == QueryFieldNames.Venue)
        {
            return new TermQuery(new Term(PaperFields.Venue, Dimension.FilterKey(clause.Text)));
        }
        var perField = new List<Query>();
        foreach (var (field, weight) in fields)
        {
            var q = clause.Kind switch
            {
                ClauseKind.Phrase => Phrase(field, clause.Text),
                ClauseKind.Prefix => Prefix(field, clause.Text),
                ClauseKind.Fuzzy => Fuzzy(field, clause.Text, clause.MaxEdits),
                _ => Words(field, clause.Text),
            };
            if (q is null) continue;
            q.Boost = weight;
            perField.Add(q);
        }
        // why: the unstemmed title and the author names keep stop words; a bare clause of only stop words must
        // not match through them alone ("the of" would otherwise find every title with "of").
        if (perField.Count == 0 || (clause.Field is null && !perField.Any(q => FieldOf(q) is PaperFields.Title
                or PaperFields.Text)))
        {
            return null;
        }
        if (perField.Count == 1) return perField[0];
        // why: the fields' scores add up (a word in title and abstract beats one in the abstract only).
        var any = new BooleanQuery();
        foreach (var q in perField) any.Add(q, Occur.SHOULD);
        return any;
    }

    private IReadOnlyList<(string Field, float Weight)> FieldsFor(string? field) => field switch
    {
        QueryFieldNames.Title => _weights.Title,
        QueryFieldNames.Abstract => _weights.Abstract,
        QueryFieldNames.Author => _weights.Author,
        QueryFieldNames.Venue => [],
        _ => _weights.BareWord,
    };

    /// <summary>
    /// A word. Tokens at one position (a model name and its parts) are alternatives; a word that splits into
    /// several positions (<c>Llama-2</c>, <c>semi-supervised</c>) must match as a phrase of its parts, as
    /// Lucene's QueryParser does with auto-generated phrase queries.
    /// </summary>
    private Query? Words(string field, string text)
    {
        var tokens = Analyze(field, text);
        if (tokens.Count == 0) return null;
        if (tokens.Select(t => t.Position).Distinct().Count() > 1)
        {
            // why: when the analyzer kept the word whole (a model name such as "ghostnetv2", preserved by the word
            // delimiter), the indexed text holds that same whole token: match exactly it rather than a phrase of
            // parts, whose positions differ between "ghostnetv2" and "GhostNetV2".
            var whole = text.Trim().ToLowerInvariant();
            return tokens.Any(t => t.Position == 0 && t.Term == whole)
                ? new TermQuery(new Term(field, whole))
                : Phrase(field, text);
        }
        var distinct = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1) return new TermQuery(new Term(field, distinct[0]));
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in distinct) any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return any;
    }

    private static string? FieldOf(Query q) => q switch
    {
        TermQuery t => t.Term.Field,
        PhraseQuery p => p.GetTerms().FirstOrDefault()?.Field,
        MultiPhraseQuery m => m.GetTermArrays().FirstOrDefault()?.FirstOrDefault()?.Field,
        BooleanQuery b => b.Clauses.Select(c => FieldOf(c.Query)).FirstOrDefault(),
        MultiTermQuery mt => mt.Field,
        _ => null,
    };

    private Query? Phrase(string field, string text)
    {
        var tokens = Analyze(field, text);
        if (tokens.Count == 0) return null;
        if (tokens.Select(t => t.Position).Distinct().Count() == 1) return Words(field, text);
        // why: MultiPhraseQuery keeps tokens that share a position (model-name parts) as alternatives.
        var phrase = new MultiPhraseQuery();
        foreach (var group in tokens.GroupBy(t => t.Position).OrderBy(g => g.Key))
        {
            phrase.Add(group.Select(t => new Term(field, t.Term)).Distinct().ToArray(), group.Key);
        }
        return phrase;
    }

    private Query? Prefix(string field, string text)
    {
        var prefix = text.ToLowerInvariant();
        if (prefix.Length < MinPrefixLength || prefix.Contains(' ')) return Words(field, text);
        // why: capped at the 50 most frequent completions, so a short prefix cannot expand to thousands of clauses.
        return new PrefixQuery(new Term(field, prefix)) { MultiTermRewriteMethod = CappedExpansionRewrite.Instance };
    }

    private Query? Fuzzy(string field, string text, int maxEdits)
    {
        var tokens = Analyze(field, text);
        if (tokens.Count != 1) return Words(field, text);
        var term = tokens[0].Term;
        // why: prefix length 1 keeps the expansion small; terms no longer than it would hit Lucene.Net
        // beta00017 bug #1002 (wrong result when prefix length equals term length) and are not worth fuzzing.
        if (term.Length <= 2) return new TermQuery(new Term(field, term));
        return new FuzzyQuery(new Term(field, term), Math.Min(maxEdits, term.Length <= 4 ? 1 : 2), prefixLength: 1,
            BudgetedRewrite.MaxTerms, transpositions: true) { MultiTermRewriteMethod = BudgetedRewrite.Instance };
    }

    private List<(string Term, int Position)> Analyze(string field, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            // why: family tokens let a family query ("GhostNet") find every version in the index; a query for one
            // version ("GhostNetV2") should not widen itself to the whole family.
            if (type.Type == ModelFamilyFilter.FamilyType) continue;
            result.Add((term.ToString(), Math.Max(position, 0)));
        }
        stream.End();
        return result;
    }
}
