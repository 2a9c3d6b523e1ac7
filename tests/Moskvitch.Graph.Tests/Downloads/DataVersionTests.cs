using System.Data;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Api.Downloads;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary>
/// <c>dataVersion</c>: the latest migration plus a hash of every row; the same on every call while the data stays,
/// another as soon as a row changes (the per-process cache is keyed by the database snapshot), the first again when the
/// change is undone; the same on a fresh install whatever order the rows are stored in; one hash for callers that ask
/// at once. This class updates its own database (and puts every row back).
/// </summary>
public sealed class DataVersionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<string> GraphQLVersionAsync() => (await api.DataAsync("{ dataVersion }")).GetProperty("dataVersion").GetString()!;

    private async Task<string> ExportVersionAsync()
    {
        using var response = await api.Client.GetAsync("/export/jsonl", HttpCompletionOption.ResponseHeadersRead);
        return response.Headers.GetValues("X-Data-Version").Single();
    }

    private async Task<string> HeadVersionAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/export/csv");
        using var response = await api.Client.SendAsync(request);
        return response.Headers.GetValues("X-Data-Version").Single();
    }

    [Fact]
    public async Task IsStableNamesTheLatestMigrationAndChangesWithAnyRow()
    {
        var first = await GraphQLVersionAsync();
        Assert.Matches(new Regex("^" + Regex.Escape(Path.GetFileNameWithoutExtension(DatabaseMigrator.LatestScript)) + "-[0-9a-f]{8}$"), first);
        Assert.Equal(first, await GraphQLVersionAsync());
        Assert.Equal(first, await ExportVersionAsync());
        string firstTag;
        using (var head = new HttpRequestMessage(HttpMethod.Head, "/export/nt"))
        using (var response = await api.Client.SendAsync(head))
        {
            firstTag = response.Headers.ETag!.Tag;
        }

        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET description = description || ' (edited)' WHERE slug = 'moskvitch-412'");
        var edited = await GraphQLVersionAsync();
        Assert.NotEqual(first, edited);
        Assert.Equal(edited, await ExportVersionAsync());
        Assert.Equal(edited, await HeadVersionAsync());

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/export/nt"))
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(firstTag));
            using var response = await api.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"\"{edited}-nt\"", response.Headers.ETag?.Tag);
        }

        // A citation is curated data too.
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model_source SET quote = quote || ' ' WHERE model_id = model_ref('moskvitch-412') AND source_id = source_ref('ref-94')");
        var requoted = await GraphQLVersionAsync();
        Assert.NotEqual(edited, requoted);

        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model_source SET quote = rtrim(quote) WHERE model_id = model_ref('moskvitch-412') AND source_id = source_ref('ref-94')");
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET description = left(description, -length(' (edited)')) WHERE slug = 'moskvitch-412'");
        Assert.Equal(first, await GraphQLVersionAsync());
    }

    [Fact]
    public async Task TheScaleANumberIsWrittenWithIsDataToo()
    {
        var first = await GraphQLVersionAsync();
        var (id, value) = (await DownloadTestSupport.RowsAsync(api.ConnectionString, "SELECT id, value::text FROM figure WHERE value IS NOT NULL ORDER BY id LIMIT 1"))
            .Select(r => ((int)r[0]!, (string)r[1]!)).Single();

        // 1.0 and 1.000 are equal numbers, but the exports write them differently.
        await TestPostgres.ExecuteAsync(api.ConnectionString, $"UPDATE figure SET value = value + 0.000 WHERE id = {id}");
        Assert.NotEqual(first, await GraphQLVersionAsync());

        await TestPostgres.ExecuteAsync(api.ConnectionString, $"UPDATE figure SET value = '{value}'::numeric WHERE id = {id}");
        Assert.Equal(first, await GraphQLVersionAsync());
    }

    [Fact]
    public async Task IsTheSameOnAFreshInstallWhateverOrderTheRowsAreStoredIn()
    {
        var fresh = await TestPostgres.CreateEmptyDatabaseAsync("dataversion_fresh");
        try
        {
            DatabaseMigrator.Migrate(fresh, NullLogger.Instance);
            // Every other model row rewritten as it was: the same rows, stored (and read) in another order.
            await TestPostgres.ExecuteAsync(fresh, "UPDATE model SET name = name WHERE id % 2 = 0");
            Assert.Equal(await GraphQLVersionAsync(), await DataVersion.GetAsync(fresh, CancellationToken.None));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(fresh);
        }
    }

    [Fact]
    public async Task InAnExportsTransactionItIgnoresAndKeepsTheSessionsSettings()
    {
        var expected = await GraphQLVersionAsync();
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        // A transaction committed elsewhere: the snapshot below is new, so the hash runs in this transaction.
        await TestPostgres.ExecuteAsync(api.ConnectionString, "SELECT txid_current()");
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await ExecuteAsync(connection, "SET LOCAL statement_timeout = '7s'; SET LOCAL DateStyle = 'German, DMY'");
        var before = DataVersion.ComputationCount(api.ConnectionString);

        var version = await DataVersion.GetAsync(connection, CancellationToken.None);

        Assert.Equal(before + 1, DataVersion.ComputationCount(api.ConnectionString));
        Assert.Equal("7s", await ShowAsync(connection, "statement_timeout"));
        Assert.Equal("German, DMY", await ShowAsync(connection, "DateStyle"));
        // The dates are hashed as ISO whatever the session's DateStyle: the same version as before.
        Assert.Equal(expected, version);
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task CallersThatAskAtOnceShareOneHash()
    {
        await GraphQLVersionAsync();
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET description = description || ' (shared)' WHERE slug = 'moskvitch-412'");
        var before = DataVersion.ComputationCount(api.ConnectionString);
        Task<string[]> calls;
        await using (var blocker = new NpgsqlConnection(api.ConnectionString))
        {
            // Holding a lock on one table makes the hash wait, so that every call comes while it runs.
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await ExecuteAsync(blocker, "LOCK TABLE model_comparison IN ACCESS EXCLUSIVE MODE");
            calls = Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GraphQLVersionAsync()));
            var deadline = DateTime.UtcNow.AddSeconds(8);
            while (await TestPostgres.ScalarAsync<long>(api.ConnectionString,
                       "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "The hash never waited for the lock.");
                await Task.Delay(50);
            }

            await Task.Delay(500);
            Assert.Equal(before + 1, DataVersion.ComputationCount(api.ConnectionString));
            await transaction.RollbackAsync();
        }

        var versions = await calls;
        Assert.Single(versions.Distinct());
        // Calls whose snapshot differed from the first one's (a write elsewhere in the cluster) share one more.
        Assert.InRange(DataVersion.ComputationCount(api.ConnectionString) - before, 1, 2);

        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET description = left(description, -length(' (shared)')) WHERE slug = 'moskvitch-412'");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting)
    {
        await using var command = new NpgsqlCommand("SHOW " + setting, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
