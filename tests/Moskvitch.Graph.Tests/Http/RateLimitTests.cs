using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>The service's own small limits for this class: five GraphQL requests per client per minute.</summary>
public sealed class RateLimitedApiFixture : ApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:RequestsPerWindow", "5");
        builder.UseSetting("RateLimits:WindowSeconds", "60");
    }
}

public sealed class RateLimitTests(RateLimitedApiFixture api) : IClassFixture<RateLimitedApiFixture>
{
    [Fact]
    public async Task AClientOverItsLimitGets429WithRetryAfterWhileOtherPathsStillAnswer()
    {
        var statuses = new List<HttpStatusCode>();
        var remaining = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await api.PostAsync("{ __typename }");
            statuses.Add(response.StatusCode);
            Assert.Equal("5", response.Headers.GetValues("RateLimit-Limit").Single());
            Assert.Equal("5;w=60;comment=\"requests\", 100000;w=60;comment=\"cost points\"", response.Headers.GetValues("RateLimit-Policy").Single());
            remaining.Add(response.Headers.GetValues("RateLimit-Remaining").Single());
            // One request comes back every 12 s: the bucket is full again after 12 s per request taken.
            var reset = int.Parse(response.Headers.GetValues("RateLimit-Reset").Single());
            Assert.InRange(reset, 12 * (5 - int.Parse(remaining[^1])) - 12, 12 * (5 - int.Parse(remaining[^1])));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 12);
                var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
                Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(["4", "3", "2", "1", "0", "0", "0", "0"], remaining);

        using var health = await api.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
