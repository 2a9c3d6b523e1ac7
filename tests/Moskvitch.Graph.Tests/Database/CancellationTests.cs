using System.Diagnostics;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>A client that gives up cancels its PostgreSQL query; nothing is left waiting in the database.</summary>
public sealed class CancellationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("{ models { nodes { name } } }")]
    [InlineData("{ model(slug: \\\"moskvitch-412\\\") { name } }")]
    [InlineData("{ model(id: \\\"TW9kZWw6MQ==\\\") { name } }")]
    public async Task AClientThatDisconnectsCancelsItsQuery(string query)
    {
        // The service hashes the data for its data version at start-up; once { dataVersion } answers, that is over and
        // only the client's queries below wait for the lock.
        await api.DataAsync("{ dataVersion }");
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!;
        await using var locker = new NpgsqlConnection(api.ConnectionString);
        await locker.OpenAsync();
        await using (var lockTable = new NpgsqlCommand("BEGIN; LOCK TABLE model IN ACCESS EXCLUSIVE MODE", locker))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        // The query blocks on the lock; once it waits in PostgreSQL, the client gives up.
        using var giveUp = new CancellationTokenSource();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"{{query}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var sending = api.Client.SendAsync(request, giveUp.Token);
        var waiting = Stopwatch.StartNew();
        while (await WaitingQueriesAsync(database) == 0)
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(5), "the query never reached PostgreSQL's lock");
            await Task.Delay(50);
        }

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        var clock = Stopwatch.StartNew();
        while (await WaitingQueriesAsync(database) > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the PostgreSQL query was not cancelled within 5 s of the client leaving");
            await Task.Delay(100);
        }

        await using (var release = new NpgsqlCommand("ROLLBACK", locker))
        {
            await release.ExecuteNonQueryAsync();
        }

        var data = await api.DataAsync("{ model(slug: \"moskvitch-412\") { name } }");
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }

    private async Task<long> WaitingQueriesAsync(string database) =>
        await TestPostgres.ScalarAsync<long>(TestPostgres.WithDatabase(api.ConnectionString, "postgres"),
            $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND wait_event_type = 'Lock' AND state = 'active'");
}
