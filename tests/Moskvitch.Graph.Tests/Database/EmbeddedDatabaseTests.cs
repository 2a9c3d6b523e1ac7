using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>The default with no connection string: the service runs its own PostgreSQL from the local binaries.</summary>
public sealed class EmbeddedDatabaseTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "moskvitch-embedded-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private readonly Observability.CapturedLogs _logs = new();

    private WebApplicationFactory<Program> EmbeddedService() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Moskvitch", "");
            b.UseSetting("Database:DataDirectory", _root);
            b.ConfigureLogging(logging => logging.AddProvider(_logs));
        });

    /// <summary>What the service logged of its database, and the end of PostgreSQL's own log.</summary>
    private string DatabaseLogs()
    {
        var service = _logs.Entries
            .Where(e => e.Category.Contains("Database", StringComparison.Ordinal))
            .Select(e => $"{e.Level}: {e.Message}");
        var log = Path.Combine(_root, "postgres.log");
        var postgres = File.Exists(log) ? File.ReadLines(log).TakeLast(30) : ["(no postgres.log)"];
        return string.Join('\n', ["service:", .. service, "postgres.log:", .. postgres]);
    }

    [Fact]
    public async Task EmbeddedPostgreSqlStartsServesStopsAndKeepsItsDataAcrossRestarts()
    {
        int port;
        await using (var first = EmbeddedService())
        {
            using var client = first.CreateClient();
            var endpoint = first.Services.GetRequiredService<DatabaseConnectionState>();
            Assert.Equal("embedded", endpoint.Mode);
            port = new Npgsql.NpgsqlConnectionStringBuilder(endpoint.ConnectionString).Port;

            var names = await ModelNamesAsync(client);
            Assert.Contains("Moskvitch 412", names);

            // The service reads through a login that may only read, with an 8 s statement timeout.
            Assert.Equal("moskvitch_service", new Npgsql.NpgsqlConnectionStringBuilder(endpoint.ConnectionString).Username);
            Assert.Equal("8s", await TestPostgres.ScalarAsync<string>(endpoint.ConnectionString, "SHOW statement_timeout"));
            var denied = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => TestPostgres.ExecuteAsync(endpoint.ConnectionString,
                "UPDATE model SET name = 'changed' WHERE slug = 'moskvitch-412'"));
            Assert.True(denied.SqlState is "25006" or "42501", denied.SqlState);

            var owner = new Npgsql.NpgsqlConnectionStringBuilder(endpoint.ConnectionString)
            {
                Username = "postgres",
                Password = (await File.ReadAllTextAsync(Path.Combine(_root, "password"))).Trim(),
            }.ConnectionString;
            await TestPostgres.ExecuteAsync(owner,
                "INSERT INTO model (slug, code, name, year_from) VALUES ('embedded-probe', 'probe', 'Embedded Probe', 1902)");
        }

        // PostgreSQL removes postmaster.pid when it has shut down. (Probing the port could meet another test's server
        // that happens to get the same port at once.)
        Assert.False(File.Exists(Path.Combine(_root, "data", "postmaster.pid")), $"PostgreSQL on port {port} still runs after the service stopped.\n{DatabaseLogs()}");
        Assert.True(File.Exists(Path.Combine(_root, "data", "PG_VERSION")));

        await using (var second = EmbeddedService())
        {
            using var client = second.CreateClient();
            var names = await ModelNamesAsync(client);
            Assert.Contains("Embedded Probe", names);
            Assert.Single(names, n => n == "Moskvitch 412");
        }
    }

    [Fact]
    public async Task WithoutPostgreSqlTheServiceNamesTheThreeWaysAndExitsNonZero()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Moskvitch.Graph.Api.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Moskvitch"] = "";
        start.Environment["Database__PostgresBinDirectory"] = Path.Combine(_root, "no-postgres-here");
        start.Environment["Urls"] = "http://127.0.0.1:0";

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Install PostgreSQL", stderr, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Moskvitch", stderr, StringComparison.Ordinal);
        Assert.Contains("docker compose up", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
    }

    /// <summary>The names of all the models, read page after page (more than one page holds).</summary>
    private static async Task<List<string>> ModelNamesAsync(HttpClient client)
    {
        const string query = "query($after: String) { models(first: 50, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }";
        var models = await Paging.AllNodesAsync(async variables =>
        {
            using var response = await client.PostAsync("/graphql", new StringContent(
                System.Text.Json.JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            var root = System.Text.Json.JsonDocument.Parse(body).RootElement.Clone();
            Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
            return root.GetProperty("data");
        }, "models");
        return [.. models.Select(m => m.GetProperty("name").GetString()!)];
    }
}
