using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>HotChocolate-style <c>where</c> and <c>order</c>, checked against hand-written SQL on the same database.</summary>
public sealed class FilteringAndSortingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ComparableOperatorsMatchSql()
    {
        var names = await ModelNamesAsync("where: { yearFrom: { gt: 1960 }, isMoskvitch: { eq: true } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from > 1960 AND is_moskvitch"), names.Count);
        Assert.Contains("Moskvitch 412", names);
        Assert.DoesNotContain("Moskvitch 407", names);

        var range = await ModelNamesAsync("where: { yearFrom: { gte: 1946, lte: 1956 }, and: [{ yearFrom: { nin: [1954] } }] }");
        // Some models are in the range, and nin leaves out some of them.
        Assert.True(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from = 1954") > 0);
        Assert.NotEmpty(range);
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from BETWEEN 1946 AND 1956 AND year_from <> 1954"), range.Count);
    }

    [Fact]
    public async Task OrCombinesWholeSubFiltersAndNullTestsForNull()
    {
        var names = await ModelNamesAsync("where: { or: [{ bodyType: { eq: CABRIOLET } }, { bodyType: { eq: WOODIE } }] }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE body_type IN ('cabriolet', 'woodie')"), names.Count);
        Assert.Contains("Moskvitch 400-420A", names);

        var undated = await ModelNamesAsync("where: { yearFrom: { eq: null }, isMoskvitch: { eq: true } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from IS NULL AND is_moskvitch"), undated.Count);
        Assert.Contains("Moskvitch 400", undated);
    }

    [Fact]
    public async Task EnumInAndNestedObjectFiltersMatchSql()
    {
        var names = await ModelNamesAsync("where: { bodyType: { in: [STATION_WAGON, VAN] }, parentModel: { name: { startsWith: \"Moskvitch 40\" } } }");
        Assert.Equal(await SqlCountAsync("""
            SELECT count(*) FROM model m JOIN model p ON p.id = m.parent_model_id
            WHERE m.body_type IN ('station_wagon', 'van') AND p.name LIKE 'Moskvitch 40%'
            """), names.Count);
        Assert.Contains("Moskvitch 423", names);

        var opel = await ModelNamesAsync("where: { maker: { name: { eq: \"Opel\" } } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model m JOIN organization o ON o.id = m.maker_id WHERE o.name = 'Opel'"), opel.Count);
        Assert.Contains("Opel Kadett K38", opel);
    }

    [Fact]
    public async Task ListFiltersSomeNoneAndAnyMatchSqlAndSplitTheModels()
    {
        var withWagons = await ModelNamesAsync("where: { variants: { some: { bodyType: { eq: STATION_WAGON } } } }");
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model m WHERE EXISTS (SELECT 1 FROM model v WHERE v.parent_model_id = m.id AND v.body_type = 'station_wagon')"), withWagons.Count);
        Assert.Contains("Moskvitch 400", withWagons);

        var withVariants = await ModelNamesAsync("where: { variants: { any: true } }");
        var withoutVariants = await ModelNamesAsync("where: { variants: { any: false } }");
        var noWagons = await ModelNamesAsync("where: { variants: { none: { bodyType: { eq: STATION_WAGON } } } }");
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
        var contains = await ModelNamesAsync($"where: {{ name: {{ contains: {literal} }} }}");
        Assert.Equal(await SqlCountAsync($"SELECT count(*) FROM model WHERE strpos(name, {Sql(text)}) > 0"), contains.Count);
        var icontains = await ModelNamesAsync($"where: {{ name: {{ icontains: {literal} }} }}");
        Assert.Equal(await SqlCountAsync($"SELECT count(*) FROM model WHERE strpos(lower(name), lower({Sql(text)})) > 0"), icontains.Count);
    }

    [Fact]
    public async Task CaseInsensitiveOperatorsIgnoreCaseAndStandardOnesDoNot()
    {
        Assert.Empty(await ModelNamesAsync("where: { name: { contains: \"OPEL\" } }"));
        var opel = await ModelNamesAsync("where: { name: { icontains: \"OPEL\" } }");
        Assert.Contains("Opel Kadett K38", opel);
        Assert.Equal(["Opel Kadett K38"], await ModelNamesAsync("where: { name: { ieq: \"opel kadett k38\" } }"));
        Assert.Contains("Opel Kapitan", await ModelNamesAsync("where: { name: { istartsWith: \"OPEL K\" } }"));
    }

    [Fact]
    public async Task IdFiltersTakeGlobalIds()
    {
        var model = (await api.DataAsync("{ model(slug: \"moskvitch-412\") { id } }")).GetProperty("model").GetProperty("id").GetString();
        Assert.Equal(["Moskvitch 412"], await ModelNamesAsync($"where: {{ id: {{ eq: \"{model}\" }} }}"));

        var bad = await api.QueryAsync("{ models(where: { id: { eq: \"not-an-id\" } }) { nodes { name } } }");
        Assert.Equal("INVALID_ID", bad.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task NullWhereAnOperatorNeedsAValueIsHC0026()
    {
        var root = await api.QueryAsync("{ models(where: { name: { contains: null } }) { nodes { name } } }");
        var error = root.GetProperty("errors")[0];
        Assert.Equal("HC0026", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Null values are not supported", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SortingBySeveralKeysAndThroughAReferenceFollowsEveryKey()
    {
        var data = await api.DataAsync("{ models(first: 50, where: { yearFrom: { neq: null } }, order: [{ yearFrom: DESC }, { name: ASC }]) { nodes { name yearFrom } } }");
        var rows = data.GetProperty("models").GetProperty("nodes").EnumerateArray().Select(m => (Year: m.GetProperty("yearFrom").GetInt32(), Name: m.GetProperty("name").GetString()!)).ToList();
        // Every dated model (fewer than a page), some sharing a year, so that the second key decides.
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE year_from IS NOT NULL"), rows.Count);
        Assert.Contains(rows.GroupBy(r => r.Year), g => g.Count() > 1);
        Assert.Equal([.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal)], rows);

        var byMaker = await api.DataAsync("{ models(first: 50, where: { isMoskvitch: { eq: false } }, order: [{ maker: { name: ASC } }, { name: DESC }]) { nodes { name maker { name } } } }");
        var pairs = byMaker.GetProperty("models").GetProperty("nodes").EnumerateArray()
            .Select(m => (Maker: m.GetProperty("maker").GetProperty("name").GetString()!, Name: m.GetProperty("name").GetString()!)).ToList();
        // Every model of another maker, from several makers, some with more than one model.
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM model WHERE NOT is_moskvitch"), pairs.Count);
        Assert.True(pairs.Select(p => p.Maker).Distinct().Count() > 1);
        Assert.Contains(pairs.GroupBy(p => p.Maker), g => g.Count() > 1);
        Assert.Equal([.. pairs.OrderBy(p => p.Maker, StringComparer.Ordinal).ThenByDescending(p => p.Name, StringComparer.Ordinal)], pairs);
    }

    [Fact]
    public async Task FiltersOnEventsOrganizationsSourcesClaimsAndVariantsReturnTheMatchingRows()
    {
        var data = await api.DataAsync("""
            { events(first: 50, where: { kind: { eq: BANKRUPTCY } }, order: [{ year: ASC }]) { nodes { year } }
              organizations(first: 50, where: { country: { eq: "Germany" } }) { nodes { name } }
              sources(first: 50, where: { number: { lte: 3 } }) { nodes { number } }
              claims(first: 50, where: { attribute: { eq: "yearFrom" } }) { nodes { attribute } }
              model(slug: "moskvitch-400") { variants(where: { bodyType: { eq: CABRIOLET } }) { nodes { name } } } }
            """);
        var bankruptcies = await SqlCountAsync("SELECT count(*) FROM event WHERE kind = 'bankruptcy'");
        Assert.InRange(bankruptcies, 1, await SqlCountAsync("SELECT count(*) FROM event") - 1);
        Assert.Equal(bankruptcies, data.GetProperty("events").GetProperty("nodes").GetArrayLength());
        Assert.Equal(await SqlCountAsync("SELECT count(*) FROM organization WHERE country = 'Germany'"), data.GetProperty("organizations").GetProperty("nodes").GetArrayLength());
        Assert.Contains(data.GetProperty("organizations").GetProperty("nodes").EnumerateArray(), o => o.GetProperty("name").GetString() == "Opel");
        Assert.Equal(3, data.GetProperty("sources").GetProperty("nodes").GetArrayLength());
        var yearClaims = await SqlCountAsync("SELECT count(*) FROM claim WHERE attribute = 'yearFrom'");
        Assert.InRange(yearClaims, 1, await SqlCountAsync("SELECT count(*) FROM claim") - 1);
        Assert.Equal(yearClaims, data.GetProperty("claims").GetProperty("nodes").GetArrayLength());
        var cabriolets = data.GetProperty("model").GetProperty("variants").GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Moskvitch 400-420A"], cabriolets);
    }

    /// <summary>The names of every model <c>models(arguments)</c> returns, paging through with <c>after</c>.</summary>
    private async Task<List<string>> ModelNamesAsync(string arguments)
    {
        var names = new List<string>();
        string? after = null;
        while (true)
        {
            var cursor = after is null ? "" : $"after: \"{after}\", ";
            var models = (await api.DataAsync($"{{ models(first: 50, {cursor}{arguments}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ name }} }} }}")).GetProperty("models");
            names.AddRange(models.GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("name").GetString()!));
            if (!models.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return names;
            }

            after = models.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    private async Task<int> SqlCountAsync(string sql) => (int)await TestPostgres.ScalarAsync<long>(api.ConnectionString, sql);

    private static string Sql(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
