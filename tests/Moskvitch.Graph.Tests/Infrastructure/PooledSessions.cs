using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Api.Database;
using Npgsql;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>The sessions the service's pool keeps between requests, held open to look inside them.</summary>
public static class PooledSessions
{
    /// <summary>
    /// Every idle session of the service's pool, held open: connections are taken from the pool until it hands out one
    /// it had to open (a backend PostgreSQL did not have before), so each idle one is among those taken.
    /// </summary>
    public static async Task<List<NpgsqlConnection>> EveryIdleAsync(ApiFixture api)
    {
        var state = api.Factory.Services.GetRequiredService<DatabaseConnectionState>();
        var pool = DatabaseSetup.WithServiceDefaults(state.ConnectionString);
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!;
        var before = await BackendsAsync(api, database);
        var held = new List<NpgsqlConnection>();
        while (held.Count < 40)
        {
            var connection = new NpgsqlConnection(pool);
            await connection.OpenAsync();
            if (!before.Contains(connection.ProcessID))
            {
                await connection.DisposeAsync();
                break;
            }

            held.Add(connection);
        }

        return held;
    }

    /// <summary>The single value <paramref name="sql"/> returns on <paramref name="connection"/>, as text.</summary>
    public static async Task<string> TextAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static async Task<HashSet<int>> BackendsAsync(ApiFixture api, string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(api.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = @d AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("d", database);
        var pids = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }
}
