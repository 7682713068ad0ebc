using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Problems;

/// <summary>
/// Turns catalogued errors (<see cref="SearchErrors"/>) into RFC 7807 problem details: <c>type</c>
/// <c>/docs/errors#&lt;code&gt;</c>, the catalog's title and status, a clear detail, and the <c>code</c> extension.
/// When a request has several problems, all are listed in <c>errors</c> and the first sets status and code.
/// </summary>
public static class ApiProblems
{
    public const string TypePrefix = "/docs/errors#";
    public const string ContentType = "application/problem+json";

    public static ProblemHttpResult For(IReadOnlyList<SearchError> errors)
    {
        if (errors.Count == 0) throw new ArgumentException("at least one error is needed", nameof(errors));
        var first = errors[0];
        var problem = new ProblemDetails
        {
            Type = TypePrefix + first.CodeName,
            Title = first.Title,
            Status = first.Status,
            Detail = string.Join("; ", errors.Select(e => e.Detail)),
        };
        problem.Extensions["code"] = first.CodeName;
        problem.Extensions["errors"] = errors
            .Select(e => new ProblemError(e.CodeName, e.Parameter, e.Detail))
            .ToList();
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult For(SearchErrorCode code, string detail, string? parameter = null) =>
        For([new SearchError(code, parameter, detail)]);

    public static ProblemHttpResult NotFound(string id) =>
        For(SearchErrorCode.PaperNotFound, $"no paper has the id '{id}'", "id");

    /// <summary>One entry of the <c>errors</c> extension.</summary>
    public sealed record ProblemError(string Code, string? Parameter, string Detail);
}
