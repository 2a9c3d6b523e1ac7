using System.Globalization;
using System.Threading.RateLimiting;

namespace Moskvitch.Graph.Conventions.Security;

/// <summary>
/// Each client's two budgets, token buckets refilled evenly over the window: requests (taken one per request by the
/// rate-limiting middleware) and cost points (taken by the request gate once cost analysis has priced the operation,
/// <see cref="TryCharge"/>).
/// </summary>
public sealed class ClientBudgets
{
    private readonly Bucket _requests;
    private readonly Bucket _points;
    private readonly string _policy;

    public ClientBudgets(RateLimitOptions options, PathString graphQLPath)
    {
        GraphQLPath = graphQLPath;
        Options = options;
        _requests = new Bucket(options.RequestsPerWindow, options.WindowSeconds);
        _points = new Bucket(options.PointsPerWindow, options.WindowSeconds);
        Requests = PartitionedRateLimiter.Create<HttpContext, string>(http => IsGraphQL(http)
            ? RateLimitPartition.GetTokenBucketLimiter(RateLimits.ClientOf(http), _ => _requests.Options)
            : RateLimitPartition.GetNoLimiter("other"));
        Points = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => _points.Options));
        _policy = string.Create(CultureInfo.InvariantCulture,
            $"{options.RequestsPerWindow};w={options.WindowSeconds};comment=\"requests\", {options.PointsPerWindow};w={options.WindowSeconds};comment=\"cost points\"");
    }

    public RateLimitOptions Options { get; }

    /// <summary>The GraphQL endpoint's path: only its requests are counted.</summary>
    public PathString GraphQLPath { get; }

    /// <summary>Whether the request is for the GraphQL endpoint (with or without a trailing slash).</summary>
    public bool IsGraphQL(HttpContext http) =>
        http.Request.Path.Equals(GraphQLPath, StringComparison.Ordinal) || http.Request.Path.Equals(GraphQLPath.Add("/"), StringComparison.Ordinal);

    /// <summary>Requests per client, one permit per request.</summary>
    public PartitionedRateLimiter<HttpContext> Requests { get; }

    /// <summary>Cost points per client.</summary>
    public PartitionedRateLimiter<string> Points { get; }

    /// <summary>
    /// Takes <paramref name="cost"/> points (at least 1) from the client's bucket; when it holds fewer, takes nothing and
    /// says when that many will be there.
    /// </summary>
    public bool TryCharge(string client, double cost, out TimeSpan retryAfter)
    {
        var points = (int)Math.Clamp(Math.Ceiling(cost), 1, _points.Limit);
        using var lease = Points.AttemptAcquire(client, points);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        var available = Points.GetStatistics(client)?.CurrentAvailablePermits ?? 0;
        retryAfter = _points.TimeToHold(points, available);
        return false;
    }

    /// <summary>
    /// <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> of the budget nearer exhaustion (the
    /// draft's rule for several policies), and <c>RateLimit-Policy</c> naming both.
    /// </summary>
    public void WriteHeaders(HttpContext http)
    {
        var requestsLeft = Math.Max(0, Requests.GetStatistics(http)?.CurrentAvailablePermits ?? _requests.Limit);
        var pointsLeft = Math.Max(0, Points.GetStatistics(RateLimits.ClientOf(http))?.CurrentAvailablePermits ?? _points.Limit);
        var (bucket, left) = (double)pointsLeft / _points.Limit < (double)requestsLeft / _requests.Limit
            ? (_points, pointsLeft)
            : (_requests, requestsLeft);
        var headers = http.Response.Headers;
        headers["RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = left.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = ((int)Math.Ceiling(bucket.TimeToHold(bucket.Limit, left).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = _policy;
    }

    /// <summary>A token bucket of <c>limit</c> tokens refilled evenly over <c>windowSeconds</c>, in whole tokens.</summary>
    private sealed class Bucket
    {
        public Bucket(int limit, int windowSeconds)
        {
            Limit = Math.Max(1, limit);
            var window = TimeSpan.FromSeconds(Math.Max(1, windowSeconds));
            // The fewest whole tokens that take at least 100 ms (the partitioned limiter's replenishment tick) to come
            // back at the configured rate: close to an even refill, so that a client pacing itself by the headers finds
            // what they promised.
            var tokens = (int)Math.Ceiling(Limit * (TimeSpan.FromMilliseconds(100) / window));
            var period = window * tokens / Limit;
            Options = new TokenBucketRateLimiterOptions
            {
                TokenLimit = Limit,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = false,
            };
        }

        public int Limit { get; }

        public TokenBucketRateLimiterOptions Options { get; }

        /// <summary>How long until the bucket holds <paramref name="wanted"/> tokens, from <paramref name="available"/>.</summary>
        public TimeSpan TimeToHold(int wanted, long available)
        {
            var missing = wanted - available;
            return missing <= 0 ? TimeSpan.Zero : Options.ReplenishmentPeriod * Math.Ceiling(missing / (double)Options.TokensPerPeriod);
        }
    }
}
