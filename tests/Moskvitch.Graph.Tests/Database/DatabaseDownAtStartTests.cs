using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>With its database down at start-up the service stays up, live but not ready, and becomes ready when it returns.</summary>
public sealed class DatabaseDownAtStartTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "moskvitch-down-" + Guid.NewGuid().ToString("N")[..12]);
    private LocalPostgres? _server;

    public async Task InitializeAsync()
    {
        _server = await LocalPostgres.StartAsync(LocalPostgres.FindBinDirectory()!, _root, NullLogger.Instance);
        await TestPostgres.ExecuteAsync(_server.ConnectionString("postgres"), "CREATE DATABASE moskvitch");
        await _server.StopAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task TheServiceStartsNotReadyAndBecomesReadyWhenPostgreSqlComesBack()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Moskvitch", _server!.ConnectionString("moskvitch") + ";Timeout=2"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        using (var refused = await client.PostAsync("/graphql", new StringContent("""{"query":"{ models { name } }"}""", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Contains("DB_UNAVAILABLE", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await _server!.RestartOnSamePortAsync();
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
