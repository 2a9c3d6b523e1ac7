using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>The service with room for two GraphQL requests at a time.</summary>
public sealed class TwoAtATimeApiFixture : ApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("RateLimits:MaxConcurrentRequests", "2");
}

/// <summary>The service with room for two GraphQL requests at a time from one client (and 32 in all).</summary>
public sealed class TwoPerClientApiFixture : ApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("RateLimits:MaxConcurrentPerClient", "2");
}

/// <summary>Beyond the concurrency limit, requests are shed at once with 503 instead of waiting for the database pool.</summary>
public sealed class ConcurrencyTests(TwoAtATimeApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TwoAtATimeApiFixture>
{
    [Fact]
    public Task RequestsBeyondTheLimitGet503AtOnceAndServiceResumes() =>
        InFlight.RefusedBeyondTwoAsync(api, output, "5.2 shed beyond 2 in flight", HttpStatusCode.ServiceUnavailable, "SERVICE_BUSY");
}

/// <summary>A client with as many requests in flight as its cap gets 429 for more, at once, while the service has room.</summary>
public sealed class PerClientConcurrencyTests(TwoPerClientApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TwoPerClientApiFixture>
{
    [Fact]
    public Task AClientBeyondItsInFlightCapGets429AtOnce() =>
        InFlight.RefusedBeyondTwoAsync(api, output, "4.22 one client beyond 2 in flight", HttpStatusCode.TooManyRequests, "RATE_LIMITED");
}

/// <summary>Two requests held on a table lock in PostgreSQL; five more are refused at once; all is well after.</summary>
internal static class InFlight
{
    private const string Lookup = "{ model(slug: \"moskvitch-412\") { name } }";

    public static async Task RefusedBeyondTwoAsync(ApiFixture api, Xunit.Abstractions.ITestOutputHelper output, string label, HttpStatusCode status, string code)
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

        // Two requests take both places and wait on the lock in PostgreSQL.
        var slow = new[] { api.PostAsync(Lookup), api.PostAsync(Lookup) };
        var waiting = Stopwatch.StartNew();
        while (await WaitingQueriesAsync(api, database) < 2)
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(5), "the slow queries never reached the lock");
            await Task.Delay(50);
        }

        // Five more: each is shed at once.
        var shed = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await api.PostAsync(Lookup);
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, body, clock.ElapsedMilliseconds);
        }));
        foreach (var (actual, retryAfter, body, elapsed) in shed)
        {
            output.WriteLine($"HOSTILE|{label}|{(int)actual}|Retry-After {retryAfter?.TotalSeconds}|{elapsed} ms");
            Assert.Equal(status, actual);
            Assert.True(retryAfter > TimeSpan.Zero, "no Retry-After");
            Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.True(elapsed < 1000, $"shed after {elapsed} ms");
        }

        await using (var release = new NpgsqlCommand("ROLLBACK", locker))
        {
            await release.ExecuteNonQueryAsync();
        }

        foreach (var response in await Task.WhenAll(slow))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Moskvitch 412", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            response.Dispose();
        }

        var data = await api.DataAsync(Lookup);
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }

    private static async Task<long> WaitingQueriesAsync(ApiFixture api, string database) =>
        await TestPostgres.ScalarAsync<long>(TestPostgres.WithDatabase(api.ConnectionString, "postgres"),
            $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND wait_event_type = 'Lock' AND state = 'active'");
}
