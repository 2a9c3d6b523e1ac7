namespace Moskvitch.Graph.Api.Database;

/// <summary>The state of the service's connection to its database: where it is, and whether it is ready to serve (migrated and reachable).</summary>
public sealed class DatabaseConnectionState : IDatabaseState
{
    private string? _connectionString;

    /// <summary>The connection string; set once at start-up, before the first request is served.</summary>
    public string ConnectionString
    {
        get => _connectionString ?? throw new InvalidOperationException("The database is not configured yet.");
        set => _connectionString = value;
    }

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once migrations have been applied.</summary>
    public bool IsReady
    {
        get => _ready.Task.IsCompleted;
        set
        {
            if (value)
            {
                _ready.TrySetResult();
            }
        }
    }

    /// <summary>Completes when <see cref="IsReady"/> becomes true.</summary>
    public Task WhenReady => _ready.Task;

    /// <summary>"configured" or "embedded" (informational, for /health).</summary>
    public string Mode { get; set; } = "configured";

    /// <summary>
    /// After a database restart the pool holds broken connections: drop them so that the next request reconnects. Only
    /// this service's pool: others in the process (a test host's, an export's) are not ours to drop.
    /// </summary>
    public void ConnectionsBroken() => DatabaseSetup.ClearServicePool(this);
}
