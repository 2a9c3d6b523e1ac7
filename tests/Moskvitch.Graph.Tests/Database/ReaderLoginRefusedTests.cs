using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// The login the service reads through refused by PostgreSQL (a wrong password; the migration login is fine): a field
/// that reads the database fails with DB_UNAVAILABLE, as when the database is down (not UNEXPECTED_ERROR), without
/// PostgreSQL's text, and readiness answers 503.
/// </summary>
public sealed class ReaderLoginRefusedTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AFieldReadThroughARefusedLoginFailsWithDatabaseUnavailable()
    {
        var reader = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "not-the-password" }.ConnectionString;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Moskvitch", database.ConnectionString);
            b.UseSetting("ConnectionStrings:MoskvitchReader", reader);
        });
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ model(slug: \"moskvitch-412\") { name } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        // An error in field execution keeps GraphQL's 200 with the field null (the endpoint's rule for field errors).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("model").ValueKind);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        Assert.Equal("DB_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("28P01", body, StringComparison.Ordinal);
        Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
