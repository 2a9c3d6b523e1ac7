using System.Globalization;
using System.Threading.RateLimiting;

namespace Moskvitch.Graph.Conventions.Security;

/// <summary>
/// Per client, two token buckets refilled evenly over the window: requests (charged one each on arrival) and cost
/// points (charged by cost analysis before execution); both answer 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>
/// when empty. Also a per-client cap on requests in flight (429) and a global concurrency limit below the database
/// pool size (503 at once instead of queueing), on the GraphQL endpoint.
/// </summary>
public static class RateLimits
{
    public const string Code = ErrorCodes.RateLimited;

    /// <summary>The budgets and limiters of the GraphQL endpoint at <paramref name="graphQLPath"/>, from the <c>RateLimits</c> section.</summary>
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder, string graphQLPath)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var budgets = new ClientBudgets(options, new PathString(graphQLPath));
        builder.Services.AddSingleton(budgets);
        builder.Services.AddRateLimiter(r =>
        {
            var inFlight = PartitionedRateLimiter.Create<HttpContext, string>(http => budgets.IsGraphQL(http)
                ? RateLimitPartition.GetConcurrencyLimiter(ClientOf(http), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentPerClient,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            var global = PartitionedRateLimiter.Create<HttpContext, string>(http => budgets.IsGraphQL(http)
                ? RateLimitPartition.GetConcurrencyLimiter("graphql", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentRequests,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            r.GlobalLimiter = PartitionedRateLimiter.CreateChained(budgets.Requests, inFlight, global);
            r.OnRejected = async (context, cancellationToken) =>
            {
                // An empty request bucket says when to retry; a client at its in-flight cap, or the service at its
                // concurrency limit, may retry in a second.
                var http = context.HttpContext;
                var bucketEmpty = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                var clientBusy = !bucketEmpty && inFlight.GetStatistics(http)?.CurrentAvailablePermits == 0;
                http.Response.StatusCode = bucketEmpty || clientBusy ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = (bucketEmpty ? Seconds(retryAfter) : 1).ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "application/json; charset=utf-8";
                var (code, message) = bucketEmpty
                    ? (Code, $"Too many requests: at most {options.RequestsPerWindow} per {options.WindowSeconds} s per client.")
                    : clientBusy
                        ? (Code, $"Too many requests at once: at most {options.MaxConcurrentPerClient} in flight per client.")
                        : (ErrorCodes.ServiceBusy, "The service is busy; try again shortly.");
                Http.GraphQLRequestInfo.Of(http).Code = code;
                await http.Response.WriteAsync(
                    System.Text.Json.JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code, requestId = http.TraceIdentifier } } } }),
                    cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>
    /// The limiters, and on every GraphQL response the client's budget in the IETF draft's fields:
    /// <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> (seconds until the bucket is full
    /// again) of whichever budget is nearer exhaustion, and <c>RateLimit-Policy</c> naming both, so that a bulk pull can
    /// pace itself; a 429 also says <c>Retry-After</c>.
    /// </summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        var budgets = app.Services.GetRequiredService<ClientBudgets>();
        app.Use((http, next) =>
        {
            if (budgets.IsGraphQL(http))
            {
                http.Response.OnStarting(() =>
                {
                    budgets.WriteHeaders(http);
                    return Task.CompletedTask;
                });
            }

            return next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The client a request is counted against: its IP address.</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    internal static int Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));
}
