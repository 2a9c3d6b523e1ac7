using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own, in a temporary folder, with an empty <c>moskvitch</c> database: for fault tests
/// that stop, kill and restart the server, which the shared test server must not suffer.
/// </summary>
public abstract class DedicatedPostgres : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "moskvitch-dedicated-" + Guid.NewGuid().ToString("N")[..12]);

    protected LocalPostgres Server { get; private set; } = null!;

    protected string ConnectionString => Server.ConnectionString("moskvitch");

    public virtual async Task InitializeAsync()
    {
        Server = await LocalPostgres.StartAsync(LocalPostgres.FindBinDirectory()!, _root, NullLogger.Instance);
        await TestPostgres.ExecuteAsync(Server.ConnectionString("postgres"), "CREATE DATABASE moskvitch");
    }

    public async Task DisposeAsync()
    {
        await Server.StopAsync();
        Directory.Delete(_root, recursive: true);
    }
}
