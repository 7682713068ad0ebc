using Lucene.Net.Search;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// RM3 feedback of one query (<see cref="Rm3QueryExpander.Model"/>): a paper's expanded score is
/// <c>OriginalWeight × (its score for the query) + (its score for <see cref="Terms"/>)</c>.
/// </summary>
/// <param name="OriginalWeight">λ / |Q|: RM3's weight of the original query, spread over its words.</param>
/// <param name="Terms">The expansion terms, each weighted (1 − λ) · P(t|R), as a disjunction without coord.</param>
public sealed record Rm3Expansion(float OriginalWeight, BooleanQuery Terms);
