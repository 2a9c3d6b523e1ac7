using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;
using Npgsql;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server every test talks to, shared by the whole test run:
/// <c>MOSKVITCH_TEST_CONNECTION</c> when set (a superuser connection string), else a Testcontainers PostgreSQL when a
/// Docker engine answers, else a local PostgreSQL started from this machine's binaries in a temporary folder that is
/// removed when the run ends. A migrated template database is made once; each test class gets a clone of it.
/// </summary>
public static class TestPostgres
{
    private const string TemplateName = "moskvitch_template";
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private static readonly Lazy<Task<PostgresServer.Server>> Shared = new(StartAsync);

    public static Task<PostgresServer.Server> GetAsync() => Shared.Value;

    /// <summary>Creates a fresh database cloned from the migrated template and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var server = await GetAsync();
        var name = NewName(prefix);
        await CloneLock.WaitAsync();
        try
        {
            await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE {TemplateName}");
        }
        finally
        {
            CloneLock.Release();
        }

        return WithDatabase(server.AdminConnectionString, name);
    }

    /// <summary>Creates an empty database (no migrations applied) and returns its connection string.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string prefix)
    {
        var server = await GetAsync();
        var name = NewName(prefix);
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        return WithDatabase(server.AdminConnectionString, name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var server = await GetAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        // This database's pool only: other test classes' services keep theirs.
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string NewName(string prefix)
    {
        var name = $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}";
        return name.Length <= 63 ? name : name[^63..];
    }

    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    private static async Task<PostgresServer.Server> StartAsync()
    {
        var server = await PostgresServer.StartAsync();
        var admin = server.AdminConnectionString;
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE {TemplateName}");
        var template = WithDatabase(admin, TemplateName);
        DatabaseMigrator.Migrate(template, NullLogger.Instance);
        NpgsqlConnection.ClearAllPools();
        return server;
    }
}
