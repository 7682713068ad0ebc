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
        if (!problem.Extensions.ContainsKey("code"))
        {
            var code = problem.Status switch
            {
                404 => "not-found",
                405 => "method-not-allowed",
                406 => "not-acceptable",
                415 => "unsupported-media-type",
                { } s => $"http-{s}",
                null => "error",
            };
            problem.Extensions["code"] = code;
            problem.Type = ApiProblems.TypePrefix + code;
        }
        problem.Extensions.Remove("exception");
        problem.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
    }
}
