using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Models;

public sealed class ModelQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ModelsReturnsTheRowsFromPostgreSql()
    {
        var models = (await api.AllNodesAsync(
                "query($after: String) { models(first: 50, after: $after) { nodes { name yearFrom } pageInfo { hasNextPage endCursor } } }", "models"))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("yearFrom"));
        Assert.Equal(1967, models["Moskvitch 412"].GetInt32());
        Assert.Equal(1976, models["Moskvitch 2140"].GetInt32());
        Assert.Equal(2022, models["Moskvich 3"].GetInt32());
        // The sources disagree on the 400's start (1946 against 1947), so the column stays empty.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, models["Moskvitch 400"].ValueKind);
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
