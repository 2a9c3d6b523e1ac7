using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Models;

public sealed class ModelQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ModelsReturnsTheRowsFromPostgreSql()
    {
        var data = await api.DataAsync("{ models { name yearFrom } }");

        var models = data.GetProperty("models").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("yearFrom"));
        Assert.Equal(1946, models["Moskvitch 400"].GetInt32());
        Assert.Equal(1967, models["Moskvitch 412"].GetInt32());
        Assert.Equal(2022, models["Moskvich 3"].GetInt32());
        Assert.Contains("Moskvitch 2140", models.Keys);
    }

    [Fact]
    public async Task ModelsReflectRowsAddedToTheDatabase()
    {
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "INSERT INTO model (slug, code, name, year_from) VALUES ('test-probe', 'probe', 'Probe Model', 1901)");

        var data = await api.DataAsync("{ models { slug name yearFrom } }");

        var probe = Assert.Single(data.GetProperty("models").EnumerateArray(), m => m.GetProperty("slug").GetString() == "test-probe");
        Assert.Equal(1901, probe.GetProperty("yearFrom").GetInt32());
    }
}
