using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// Faults at start that waiting will not mend end the service with a line saying what is wrong and exit code 1, not an
/// unhandled exception: PostgreSQL refusing the migration login, and a migration that fails on the database given.
/// (An unreachable database is waited for instead: <c>DatabaseDownAtStartTests</c>.)
/// </summary>
public sealed class StartupFailureTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALoginPostgreSqlRefusesEndsTheServiceWithOneLine(bool export)
    {
        var server = await TestPostgres.GetAsync();
        const string wrong = "not-the-Pa55word";
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Password = wrong }.ConnectionString;
        var outDirectory = Path.Combine(Path.GetTempPath(), "moskvitch-export-" + Guid.NewGuid().ToString("N")[..12]);
        string[] args = export ? ["export", "--format", "csv", "--out", outDirectory] : [];

        await using var service = ServiceProcess.Start(connectionString, new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0" }, args);
        var line = await AssertEndsAsync(service);
        Assert.False(Directory.Exists(outDirectory));

        Assert.Contains("ConnectionStrings__Moskvitch", line, StringComparison.Ordinal);
        Assert.Contains("28P01", line, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, service.Stdout + service.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMigrationThatFailsEndsTheServiceNamingTheScriptAndKeepsTheDatabaseAsItWas()
    {
        // A database that already holds a table of the first script's name, of another shape.
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync("startup_failure");
        try
        {
            await TestPostgres.ExecuteAsync(connectionString, "CREATE TABLE model (other text); INSERT INTO model VALUES ('kept')");

            await using var service = ServiceProcess.Start(connectionString, new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0" });
            var line = await AssertEndsAsync(service);

            Assert.Contains("Migration 0001_model.sql failed", line, StringComparison.Ordinal);
            Assert.Contains("42P07", line, StringComparison.Ordinal);
            Assert.Equal("kept", await TestPostgres.ScalarAsync<string>(connectionString, "SELECT other FROM model"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>Waits for the service to exit without listening; returns the one line, not a log line, it wrote to standard error.</summary>
    private async Task<string> AssertEndsAsync(ServiceProcess service)
    {
        var address = await service.WaitUntilReadyAsync(Timeout);
        Assert.True(address is null, $"The service listens at {address}.");
        var exit = await service.WaitForExitAsync(Timeout);
        output.WriteLine($"exit {exit}\nstderr:\n{service.Stderr}\nstdout:\n{service.Stdout}");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("Unhandled exception", service.Stdout + service.Stderr, StringComparison.Ordinal);
        // The export command logs to standard error too: its log lines start with a timestamp.
        return Assert.Single(service.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{4}-\d\d-\d\dT"));
    }
}
