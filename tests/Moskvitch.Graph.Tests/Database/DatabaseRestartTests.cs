using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>PostgreSQL restarted under the service: it recovers by itself, with clean errors in between.</summary>
public sealed class DatabaseRestartTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "moskvitch-restart-" + Guid.NewGuid().ToString("N")[..12]);
    private LocalPostgres? _server;

    public async Task InitializeAsync()
    {
        _server = await LocalPostgres.StartAsync(LocalPostgres.FindBinDirectory()!, _root, NullLogger.Instance);
        await TestPostgres.ExecuteAsync(_server.ConnectionString("postgres"), "CREATE DATABASE moskvitch");
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
    public async Task AfterARestartRequestsSucceedAgainWithoutRestartingTheService()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Moskvitch", _server!.ConnectionString("moskvitch")));
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("Moskvitch 412", await QueryAsync(client), StringComparison.Ordinal);
        }

        await _server!.KillAsync();
        await _server.RestartOnSamePortAsync();

        var failures = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var body = await QueryAsync(client);
            if (body.Contains("Moskvitch 412", StringComparison.Ordinal))
            {
                break;
            }

            failures++;
            Assert.Contains("DB_UNAVAILABLE", body, StringComparison.Ordinal);
            Assert.DoesNotContain("57P01", body, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "no recovery within 30 s");
            await Task.Delay(200);
        }

        Assert.True(failures <= 2, $"{failures} failed requests after the restart");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task<string> QueryAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/graphql",
            new StringContent("""{"query":"{ model(slug: \"moskvitch-412\") { name } }"}""", System.Text.Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }
}
