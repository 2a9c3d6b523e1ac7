using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>PostgreSQL restarted under the service: it recovers by itself, with clean errors in between.</summary>
public sealed class DatabaseRestartTests : DedicatedPostgres
{
    [Fact]
    public async Task AfterARestartRequestsSucceedAgainWithoutRestartingTheService()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Moskvitch", ConnectionString));
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("Moskvitch 412", await QueryAsync(client), StringComparison.Ordinal);
        }

        await Server.KillAsync();
        await Server.RestartOnSamePortAsync();

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
