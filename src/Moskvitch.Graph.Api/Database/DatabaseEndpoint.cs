namespace Moskvitch.Graph.Api.Database;

/// <summary>Where the service's database is and whether it is ready to serve (migrated and reachable).</summary>
public sealed class DatabaseEndpoint
{
    private string? _connectionString;

    /// <summary>The connection string; set once at start-up, before the first request is served.</summary>
    public string ConnectionString
    {
        get => _connectionString ?? throw new InvalidOperationException("The database is not configured yet.");
        set => _connectionString = value;
    }

    /// <summary>True once migrations have been applied.</summary>
    public bool IsReady { get; set; }

    /// <summary>"configured", "embedded" or "docker" (informational, for /health).</summary>
    public string Mode { get; set; } = "configured";
}
