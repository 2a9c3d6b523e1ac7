using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>The migrations create moskvitch_reader: it reads everything and writes nothing.</summary>
public sealed class ReaderRoleTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheReaderRoleMaySelectAndRunTheGraphFunctionsButNotWrite()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "SET ROLE moskvitch_reader");

        Assert.True(await Scalar<long>(connection, "SELECT count(*) FROM model") > 50);
        Assert.True(await Scalar<long>(connection, "SELECT count(*) FROM search_graph('opel', 5)") > 0);
        Assert.True(await Scalar<long>(connection, "SELECT count(*) FROM lineage((SELECT id FROM model WHERE slug = 'moskvitch-2141'), 2, ARRAY['influence'], true, false)") > 0);

        foreach (var write in new[]
                 {
                     "UPDATE model SET name = 'x' WHERE slug = 'moskvitch-412'",
                     "DELETE FROM claim",
                     "INSERT INTO source (slug, kind, title) VALUES ('x', 'design_card', 'x')",
                     "CREATE TABLE intruder (id int)",
                 })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, write));
            Assert.Equal("42501", error.SqlState);
        }
    }

    [Fact]
    public async Task TheReaderRoleCarriesItsTimeouts()
    {
        var settings = await TestPostgres.ScalarAsync<string>(database.ConnectionString,
            "SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting WHERE setrole = 'moskvitch_reader'::regrole AND setdatabase = 0");
        Assert.Contains("statement_timeout=8s", settings, StringComparison.Ordinal);
        Assert.Contains("idle_in_transaction_session_timeout=30s", settings, StringComparison.Ordinal);
        Assert.Contains("default_transaction_read_only=on", settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=h;Database=d", 10, 5, 40, GssEncryptionMode.Disable)]
    [InlineData("Host=h;Database=d;Command Timeout=3;Timeout=7;Maximum Pool Size=9;GSS Encryption Mode=Prefer", 3, 7, 9, GssEncryptionMode.Prefer)]
    [InlineData("Host=h;Database=d;CommandTimeout=4;GssEncryptionMode=Require", 4, 5, 40, GssEncryptionMode.Require)]
    public void TheServiceSetsPoolAndTimeoutDefaultsUnlessGiven(string given, int command, int wait, int pool, GssEncryptionMode gss)
    {
        var result = new NpgsqlConnectionStringBuilder(Moskvitch.Graph.Api.Database.DatabaseSetup.WithServiceDefaults(given));
        Assert.Equal(command, result.CommandTimeout);
        Assert.Equal(wait, result.Timeout);
        Assert.Equal(pool, result.MaxPoolSize);
        Assert.Equal(gss, result.GssEncryptionMode);
    }

    [Theory]
    [InlineData("Host=h;Database=d", true, 64, 2)]
    [InlineData("Host=h;Database=d;No Reset On Close=false", false, 64, 2)]
    [InlineData("Host=h;Database=d;Max Auto Prepare=0", true, 0, 2)]
    [InlineData("Host=h;Database=d;MaxAutoPrepare=10;Auto Prepare Min Usages=5;NoResetOnClose=true", true, 10, 5)]
    public void TheServiceKeepsItsSessionsAndPreparesRepeatedStatementsUnlessGiven(string given, bool keep, int prepared, int usages)
    {
        var result = new NpgsqlConnectionStringBuilder(Moskvitch.Graph.Api.Database.DatabaseSetup.WithServiceDefaults(given));
        Assert.Equal(keep, result.NoResetOnClose);
        Assert.Equal(prepared, result.MaxAutoPrepare);
        Assert.Equal(usages, result.AutoPrepareMinUsages);
    }

    [Theory]
    [InlineData("Host=h;Database=d", 10, 2)]
    [InlineData("Host=h;Database=d;Connection Pruning Interval=1", 10, 1)]
    [InlineData("Host=h;Database=d;Connection Idle Lifetime=300", 300, 10)]
    [InlineData("Host=h;Database=d;ConnectionIdleLifetime=5;ConnectionPruningInterval=5", 5, 5)]
    public void TheServiceClosesIdleSessionsSoonUnlessGiven(string given, int idle, int pruning)
    {
        var result = new NpgsqlConnectionStringBuilder(Moskvitch.Graph.Api.Database.DatabaseSetup.WithServiceDefaults(given));
        Assert.Equal(idle, result.ConnectionIdleLifetime);
        Assert.Equal(pruning, result.ConnectionPruningInterval);
        // Npgsql opens a pool only when the interval is within the lifetime.
        Assert.InRange(result.ConnectionPruningInterval, 1, result.ConnectionIdleLifetime);
    }

    [Theory]
    [InlineData("", "0", "\"$user\", public")]
    [InlineData("-c search_path=public", "0", "public")]
    [InlineData("-c max_parallel_workers_per_gather=2", "2", "\"$user\", public")]
    public async Task TheServiceRunsStatementsWithoutParallelWorkersUnlessTheOptionsSayOtherwise(string options, string workers, string searchPath)
    {
        var given = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = options, Pooling = false };
        await using var connection = new NpgsqlConnection(Moskvitch.Graph.Api.Database.DatabaseSetup.WithServiceDefaults(given.ConnectionString));
        await connection.OpenAsync();
        Assert.Equal(workers, await Scalar<string>(connection, "SHOW max_parallel_workers_per_gather"));
        Assert.Equal(searchPath, await Scalar<string>(connection, "SHOW search_path"));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
