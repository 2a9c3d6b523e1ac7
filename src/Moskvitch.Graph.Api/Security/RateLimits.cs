using System.Globalization;
using System.Threading.RateLimiting;

namespace Moskvitch.Graph.Api.Security;

/// <summary>The <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>GraphQL requests one client (by IP address) may send per window.</summary>
    public int RequestsPerWindow { get; set; } = 600;

    /// <summary>The window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>GraphQL requests executing at once across all clients; more are shed with 503 at once (no queue).</summary>
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>
    /// GraphQL requests one client (by IP address) may have executing at once; more get 429 at once, so that one client
    /// cannot take every place of <see cref="MaxConcurrentRequests"/>.
    /// </summary>
    public int MaxConcurrentPerClient { get; set; } = 24;
}

/// <summary>
/// A per-client fixed-window limit (429 with <c>Retry-After</c>), a per-client cap on requests in flight (429), and a
/// global concurrency limit below the database pool size (503 at once instead of queueing), on the GraphQL endpoint.
/// </summary>
public static class RateLimits
{
    public static WebApplicationBuilder AddMoskvitchRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddSingleton<ClientLimits>();
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IConfiguration, ClientLimits>((r, configuration, clientLimits) =>
        {
            var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(http => IsGraphQL(http)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerWindow,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            clientLimits.Limiter = perClient;
            clientLimits.Options = options;
            var inFlight = PartitionedRateLimiter.Create<HttpContext, string>(http => IsGraphQL(http)
                ? RateLimitPartition.GetConcurrencyLimiter(ClientOf(http), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentPerClient,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            var global = PartitionedRateLimiter.Create<HttpContext, string>(http => IsGraphQL(http)
                ? RateLimitPartition.GetConcurrencyLimiter("graphql", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentRequests,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            r.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, inFlight, global);
            r.OnRejected = async (context, cancellationToken) =>
            {
                // The per-client window says when to retry; a client at its in-flight cap, or the service at its
                // concurrency limit, may retry in a second.
                var http = context.HttpContext;
                var windowFull = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                var clientBusy = !windowFull && inFlight.GetStatistics(http)?.CurrentAvailablePermits == 0;
                http.Response.StatusCode = windowFull || clientBusy ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = (windowFull ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1).ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "application/json; charset=utf-8";
                var (code, message) = windowFull
                    ? ("RATE_LIMITED", $"Too many requests: at most {options.RequestsPerWindow} per {options.WindowSeconds} s per client.")
                    : clientBusy
                        ? ("RATE_LIMITED", $"Too many requests at once: at most {options.MaxConcurrentPerClient} in flight per client.")
                        : ("SERVICE_BUSY", "The service is busy; try again shortly.");
                await http.Response.WriteAsync(
                    System.Text.Json.JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } }), cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>
    /// The limiters, and on every GraphQL response the client's budget: <c>RateLimit-Limit</c>,
    /// <c>RateLimit-Remaining</c> (requests left in this window) and <c>RateLimit-Policy</c> (<c>600;w=60</c>), the
    /// IETF draft's fields, so that a bulk pull can pace itself; a 429 also says <c>Retry-After</c>.
    /// </summary>
    public static WebApplication UseMoskvitchRateLimits(this WebApplication app)
    {
        var clientLimits = app.Services.GetRequiredService<ClientLimits>();
        app.Use((http, next) =>
        {
            if (IsGraphQL(http))
            {
                http.Response.OnStarting(() =>
                {
                    if (clientLimits is { Limiter: { } limiter, Options: { } options })
                    {
                        var headers = http.Response.Headers;
                        var remaining = limiter.GetStatistics(http)?.CurrentAvailablePermits ?? options.RequestsPerWindow;
                        headers["RateLimit-Limit"] = options.RequestsPerWindow.ToString(CultureInfo.InvariantCulture);
                        headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
                        headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"{options.RequestsPerWindow};w={options.WindowSeconds}");
                    }

                    return Task.CompletedTask;
                });
            }

            return next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The per-client limiter, kept for the budget headers.</summary>
    public sealed class ClientLimits
    {
        public PartitionedRateLimiter<HttpContext>? Limiter { get; set; }

        public RateLimitOptions? Options { get; set; }
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static bool IsGraphQL(HttpContext http) =>
        http.Request.Path.Equals("/graphql", StringComparison.Ordinal) || http.Request.Path.Equals("/graphql/", StringComparison.Ordinal);
}
