using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// The network between the service and PostgreSQL turns into a black-hole (packets dropped, no RST): requests end
/// with a clean error by the timeouts instead of hanging, the process stays live, and once the network is back the
/// service recovers by itself, discarding the connections that died. Each measured outcome writes one
/// <c>HOSTILE|5.6 …</c> line.
/// </summary>
public sealed class NetworkBlackHoleTests(ITestOutputHelper output) : DedicatedPostgres
{
    private const string Lookup = "{ model(slug: \"moskvitch-412\") { name } }";

    /// <summary>
    /// A query on an open connection waits out the command timeout (10 s); Npgsql then sends PostgreSQL a cancel
    /// request on a new connection, which the black-hole accepts and never answers, so that waits out the connection
    /// timeout (5 s) before the connection is broken: 15 s, plus room for a loaded machine.
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(17);

    private static readonly string[] Codes = ["TIMEOUT", "DB_UNAVAILABLE"];

    private static readonly string[] Leaks = ["Npgsql", "Postgres", "   at ", "Exception", "Socket", "127.0.0.1", "Host="];

    [Fact]
    public async Task BlackHoledRequestsFailCleanlyWithinTheTimeoutsAndTheServiceRecoversWhenTheNetworkReturns()
    {
        await using var proxy = new BlackHoleProxy(ConnectionString);
        await using var factory = Service(proxy);
        using var client = factory.CreateClient();

        // 1. Through the proxy requests succeed.
        await WarmUpAsync(client, proxy);
        var normal = await MeasureAsync(client, Lookup);
        Write("through the proxy", normal, $"{proxy.Forwarding} connections open");
        Assert.Equal(HttpStatusCode.OK, normal.Status);
        Assert.Contains("Moskvitch 412", normal.Body, StringComparison.Ordinal);

        // 2. Black-hole: one request, then several at once, all end within the bound with a clean error; the process
        // stays live and says it is not ready.
        proxy.BlackHole();
        var single = await MeasureAsync(client, Lookup);
        Write("black-hole: one request", single);
        AssertCleanFailure(single);

        var lookups = Enumerable.Range(0, 8).Select(_ => MeasureAsync(client, Lookup)).ToList();
        var ready = MeasureAsync(client, null, "/health/ready");
        await Task.Delay(500);
        var live = await MeasureAsync(client, null, "/health/live");
        Write("black-hole: /health/live", live);
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.True(live.Elapsed < TimeSpan.FromSeconds(2), $"/health/live took {live.Elapsed.TotalMilliseconds:F0} ms");

        var concurrent = await Task.WhenAll(lookups);
        for (var i = 0; i < concurrent.Length; i++)
        {
            Write($"black-hole: concurrent request {i + 1} of {concurrent.Length}", concurrent[i]);
        }

        Assert.All(concurrent, AssertCleanFailure);
        var notReady = await ready;
        Write("black-hole: /health/ready", notReady, $"{proxy.Swallowed} connections swallowed so far");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.Status);
        Assert.True(notReady.Elapsed < Bound, $"/health/ready took {notReady.Elapsed.TotalMilliseconds:F0} ms");

        // 3. Restore: requests succeed again without restarting the service, after at most a few failures. The
        // connections open during the black-hole stay dead, so a success means the service no longer uses them.
        var deadHeld = proxy.DeadOpen;
        proxy.Restore();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var after = await MeasureAsync(client, Lookup);
            if (after.Body.Contains("Moskvitch 412", StringComparison.Ordinal))
            {
                Write("restored: first success", after with { Elapsed = clock.Elapsed },
                    $"{failures} failures before it; {deadHeld} dead connections still open at the restore");
                break;
            }

            failures++;
            Write($"restored: failure {failures}", after);
            AssertCleanFailure(after);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "no recovery within 30 s of the network returning");
            await Task.Delay(200);
        }

        Assert.True(failures <= 3, $"{failures} failed requests after the network returned");
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("Moskvitch 412", (await MeasureAsync(client, Lookup)).Body, StringComparison.Ordinal);
        }

        var readyAgain = await MeasureAsync(client, null, "/health/ready");
        Write("restored: /health/ready", readyAgain);
        Assert.Equal(HttpStatusCode.OK, readyAgain.Status);
    }

    [Fact]
    public async Task ConnectionsThatDiedIdleInThePoolCostOneFailedRequestAfterTheNetworkReturns()
    {
        await using var proxy = new BlackHoleProxy(ConnectionString);
        await using var factory = Service(proxy);
        using var client = factory.CreateClient();
        await WarmUpAsync(client, proxy);

        // A black-hole while nothing runs: every pooled connection dies unnoticed, and stays dead once the network
        // returns (as when a NAT or firewall forgets its connections).
        proxy.BlackHole();
        await Task.Delay(500);
        var dead = proxy.DeadOpen;
        proxy.Restore();

        // The first request takes a dead connection and fails by the timeouts; that must make the service drop the
        // others, not leave one dead connection for each request after it.
        var failures = 0;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var after = await MeasureAsync(client, Lookup);
            if (after.Body.Contains("Moskvitch 412", StringComparison.Ordinal))
            {
                Write("idle pool: first success", after with { Elapsed = clock.Elapsed }, $"{failures} failures before it; {dead} dead connections in the pool");
                break;
            }

            failures++;
            Write($"idle pool: failure {failures}", after);
            AssertCleanFailure(after);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "no recovery within 30 s of the network returning");
        }

        Assert.True(dead >= 2, $"only {dead} pooled connections to kill");
        Assert.True(failures <= 1, $"{failures} failed requests after the network returned: the dead connections were used one by one");
        var closing = Stopwatch.StartNew();
        while (proxy.DeadOpen > 0 && closing.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, proxy.DeadOpen);
    }

    private WebApplicationFactory<Program> Service(BlackHoleProxy proxy) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Moskvitch", proxy.Redirect(ConnectionString)));

    /// <summary>
    /// Requests side by side, so that the pool holds several connections when the network goes, as it would under
    /// load. The start-up migration's connection, idle in a pool of its own that nothing uses again, is closed: the
    /// proxy's count of dead connections then counts the serving pool's only (the start-up computation of the data version,
    /// on the same pool, is waited for first).
    /// </summary>
    private async Task WarmUpAsync(HttpClient client, BlackHoleProxy proxy)
    {
        var warmUp = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => MeasureAsync(client, Lookup)));
        Assert.All(warmUp, r => Assert.Contains("Moskvitch 412", r.Body, StringComparison.Ordinal));

        // The data version is computed at start-up in the background, on the migration's pool; asking for it waits until
        // it is done, so that its connection too is idle in that pool when the pool is closed (else it could die later
        // in a pool nothing uses again, and count as a dead connection the serving pool never closes).
        Assert.Contains("dataVersion", (await MeasureAsync(client, "{ dataVersion }")).Body, StringComparison.Ordinal);
        await using var migration = new NpgsqlConnection(proxy.Redirect(ConnectionString));
        NpgsqlConnection.ClearPool(migration);
    }

    private static void AssertCleanFailure(Outcome result)
    {
        Assert.True(result.Elapsed < Bound, $"the request took {result.Elapsed.TotalMilliseconds:F0} ms (bound {Bound.TotalSeconds} s): {result.Body}");
        Assert.True(result.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"HTTP {(int)result.Status}: {result.Body}");
        Assert.DoesNotContain("Moskvitch 412", result.Body, StringComparison.Ordinal);
        Assert.NotEmpty(result.Codes);
        Assert.All(result.Codes, code => Assert.Contains(code, Codes));
        foreach (var leak in Leaks)
        {
            Assert.DoesNotContain(leak, result.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private void Write(string name, Outcome result, string? note = null) =>
        output.WriteLine($"HOSTILE|5.6 {name}|{(int)result.Status}|{(result.Codes.Count == 0 ? "-" : string.Join(',', result.Codes))}|{result.Elapsed.TotalMilliseconds:F0} ms"
            + (note is null ? "" : "|" + note));

    /// <summary>
    /// POSTs <paramref name="query"/> to /graphql (or GETs <paramref name="path"/>). A request that would hang is cut
    /// at 60 s and reported with status 0, so that the assertions fail instead of the test run hanging.
    /// </summary>
    private static async Task<Outcome> MeasureAsync(HttpClient client, string? query, string path = "/graphql")
    {
        using var cut = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = query is null
                ? await client.GetAsync(path, cut.Token)
                : await client.PostAsync(path, new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"), cut.Token);
            var body = await response.Content.ReadAsStringAsync(cut.Token);
            return new Outcome(response.StatusCode, body, ErrorCodes(body), clock.Elapsed);
        }
        catch (OperationCanceledException) when (cut.IsCancellationRequested)
        {
            return new Outcome(0, "(no answer within 60 s)", [], clock.Elapsed);
        }
    }

    private static List<string> ErrorCodes(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("errors", out var errors)
                ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Outcome(HttpStatusCode Status, string Body, List<string> Codes, TimeSpan Elapsed);
}
