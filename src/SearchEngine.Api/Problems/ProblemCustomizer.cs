using Microsoft.AspNetCore.Http.Metadata;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Problems;

/// <summary>
/// Gives every problem the same shape, including those ASP.NET writes itself (status-code pages for unknown
/// routes, 405…): a <c>code</c> and a <c>/docs/errors#code</c> type, plus the request id.
/// </summary>
public static class ProblemCustomizer
{
    public static void Customize(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status413PayloadTooLarge && !problem.Extensions.ContainsKey("code"))
        {
            // why: a body cut off while being bound ends with a bare 413; it is the catalogued body-too-large.
            var error = SearchErrors.Describe(SearchErrorCode.BodyTooLarge);
            problem.Extensions["code"] = error.Name;
            problem.Type = ApiProblems.TypePrefix + error.Name;
            problem.Title = error.Title;
            problem.Detail = BodyTooLargeDetail(context.HttpContext.GetEndpoint());
        }
        if (!problem.Extensions.ContainsKey("code"))
        {
            var catalogued = problem.Status is { } status ? SearchErrors.ForStatus(status) : null;
            var code = catalogued?.Name ?? (problem.Status is { } s ? $"http-{s}" : "error");
            problem.Extensions["code"] = code;
            problem.Type = ApiProblems.TypePrefix + code;
        }
        problem.Extensions.Remove("exception");
        problem.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
    }

    /// <summary>The detail of a 413: the endpoint's limit when it declares one.</summary>
    public static string BodyTooLargeDetail(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit
            ? $"the request body must be at most {limit} bytes"
            : "the request body is larger than this endpoint accepts";
}
