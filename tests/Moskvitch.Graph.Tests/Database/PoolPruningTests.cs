using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// The sessions a burst of requests opened are closed within seconds once the load falls: Npgsql hands out idle
/// sessions in turn, so a pool left larger than its load spreads one request at a time over all of them, and each
/// statement finds its session's PostgreSQL caches cold (<see cref="DatabaseSetup.PoolIdleSeconds"/>).
/// </summary>
public sealed class PoolPruningTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task TheSessionsOfABurstAreClosedSoonAfterTheLoadFallsToOneRequestAtATime()
    {
        var pool = DatabaseSetup.WithServiceDefaults(api.Factory.Services.GetRequiredService<DatabaseConnectionState>().ConnectionString);
        // A burst: sixteen sessions of the service's pool busy at once, then back in the pool.
        var burst = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            var connection = new NpgsqlConnection(pool);
            await connection.OpenAsync();
            return connection;
        }));
        var pids = burst.Select(c => c.ProcessID).ToArray();
        foreach (var connection in burst)
        {
            await connection.DisposeAsync();
        }

        Assert.Equal(16, await AliveAsync(pids));

        // Then one request at a time, as a quiet front-end sends them (about six a second, within the client's budget).
        var clock = Stopwatch.StartNew();
        var alive = 16;
        while (clock.Elapsed < TimeSpan.FromSeconds(40) && alive > 2)
        {
            await api.DataAsync("{ models(first: 2) { nodes { id name } } }");
            await Task.Delay(150);
            alive = await AliveAsync(pids);
        }

        Assert.True(alive <= 2, $"{alive} of the burst's 16 sessions still open after {clock.Elapsed.TotalSeconds:F0} s of one request at a time");
    }

    private async Task<int> AliveAsync(int[] pids)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(api.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity WHERE pid = ANY (@pids)", connection);
        command.Parameters.AddWithValue("pids", pids);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
