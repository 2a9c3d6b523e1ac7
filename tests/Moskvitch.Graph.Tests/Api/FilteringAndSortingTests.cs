using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>HotChocolate-style <c>where</c> and <c>order</c>, checked against hand-written SQL on the same database.</summary>
public sealed class FilteringAndSortingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ComparableOperatorsMatchSql()
    {
        var names = await ModelNamesAsync("{ models(where: { yearFrom: { gt: 1960 }, isMoskvitch: { eq: true } }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from > 1960 AND is_moskvitch"), names.Count);
        Assert.Contains("Moskvitch 412", names);
        Assert.DoesNotContain("Moskvitch 407", names);

        var range = await ModelNamesAsync("{ models(where: { yearFrom: { gte: 1946, lte: 1956 }, and: [{ yearFrom: { nin: [1954] } }] }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from BETWEEN 1946 AND 1956 AND year_from <> 1954"), range.Count);
    }

    [Fact]
    public async Task OrCombinesWholeSubFiltersAndNullTestsForNull()
    {
        var names = await ModelNamesAsync("{ models(where: { or: [{ bodyType: { eq: CABRIOLET } }, { bodyType: { eq: WOODIE } }] }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE body_type IN ('cabriolet', 'woodie')"), names.Count);
        Assert.Contains("Moskvitch 400-420A", names);

        var undated = await ModelNamesAsync("{ models(where: { yearFrom: { eq: null }, isMoskvitch: { eq: true } }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from IS NULL AND is_moskvitch"), undated.Count);
        Assert.Contains("Moskvitch 400", undated);
    }

    [Fact]
    public async Task EnumInAndNestedObjectFilters()
    {
        var names = await ModelNamesAsync("{ models(where: { bodyType: { in: [STATION_WAGON, VAN] }, parentModel: { name: { startsWith: \"Moskvitch 40\" } } }) { name } }");
        Assert.Equal(await SqlCountAsync("""
            SELECT count(*) FROM model m JOIN model p ON p.id = m.parent_model_id
            WHERE m.body_type IN ('station_wagon', 'van') AND p.name LIKE 'Moskvitch 40%'
            """), names.Count);
        Assert.Contains("Moskvitch 423", names);

        var opel = await ModelNamesAsync("{ models(where: { maker: { name: { eq: \"Opel\" } } }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model m JOIN organization o ON o.id = m.maker_id WHERE o.name = 'Opel'"), opel.Count);
        Assert.Contains("Opel Kadett K38", opel);
    }

    [Fact]
    public async Task ListFiltersSomeNoneAndAny()
    {
        var withWagons = await ModelNamesAsync("{ models(where: { variants: { some: { bodyType: { eq: STATION_WAGON } } } }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model m WHERE EXISTS (SELECT 1 FROM model v WHERE v.parent_model_id = m.id AND v.body_type = 'station_wagon')"), withWagons.Count);
        Assert.Contains("Moskvitch 400", withWagons);

        var withVariants = await ModelNamesAsync("{ models(where: { variants: { any: true } }) { name } }");
        var withoutVariants = await ModelNamesAsync("{ models(where: { variants: { any: false } }) { name } }");
        var noWagons = await ModelNamesAsync("{ models(where: { variants: { none: { bodyType: { eq: STATION_WAGON } } } }) { name } }");
        Assert.Equal(await SqlCountAsync("SELECT count(DISTINCT parent_model_id) FROM model"), withVariants.Count);
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model"), withVariants.Count + withoutVariants.Count);
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model"), withWagons.Count + noWagons.Count);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("o")]
    [InlineData("1")]
    public async Task StringOperatorsTreatUserTextLiterally(string text)
    {
        var literal = JsonSerializer.Serialize(text);
        var contains = await ModelNamesAsync($"{{ models(where: {{ name: {{ contains: {literal} }} }}) {{ name }} }}");
        Assert.Equal(await SqlCountAsync($"SELECT count(*) FROM model WHERE strpos(name, {Sql(text)}) > 0"), contains.Count);
        var icontains = await ModelNamesAsync($"{{ models(where: {{ name: {{ icontains: {literal} }} }}) {{ name }} }}");
        Assert.Equal(await SqlCountAsync($"SELECT count(*) FROM model WHERE strpos(lower(name), lower({Sql(text)})) > 0"), icontains.Count);
    }

    [Fact]
    public async Task CaseInsensitiveOperatorsIgnoreCaseAndStandardOnesDoNot()
    {
        Assert.Empty(await ModelNamesAsync("{ models(where: { name: { contains: \"OPEL\" } }) { name } }"));
        var opel = await ModelNamesAsync("{ models(where: { name: { icontains: \"OPEL\" } }) { name } }");
        Assert.Contains("Opel Kadett K38", opel);
        Assert.Equal(["Opel Kadett K38"], await ModelNamesAsync("{ models(where: { name: { ieq: \"opel kadett k38\" } }) { name } }"));
        Assert.Contains("Opel Kapitan", await ModelNamesAsync("{ models(where: { name: { istartsWith: \"OPEL K\" } }) { name } }"));
    }

    [Fact]
    public async Task IdFiltersTakeGlobalIds()
    {
        var model = (await api.DataAsync("{ model(slug: \"moskvitch-412\") { id } }")).GetProperty("model").GetProperty("id").GetString();
        Assert.Equal(["Moskvitch 412"], await ModelNamesAsync($"{{ models(where: {{ id: {{ eq: \"{model}\" }} }}) {{ name }} }}"));

        var bad = await api.QueryAsync("{ models(where: { id: { eq: \"not-an-id\" } }) { name } }");
        Assert.Equal("INVALID_ID", bad.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task NullWhereAnOperatorNeedsAValueIsHC0026()
    {
        var root = await api.QueryAsync("{ models(where: { name: { contains: null } }) { name } }");
        var error = root.GetProperty("errors")[0];
        Assert.Equal("HC0026", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Null values are not supported", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SortingBySeveralKeysAndThroughReferences()
    {
        var data = await api.DataAsync("{ models(where: { yearFrom: { neq: null } }, order: [{ yearFrom: DESC }, { name: ASC }]) { name yearFrom } }");
        var rows = data.GetProperty("models").EnumerateArray().Select(m => (Year: m.GetProperty("yearFrom").GetInt32(), Name: m.GetProperty("name").GetString()!)).ToList();
        Assert.Equal([.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal)], rows);

        var byMaker = await api.DataAsync("{ models(where: { isMoskvitch: { eq: false } }, order: [{ maker: { name: ASC } }, { name: DESC }]) { name maker { name } } }");
        var makers = byMaker.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("maker").GetProperty("name").GetString()!).ToList();
        Assert.Equal([.. makers.Order(StringComparer.Ordinal)], makers);
    }

    [Fact]
    public async Task FiltersWorkOnEveryListField()
    {
        var data = await api.DataAsync("""
            { events(where: { kind: { eq: BANKRUPTCY } }, order: [{ year: ASC }]) { year }
              organizations(where: { country: { eq: "Germany" } }) { name }
              sources(where: { number: { lte: 3 } }) { number }
              claims(where: { attribute: { eq: "yearFrom" } }) { attribute } }
            """);
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM event WHERE kind = 'bankruptcy'"), data.GetProperty("events").GetArrayLength());
        Assert.Contains(data.GetProperty("organizations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Opel");
        Assert.Equal(3, data.GetProperty("sources").GetArrayLength());
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM claim WHERE attribute = 'yearFrom'"), data.GetProperty("claims").GetArrayLength());
    }

    private async Task<List<string>> ModelNamesAsync(string query)
    {
        var data = await api.DataAsync(query);
        return [.. data.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()!)];
    }

    private async Task<int> SqlCountAsync(string sql) => (int)await TestPostgres.ScalarAsync<long>(api.ConnectionString, sql);

    private static string Sql(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
