namespace Moskvitch.Graph.Conventions.Security;

/// <summary>The <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>GraphQL requests one client (by IP address) may send per window, whatever they cost.</summary>
    public int RequestsPerWindow { get; set; } = 600;

    /// <summary>
    /// Cost points one client may spend per window: each operation is charged its field cost (at least 1) before it
    /// runs, so a request that then times out is still charged.
    /// </summary>
    public int PointsPerWindow { get; set; } = 100_000;

    /// <summary>The window, in seconds: both budgets refill evenly over it (token buckets).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>GraphQL requests executing at once across all clients; more are shed with 503 at once (no queue).</summary>
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>
    /// GraphQL requests one client (by IP address) may have executing at once; more get 429 at once, so that one client
    /// cannot take every place of <see cref="MaxConcurrentRequests"/>.
    /// </summary>
    public int MaxConcurrentPerClient { get; set; } = 24;
}
