using System.Diagnostics;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// The service's pool keeps its sessions between requests (no <c>DISCARD ALL</c> when a connection goes back), so the
/// statements it prepares are reused. That is only safe because no request leaves state in a session: after every
/// kind of request, a cancelled one and a failed one among them, each pooled session is as PostgreSQL opened it, apart
/// from the statements Npgsql prepared.
/// </summary>
public sealed class PooledSessionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Requests =
    [
        "{ models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 10) { totalCount nodes { id slug name code yearFrom yearTo bodyType maker { name country } } pageInfo { hasNextPage endCursor } } }",
        "{ models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 10) { totalCount nodes { id slug name code yearFrom yearTo bodyType maker { name country } } pageInfo { hasNextPage endCursor } } }",
        "{ models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 10) { totalCount nodes { id slug name code yearFrom yearTo bodyType maker { name country } } pageInfo { hasNextPage endCursor } } }",
        "{ model(slug: \"moskvitch-2141\") { name influences(first: 5) { nodes { kind aspect sourceModel { name } sources { slug } } } engines(first: 3) { nodes { engine { name } } } } }",
        "{ model(slug: \"moskvitch-412\") { name influences(first: 5) { nodes { kind aspect sourceModel { name } sources { slug } } } engines(first: 3) { nodes { engine { name } } } } }",
        "{ organizations(first: 5) { nodes { name owners(first: 3) { totalCount nodes { id } } } } }",
        "{ events(year: 1967) { totalCount nodes { title place { name } sources { slug } } } }",
        "{ search(text: \"opel kadett\", first: 5) { rank node { __typename id } } }",
        "{ lineage(slug: \"moskvitch-2141\", direction: UPSTREAM, depth: 3) { nodes { depth model { slug } } links { kind } } }",
        "{ modelAggregates(groupBy: DECADE) { key count yearFrom { min max } } }",
        "{ node(id: \"TW9kZWw6MQ==\") { id ... on Model { name } } }",
    ];

    /// <summary>A request that fails in the service (a cursor that is not one).</summary>
    private const string Failing = "{ models(first: 2, after: \"bm90LWEtY3Vyc29y\") { nodes { name } } }";

    [Fact]
    public async Task NoRequestLeavesStateInAPooledSession()
    {
        foreach (var query in Requests)
        {
            await api.DataAsync(query);
        }

        var failed = await api.QueryAsync(Failing);
        Assert.Equal("HC0078", failed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        await CancelARequestWhileItRunsAsync();
        await AtOnceAsync(Requests.Take(4));

        var sessions = await PooledSessions.EveryIdleAsync(api);
        try
        {
            Assert.True(sessions.Count >= 2, $"only {sessions.Count} pooled session(s) to inspect");
            foreach (var session in sessions)
            {
                Assert.Equal("", await PooledSessions.TextAsync(session, "SELECT coalesce(string_agg(name || '=' || setting, ', '), '') FROM pg_settings WHERE source = 'session'"));
                Assert.Equal("", await PooledSessions.TextAsync(session, "SELECT coalesce(string_agg(statement, '; '), '') FROM pg_prepared_statements WHERE from_sql"));
                Assert.Equal("", await PooledSessions.TextAsync(session, "SELECT coalesce(string_agg(name, ', '), '') FROM pg_cursors WHERE name <> ''"));
                Assert.Equal("", await PooledSessions.TextAsync(session, "SELECT coalesce(string_agg(c, ', '), '') FROM pg_listening_channels() AS c"));
                Assert.Equal("", await PooledSessions.TextAsync(session, "SELECT coalesce(string_agg(relname, ', '), '') FROM pg_class WHERE relnamespace = pg_my_temp_schema()"));
                Assert.Equal("", await PooledSessions.TextAsync(session, "SELECT coalesce(string_agg(objid::text, ', '), '') FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory'"));
                Assert.Equal("t", await PooledSessions.TextAsync(session, "SELECT (current_user = session_user)::text::char"));
                Assert.Equal("0", await PooledSessions.TextAsync(session, "SHOW max_parallel_workers_per_gather"));
            }

            // What the kept sessions are for: the statements Npgsql prepared for repeated shapes are still there.
            var prepared = 0L;
            foreach (var session in sessions)
            {
                prepared += long.Parse(await PooledSessions.TextAsync(session, "SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql"), System.Globalization.CultureInfo.InvariantCulture);
            }

            Assert.True(prepared > 0, "no pooled session kept a prepared statement");
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="queries"/> each in a session of its own: they wait together on a lock of the model table
    /// until all of them are waiting (requests run one after another would all be served by one pooled session).
    /// </summary>
    private async Task AtOnceAsync(IEnumerable<string> queries)
    {
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!;
        await using var locker = new NpgsqlConnection(api.ConnectionString);
        await locker.OpenAsync();
        await using (var lockTable = new NpgsqlCommand("BEGIN; LOCK TABLE model IN ACCESS EXCLUSIVE MODE", locker))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var sending = queries.Select(async query =>
        {
            using var response = await api.PostAsync(query);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }).ToList();
        var clock = Stopwatch.StartNew();
        while (await TestPostgres.ScalarAsync<long>(api.ConnectionString,
                   $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND wait_event_type = 'Lock'") < sending.Count)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the queries never all reached the lock");
            await Task.Delay(50);
        }

        await using (var release = new NpgsqlCommand("ROLLBACK", locker))
        {
            await release.ExecuteNonQueryAsync();
        }

        await Task.WhenAll(sending);
    }

    /// <summary>A list query blocked on a lock, given up by its client while it waits in PostgreSQL.</summary>
    private async Task CancelARequestWhileItRunsAsync()
    {
        await api.DataAsync("{ dataVersion }");
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!;
        await using var locker = new NpgsqlConnection(api.ConnectionString);
        await locker.OpenAsync();
        await using (var lockTable = new NpgsqlCommand("BEGIN; LOCK TABLE model IN ACCESS EXCLUSIVE MODE", locker))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        using var giveUp = new CancellationTokenSource();
        var sending = api.Client.PostAsync("/graphql", new StringContent("""{"query":"{ models { nodes { name } } }"}""", System.Text.Encoding.UTF8, "application/json"), giveUp.Token);
        var clock = Stopwatch.StartNew();
        while (await TestPostgres.ScalarAsync<long>(api.ConnectionString,
                   $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND wait_event_type = 'Lock'") == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the query never reached the lock");
            await Task.Delay(50);
        }

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await using var release = new NpgsqlCommand("ROLLBACK", locker);
        await release.ExecuteNonQueryAsync();
    }
}
