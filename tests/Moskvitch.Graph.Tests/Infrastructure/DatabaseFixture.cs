namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>A database of its own for one test class, cloned from the migrated template and dropped afterwards.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync() =>
        ConnectionString = await TestPostgres.CreateDatabaseAsync(GetType().Name.Replace("Fixture", "", StringComparison.Ordinal));

    public virtual async Task DisposeAsync() => await TestPostgres.DropDatabaseAsync(ConnectionString);
}
