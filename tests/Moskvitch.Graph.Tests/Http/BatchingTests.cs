using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// Nested selections are batched: the number of SQL statements does not grow with the number of rows. (This fan-out is
/// far over the default cost budget, which would refuse it; the test measures batching in a host without the budget.)
/// </summary>
public sealed class BatchingTests(UnmeteredApiFixture api) : IClassFixture<UnmeteredApiFixture>
{
    private const string Selection = """
        { nodes { name maker { name country } engines(first: 50) { nodes { yearFrom engine { designation powerHp } } }
          influences(first: 50) { nodes { aspect kind sourceModel { name maker { name } } sources { slug } } }
          sources { slug } variants(first: 50) { nodes { name } } claims { attribute value } } }
        """;

    [Fact]
    public async Task FiftyModelsWithTheirRelationsTakeAtMostOneStatementMoreThanAFew()
    {
        var (many, manyModels) = await StatementsAsync("{ models(first: 50) " + Selection + " }");
        var (few, fewModels) = await StatementsAsync("""{ models(first: 50, where: { yearFrom: { gte: 2022 } }) """ + Selection + " }");
        var manyRows = manyModels.Count;
        var fewRows = fewModels.Count;

        Assert.Equal(50, manyRows);
        Assert.True(fewRows is > 0 and < 10, $"{fewRows} models");
        // Every relation selected has rows among the fifty, so that each of its loaders runs once for all of them.
        Assert.Contains(manyModels, m => m.GetProperty("maker").ValueKind != JsonValueKind.Null);
        Assert.Contains(manyModels, m => m.GetProperty("engines").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Contains(manyModels, m => m.GetProperty("influences").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Contains(manyModels, m => m.GetProperty("sources").GetArrayLength() > 0);
        Assert.Contains(manyModels, m => m.GetProperty("variants").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Contains(manyModels, m => m.GetProperty("claims").GetArrayLength() > 0);
        // One statement per level and relation, whatever the number of rows (the exact number depends on which
        // relations have rows at all).
        Assert.InRange(many, 1, 12);
        Assert.InRange(few, 1, 12);
        Assert.True(many <= few + 1, $"{many} statements for {manyRows} models, {few} for {fewRows}");
    }

    private async Task<(int Statements, List<JsonElement> Models)> StatementsAsync(string query)
    {
        var (data, statements) = await SqlStatements.CountAsync(api.Factory.Services, () => api.DataAsync(query));
        return (statements, [.. data.GetProperty("models").GetProperty("nodes").EnumerateArray()]);
    }
}
