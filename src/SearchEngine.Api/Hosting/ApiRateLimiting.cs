using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Concurrency limits on <c>/api</c>: at most <see cref="ApiSettings.MaxConcurrentRequests"/> requests run at once
/// and <see cref="ApiSettings.QueueLimit"/> wait; expensive ones (<see cref="RequestCost"/>) have their own, smaller
/// limit (one per two cores, one per core waiting) so they cannot take the CPU from cheap searches. Beyond the
/// queues: 429 <c>too-many-requests</c> with <c>Retry-After</c>, instead of queueing without bound.
/// </summary>
public static class ApiRateLimiting
{
    /// <summary>Expensive requests running at once: one per two cores, at least one.</summary>
    public static int ExpensivePermits(int cores) => Math.Max(1, cores / 2);

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, ApiSettings settings)
    {
        var cores = Environment.ProcessorCount;
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, RequestCost.Kind>(http =>
                RequestCost.Classify(http.Request) switch
                {
                    RequestCost.Kind.Free => RateLimitPartition.GetNoLimiter(RequestCost.Kind.Free),
                    RequestCost.Kind.Expensive => RateLimitPartition.GetConcurrencyLimiter(RequestCost.Kind.Expensive,
                        _ => new ConcurrencyLimiterOptions { PermitLimit = ExpensivePermits(cores), QueueLimit = cores }),
                    var kind => RateLimitPartition.GetConcurrencyLimiter(kind,
                        _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = Math.Max(1, settings.MaxConcurrentRequests),
                            QueueLimit = Math.Max(0, settings.QueueLimit),
                        }),
                });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
                await ApiProblems.For(SearchErrorCode.TooManyRequests,
                    "the server is busy with other requests; retry after the number of seconds in Retry-After")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
