using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

public sealed class ErrorMaskingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ADatabaseFailureGivesAGenericErrorWithACodeAndACorrelationIdButNoDatabaseDetail()
    {
        // Break the table behind `engines` in this class's own database.
        await TestPostgres.ExecuteAsync(api.ConnectionString, "ALTER TABLE engine RENAME COLUMN designation TO designation_gone");

        using var response = await api.PostAsync("""{ engine(slug: "uzam-412") { designation } model(slug: "moskvitch-412") { name } }""");
        var body = await response.Content.ReadAsStringAsync();
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];

        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("UNEXPECTED_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("correlationId").GetString()));
        foreach (var leak in new[] { "POSTGRES", "Npgsql", "42703", "designation_gone", "SELECT", "engine.", "   at " })
        {
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        }

        // The rest of the request still ran.
        Assert.Contains("Moskvitch 412", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedGlobalIdIsAnInvalidIdError()
    {
        var root = await api.QueryAsync("""{ model(id: "!!!") { name } }""");
        var error = root.GetProperty("errors")[0];
        Assert.Equal("The node ID string has an invalid format.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
