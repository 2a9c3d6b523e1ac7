using System.Globalization;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Moskvitch.Graph.Tests.Questions;
using Npgsql;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// A claim's value is answered as the source states it and, beside the text, typed by its attribute's type in the
/// database: a year, a number or a date, null in the fields of the other types. The typed values filter and sort.
/// </summary>
public sealed class ClaimValueTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // Every year attribute is named for one (yearFrom, foundedYear); every other claim written in digits is a number.
    private const string IsYear = "attribute ~ '(^year|Year)'";
    private const string Typed = "attribute value valueType valueYear valueNumber valueDate sources { slug }";

    [Fact]
    public async Task ThePlantsFoundingYearIsClaimedAsThreeYears()
    {
        // seed-long: "originally established as MZMA in 1930" / "In 1939, the facility was reorganized and renamed the
        // Small Car Factory (MZMA)" / "the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, …)" (1945)
        var claims = await ClaimsAsync("organization", "foundedYear");

        Assert.Equal(["1930", "1939", "1945"], claims.Select(c => c.Text("value")));
        Assert.All(claims, c =>
        {
            Assert.Equal("YEAR", c.Text("valueType"));
            Assert.Equal(int.Parse(c.Text("value")!, CultureInfo.InvariantCulture), c.GetProperty("valueYear").GetInt32());
            Assert.True(c.IsNull("valueNumber") && c.IsNull("valueDate"), c.ToString());
        });
    }

    [Fact]
    public async Task The2023SalesAreClaimedAsTwoNumbers()
    {
        // seed-long: "with over 15,300 vehicles sold in Russia from March 2023 through year-end" (ref-48: "More than 15,300
        // Moskvich cars were sold") and "reaching the top 10 best-selling brands by December 2023 with over 40,000 units
        // sold that year": sales2023 has no field of its own, only claims.
        var claims = await ClaimsAsync("organization", "sales2023");

        Assert.Equal([15300m, 40000m], claims.Select(c => c.GetProperty("valueNumber").GetDecimal()));
        Assert.All(claims, c =>
        {
            Assert.Equal("NUMBER", c.Text("valueType"));
            Assert.True(c.IsNull("valueYear") && c.IsNull("valueDate"), c.ToString());
        });
        Assert.Equal(["ref-48", "seed-long"], claims[0].Sources());
    }

    [Fact]
    public async Task ABodyTypeIsTextWithNoTypedValue()
    {
        var claims = await ClaimsAsync("model", "bodyType");

        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.Equal("TEXT", c.Text("valueType"));
            Assert.True(c.IsNull("valueYear") && c.IsNull("valueNumber") && c.IsNull("valueDate"), c.ToString());
        });
    }

    [Fact]
    public async Task ClaimedYearsFilterAndSortAsNumbers()
    {
        var expected = await ColumnAsync($"SELECT value FROM claim WHERE {IsYear} AND value >= '1960' ORDER BY value DESC, id");
        var nodes = (await api.DataAsync("""
            { claims(first: 50, where: { valueYear: { gte: 1960 } }, order: [{ valueYear: DESC }]) { nodes { value valueYear } } }
            """)).Items("claims.nodes");

        Assert.True(expected.Count >= 10, $"{expected.Count} claimed years from 1960");
        Assert.Equal(expected, nodes.Select(n => n.Text("value")));
        Assert.Equal(expected.Select(v => int.Parse(v, CultureInfo.InvariantCulture)), nodes.Select(n => n.GetProperty("valueYear").GetInt32()));
    }

    [Fact]
    public async Task ClaimedNumbersFilterByTypeAndSortAsNumbersNotAsText()
    {
        // As text "660" would sort after "1400"; as numbers it comes first.
        var expected = await ColumnAsync("SELECT value FROM claim WHERE subject_kind = 'engine' AND attribute = 'displacementCc' ORDER BY value::numeric, id");
        var data = await api.DataAsync("""
            {
              cc: claims(first: 50, where: { attribute: { eq: "displacementCc" } }, order: [{ valueNumber: ASC }]) { nodes { value } }
              numbers: claims(first: 1, where: { valueType: { eq: NUMBER } }) { totalCount }
              years: claims(first: 1, where: { valueType: { eq: YEAR } }) { totalCount }
            }
            """);

        Assert.Equal("660", expected[0]);
        Assert.Equal(expected, data.Each("cc.nodes", "value"));
        Assert.Equal(await CountAsync($"SELECT count(*) FROM claim WHERE value ~ '^[0-9]+(\\.[0-9]+)?$' AND NOT {IsYear}"), data.At("numbers.totalCount").GetInt32());
        Assert.Equal(await CountAsync($"SELECT count(*) FROM claim WHERE {IsYear}"), data.At("years.totalCount").GetInt32());
    }

    private async Task<JsonElement[]> ClaimsAsync(string kind, string attribute)
    {
        var nodes = (await api.DataAsync($$"""
            { claims(first: 50, where: { subjectKind: { eq: {{kind.ToUpperInvariant()}} }, attribute: { eq: "{{attribute}}" } }, order: [{ value: ASC }]) {
                nodes { {{Typed}} } } }
            """)).Items("claims.nodes");
        Assert.NotEmpty(nodes);
        return nodes;
    }

    private async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task<int> CountAsync(string sql) => (int)(await TestPostgres.ScalarAsync<long>(api.ConnectionString, sql));
}
