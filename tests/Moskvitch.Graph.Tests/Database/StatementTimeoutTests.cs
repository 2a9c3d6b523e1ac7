using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>The service reading through its own login whose statement_timeout is 1 ms: every statement runs out of time.</summary>
public sealed class ImpatientReaderFixture : ApiFixture
{
    public string Login { get; } = "impatient_" + Guid.NewGuid().ToString("N")[..8];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"""
                CREATE ROLE {Login} LOGIN PASSWORD 'impatient' IN ROLE moskvitch_reader;
                ALTER ROLE {Login} SET statement_timeout = '1ms';
                """, connection);
            command.ExecuteNonQuery();
        }

        builder.UseSetting("ConnectionStrings:MoskvitchReader",
            new NpgsqlConnectionStringBuilder(ConnectionString) { Username = Login, Password = "impatient", Pooling = false }.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.ExecuteAsync(TestPostgres.WithDatabase(ConnectionString, "postgres"), $"DROP ROLE IF EXISTS {Login}");
    }
}

public sealed class StatementTimeoutTests(ImpatientReaderFixture api) : IClassFixture<ImpatientReaderFixture>
{
    [Fact]
    public async Task AStatementOverTheTimeoutEndsWithATimeoutErrorAndNoDatabaseDetail()
    {
        using var response = await api.PostAsync("""{ search(text: "opel kadett") { rank } model(slug: "moskvitch-412") { name } }""");
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");

        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == "TIMEOUT"
            && e.GetProperty("message").GetString() == "The query took too long and was stopped.");
        foreach (var leak in new[] { "57014", "statement timeout", "canceling", "POSTGRES", "   at " })
        {
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
