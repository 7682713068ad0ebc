using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Problems;

/// <summary>
/// The last line of defence: a body Kestrel rejects (too large, malformed framing) becomes its catalogued problem;
/// any other exception becomes a bare 500 problem. Never a stack trace or exception message in a response.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public const string InternalErrorCode = "internal-error";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException bad)
        {
            var error = bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge =>
                    new SearchError(SearchErrorCode.BodyTooLarge, "body", ProblemCustomizer.BodyTooLargeDetail(
                        // why: the exception handler clears the endpoint before it runs; the feature keeps it.
                        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint)),
                StatusCodes.Status415UnsupportedMediaType =>
                    new SearchError(SearchErrorCode.UnsupportedMediaType, "body", "the request body must be application/json"),
                _ => new SearchError(SearchErrorCode.InvalidBody, "body",
                    "the request body could not be read as the JSON this endpoint expects (see /openapi/v1.json)"),
            };
            problem = new ProblemDetails
            {
                Type = ApiProblems.TypePrefix + error.CodeName, Title = error.Title, Status = error.Status, Detail = error.Detail,
            };
            problem.Extensions["code"] = error.CodeName;
        }
        else
        {
            LogUnhandled(logger, exception, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Type = ApiProblems.TypePrefix + InternalErrorCode,
                Title = "Internal server error",
                Status = StatusCodes.Status500InternalServerError,
                Detail = $"an unexpected error occurred; quote request id {httpContext.TraceIdentifier} when reporting it",
            };
            problem.Extensions["code"] = InternalErrorCode;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
