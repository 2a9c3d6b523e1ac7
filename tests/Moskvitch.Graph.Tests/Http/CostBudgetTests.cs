using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>The service on Kestrel with a cost budget of 1,000 points per client per minute (about 17 a second).</summary>
public sealed class SmallCostBudgetApiFixture : KestrelApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:PointsPerWindow", "1000");
        builder.UseSetting("RateLimits:WindowSeconds", "60");
    }
}

/// <summary>
/// hardening.md §4.27: the per-client limit is weighted by cost (aliases and nodes count), charged before execution;
/// other clients are unaffected.
/// </summary>
public sealed class CostBudgetTests(SmallCostBudgetApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SmallCostBudgetApiFixture>
{
    // 30 aliases of a look-up with its maker: 30 × (10 + 10) = 600 points.
    private static readonly string ThirtyAliases =
        "{ " + string.Concat(Enumerable.Range(0, 30).Select(i => $"a{i}: model(slug: \"moskvitch-412\") {{ name maker {{ name }} }} ")) + "}";

    [Fact]
    public async Task AliasHeavyQueriesSpendTheClientsPointsAndGet429BeforeSqlWhileOthersAreServed()
    {
        var firstClock = Stopwatch.StartNew();
        using var first = await PostAsync(api.Client, ThirtyAliases, cost: true);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(600, JsonDocument.Parse(firstBody).RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal("1000", Header(first, "RateLimit-Limit"));
        var remaining = int.Parse(Header(first, "RateLimit-Remaining"));
        // 1,000 - 600, plus what came back while the request ran.
        Assert.InRange(remaining, 400, RefilledBy(400, firstClock.Elapsed));
        // The bucket refills 1,000 points a minute: full again in (1,000 - remaining) × 60 / 1,000 seconds.
        var full = (1000 - remaining) * 60 / 1000.0;
        Assert.InRange(int.Parse(Header(first, "RateLimit-Reset")), (int)Math.Floor(full), (int)Math.Ceiling(full) + 1);
        Assert.Contains("1000;w=60;comment=\"cost points\"", Header(first, "RateLimit-Policy"), StringComparison.Ordinal);

        // The second costs more than is left: refused before any SQL, within a second (hardening.md §4.27).
        var clock = Stopwatch.StartNew();
        var (second, secondBody, sql) = await SqlStatements.SendAsync(api.Services, () => PostAsync(api.Client, ThirtyAliases));
        using var disposedSecond = second;
        var elapsed = clock.ElapsedMilliseconds;
        output.WriteLine($"HOSTILE|4.27 30-alias query over the client's cost budget|{(int)second.StatusCode}|{elapsed} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(0, sql);
        Assert.InRange(elapsed, 0, 1000);
        var error = JsonDocument.Parse(secondBody).RootElement.GetProperty("errors")[0];
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(600, error.GetProperty("extensions").GetProperty("fieldCost").GetDouble());
        var retryAfter = second.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After");
        Assert.Equal(retryAfter.TotalSeconds, error.GetProperty("extensions").GetProperty("retryAfter").GetInt32());
        // Retry-After is when the bucket holds 600 points again: left + 1,000/60 a second × Retry-After reaches 600.
        var left = int.Parse(Header(second, "RateLimit-Remaining"));
        Assert.True(left < 600 && left + (1000 / 60.0 * retryAfter.TotalSeconds) >= 600 && left + (1000 / 60.0 * (retryAfter.TotalSeconds - 1)) < 600,
            $"{left} left, Retry-After {retryAfter.TotalSeconds} s");
        Assert.DoesNotContain("model", secondBody, StringComparison.Ordinal);

        // Another client (another address) has its own budget; this client can still afford a cheap look-up.
        using var otherClient = api.ClientFrom(IPAddress.Parse("127.0.0.2"));
        var otherClock = Stopwatch.StartNew();
        using var other = await PostAsync(otherClient, ThirtyAliases);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.InRange(int.Parse(Header(other, "RateLimit-Remaining")), 400, RefilledBy(400, otherClock.Elapsed));
        using var cheap = await PostAsync(api.Client, "{ model(slug: \"moskvitch-412\") { name } }");
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.Contains("Moskvitch 412", await cheap.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationIsChargedBeforeItRunsEvenWhenItFails()
    {
        using var client = api.ClientFrom(IPAddress.Parse("127.0.0.3"));
        var clock = Stopwatch.StartNew();
        // 20 look-ups by forged ids fail in their resolvers (INVALID_ID) after the request gate charged their 200
        // points. (200, not less: the RateLimit headers name whichever budget is nearer exhaustion, and a cheap charge
        // refilled within a slow run would leave the request budget named.)
        var forged = "{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"a{i}: node(id: \"x{i}\") {{ id }} ")) + "}";
        using var failing = await PostAsync(client, forged);
        var body = await failing.Content.ReadAsStringAsync();
        Assert.Contains("INVALID_ID", body, StringComparison.Ordinal);
        using var next = await PostAsync(client, "{ __typename }");
        // 1,000 - 200 (the look-ups) - 1 (at least one point for any operation), plus the refill meanwhile.
        Assert.Equal("1000", Header(next, "RateLimit-Limit"));
        Assert.InRange(int.Parse(Header(next, "RateLimit-Remaining")), 799, RefilledBy(799, clock.Elapsed));
    }

    /// <summary>The most a bucket at <paramref name="from"/> points holds after <paramref name="elapsed"/> (17 a second, and a step).</summary>
    private static int RefilledBy(int from, TimeSpan elapsed) => from + (int)Math.Ceiling(1000 / 60.0 * (elapsed.TotalSeconds + 0.2));

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query, bool cost = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (cost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        return client.SendAsync(request);
    }
}
