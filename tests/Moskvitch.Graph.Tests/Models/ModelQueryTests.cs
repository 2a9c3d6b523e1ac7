using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Models;

public sealed class ModelQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ModelsReturnsEveryRowOfTheModelTableWithItsStartYear()
    {
        var models = (await api.AllNodesAsync(
                "query($after: String) { models(first: 50, after: $after) { nodes { name yearFrom } pageInfo { hasNextPage endCursor } } }", "models"))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("yearFrom"));
        var rows = await SqlRowsAsync();
        Assert.True(rows.Count > Paging.PageSize, $"only {rows.Count} models: one page would hold them all");
        Assert.Equal(
            rows.Order(StringComparer.Ordinal),
            models.Select(m => m.Key + "|" + (m.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? "-" : m.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Order(StringComparer.Ordinal));
        Assert.Equal(1967, models["Moskvitch 412"].GetInt32());
        Assert.Equal(1976, models["Moskvitch 2140"].GetInt32());
        Assert.Equal(2022, models["Moskvich 3"].GetInt32());
        // The sources disagree on the 400's start (1946 against 1947), so the column stays empty.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, models["Moskvitch 400"].ValueKind);
    }

    /// <summary>Each row of the model table as "name|year_from" ("-" for no year).</summary>
    private async Task<List<string>> SqlRowsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT name || '|' || coalesce(year_from::text, '-') FROM model", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [Fact]
    public async Task ModelsReflectRowsAddedToTheDatabase()
    {
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "INSERT INTO model (slug, code, name, year_from) VALUES ('test-probe', 'probe', 'Probe Model', 1901)");

        var models = await api.AllNodesAsync(
            "query($after: String) { models(first: 50, after: $after) { nodes { slug name yearFrom } pageInfo { hasNextPage endCursor } } }", "models");

        var probe = Assert.Single(models, m => m.GetProperty("slug").GetString() == "test-probe");
        Assert.Equal(1901, probe.GetProperty("yearFrom").GetInt32());
    }
}
