using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// A disputed value stays null, and its range of claims (earliest/latest, lowest/highest) is what filters, sorts and
/// aggregates use: the 408, claimed to start in 1964 and in 1965, is a model of the 1960s, sorts before the 412, and
/// counts in the 1960s.
/// </summary>
public sealed class DisputedRangeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ADisputedStartYearIsNullWithTheRangeOfItsClaims()
    {
        var model = (await api.DataAsync("""
            { model(slug: "moskvitch-408") { yearFrom yearFromEarliest yearFromLatest claims(attribute: "yearFrom") { value } } }
            """)).GetProperty("model");
        Assert.Equal(JsonValueKind.Null, model.GetProperty("yearFrom").ValueKind);
        var claimed = model.GetProperty("claims").EnumerateArray().Select(c => int.Parse(c.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(claimed.Distinct().Count() >= 2, $"{claimed.Count} claims");
        Assert.Equal(claimed.Min(), model.GetProperty("yearFromEarliest").GetInt32());
        Assert.Equal(claimed.Max(), model.GetProperty("yearFromLatest").GetInt32());
    }

    [Fact]
    public async Task AnUndisputedValueIsItsOwnRange()
    {
        var model = (await api.DataAsync("""
            { model(slug: "moskvitch-412") { yearFrom yearFromEarliest yearFromLatest } }
            """)).GetProperty("model");
        Assert.Equal(model.GetProperty("yearFrom").GetInt32(), model.GetProperty("yearFromEarliest").GetInt32());
        Assert.Equal(model.GetProperty("yearFrom").GetInt32(), model.GetProperty("yearFromLatest").GetInt32());
    }

    [Fact]
    public async Task ModelsOfThe1960sIncludeThe408WhoseClaimsAllFallInThem()
    {
        var slugs = (await api.DataAsync("""
            { models(first: 50, where: { yearFromEarliest: { gte: 1960 }, yearFromLatest: { lte: 1969 } }) { nodes { slug } } }
            """)).GetProperty("models").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()).ToList();
        Assert.Contains("moskvitch-408", slugs);
        Assert.Contains("moskvitch-412", slugs);
        Assert.DoesNotContain("moskvitch-2141", slugs);
    }

    [Fact]
    public async Task SortingByTheEarliestClaimPlacesThe408BeforeThe412AndNotAfterThe2022Models()
    {
        var slugs = (await api.DataAsync("""
            { models(first: 50, where: { isMoskvitch: { eq: true }, yearFromEarliest: { neq: null } }, order: [{ yearFromEarliest: ASC }]) { nodes { slug } } }
            """)).GetProperty("models").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()).ToList();
        Assert.True(slugs.IndexOf("moskvitch-408") >= 0, "the 408 is listed");
        Assert.True(slugs.IndexOf("moskvitch-408") < slugs.IndexOf("moskvitch-412"));
        Assert.True(slugs.IndexOf("moskvitch-408") < slugs.IndexOf("moskvich-3"));
    }

    [Fact]
    public async Task TheDecadeGroupCountsADisputedModelWhenAllItsClaimsFallInIt()
    {
        var groups = (await api.DataAsync("""
            { modelAggregates(groupBy: DECADE, where: { slug: { in: ["moskvitch-408", "moskvitch-412", "moskvitch-2141"] } }) { key count } }
            """)).GetProperty("modelAggregates").EnumerateArray()
            .ToDictionary(g => g.GetProperty("key").GetString() ?? "null", g => g.GetProperty("count").GetInt32());
        Assert.Equal(2, groups["1960s"]);
        // The 2141's claims (1986, 1988, 1990) span two decades: it counts in none.
        Assert.Equal(1, groups["null"]);
    }

    [Fact]
    public async Task AClaimOnlyCountHasTheRangeOfItsClaims()
    {
        var e = (await api.DataAsync("""
            { events(first: 50, where: { jobsPreservedLowest: { neq: null } }) { nodes { jobsPreservedLowest jobsPreservedHighest claims(attribute: "jobsPreserved") { value } } } }
            """)).GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        var sale = Assert.Single(e);
        var claimed = sale.GetProperty("claims").EnumerateArray().Select(c => int.Parse(c.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(claimed.Min(), sale.GetProperty("jobsPreservedLowest").GetInt32());
        Assert.Equal(claimed.Max(), sale.GetProperty("jobsPreservedHighest").GetInt32());
    }

    [Fact]
    public async Task EveryDisputedNumberOrYearHasTheRangeOfItsClaims()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT d.subject_kind, d.attribute, r.low_column IS NOT NULL
            FROM claim_dispute d LEFT JOIN claim_range r USING (subject_kind, attribute)
            WHERE d.claim_values[1] ~ '^[0-9.]+$' AND d.claim_values[2] ~ '^[0-9.]+$'
            GROUP BY 1, 2, 3
            """, connection);
        var missing = new List<string>();
        var count = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                count++;
                if (!reader.GetBoolean(2))
                {
                    missing.Add($"{reader.GetString(0)}.{reader.GetString(1)}");
                }
            }
        }

        Assert.True(count >= 10, $"{count} disputed numeric attributes");
        Assert.Empty(missing);

        await using var check = new NpgsqlCommand("""
            SELECT count(*) FROM model m
            WHERE m.year_from IS NULL AND (SELECT count(DISTINCT value) FROM claim c WHERE c.subject_kind = 'model' AND c.subject_id = m.id AND c.attribute = 'yearFrom') > 1
              AND (m.year_from_earliest IS DISTINCT FROM (SELECT min(value::int) FROM claim c WHERE c.subject_kind = 'model' AND c.subject_id = m.id AND c.attribute = 'yearFrom')
                OR m.year_from_latest IS DISTINCT FROM (SELECT max(value::int) FROM claim c WHERE c.subject_kind = 'model' AND c.subject_id = m.id AND c.attribute = 'yearFrom'))
            """, connection);
        Assert.Equal(0L, (long)(await check.ExecuteScalarAsync())!);
    }
}
