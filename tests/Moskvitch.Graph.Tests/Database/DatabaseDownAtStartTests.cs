using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>With its database down at start-up the service stays up, live but not ready, and becomes ready when it returns.</summary>
public sealed class DatabaseDownAtStartTests : DedicatedPostgres
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Server.StopAsync();
    }

    [Fact]
    public async Task TheServiceStartsNotReadyAndBecomesReadyWhenPostgreSqlComesBack()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Moskvitch", ConnectionString + ";Timeout=2"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        using (var refused = await client.PostAsync("/graphql", new StringContent("""{"query":"{ models { nodes { name } } }"}""", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Contains("DB_UNAVAILABLE", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Server.RestartOnSamePortAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "not ready 30 s after PostgreSQL came back");
            await Task.Delay(250);
        }

        using var answered = await client.PostAsync("/graphql", new StringContent("""{"query":"{ model(slug: \"moskvitch-412\") { name } }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("Moskvitch 412", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"ready only after {clock.Elapsed.TotalSeconds:F1} s");
    }
}
