using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Hosting;

/// <summary>Service registration for the API host (called once from Program.cs).</summary>
public static class ApiServices
{
    public static WebApplicationBuilder AddSearchApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IndexSettings>().BindConfiguration(IndexSettings.Section);
        services.AddOptions<RankingOptions>().BindConfiguration("Ranking");
        services.AddOptions<ApiSettings>().BindConfiguration(ApiSettings.Section);
        services.AddSingleton(new PathResolver(builder.Environment.ContentRootPath));
        services.AddSingleton<IndexState>();
        services.AddSingleton<LiveIndex>();
        services.AddSingleton<RebuildProcess>();
        services.AddHostedService<IndexBootstrapper>();
        services.AddHostedService<GenerationWatcher>();

        // why: the same JSON settings as the CLI's --json, so both print the same document for the same request.
        services.ConfigureHttpJsonOptions(options => SearchJson.Configure(options.SerializerOptions));
        // why: registered before AddProblemDetails so it is asked first (see ProblemJsonWriter).
        services.AddSingleton<Microsoft.AspNetCore.Http.IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemCustomizer.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
            [
                "application/problem+json", "text/csv", "application/x-bibtex", "application/x-research-info-systems",
            ]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        var api = builder.Configuration.GetSection(ApiSettings.Section).Get<ApiSettings>() ?? new ApiSettings();
        services.AddApiRateLimiting(api);
        ThreadPoolSizing.Apply(api);
        services.AddSingleton(_ => new LowPriorityThreads(ApiRateLimiting.ExpensivePermits(Environment.ProcessorCount)));
        services.AddSingleton(sp => new SearchGate(sp.GetRequiredService<IOptions<ApiSettings>>().Value.MaxConcurrentSearches));

        // why: our own host check answers with a problem detail (ProtocolGuardMiddleware); the built-in one writes HTML.
        services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = ProtocolGuardMiddleware.KestrelLimitBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = ProtocolGuardMiddleware.KestrelLimitBytes;
        });
        services.AddOpenApi(options => options.AddOperationTransformer<FilterParametersTransformer>()
            .AddOperationTransformer<ProblemResponsesTransformer>());
        // why: a body that cannot be bound (malformed JSON, wrong media type) becomes an exception the
        // ApiExceptionHandler turns into its catalogued problem, instead of an empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }
}
