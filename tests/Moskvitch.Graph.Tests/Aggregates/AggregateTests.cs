using System.Globalization;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Aggregates;

/// <summary>modelAggregates, engineAggregates and figureAggregates compared with hand-written SQL on the same database.</summary>
public sealed class AggregateTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] ModelMeasures = ["unitsBuilt", "unitsExported", "yearFrom", "yearTo", "topSpeedKmh"];
    private static readonly string[] ModelColumns = ["m.units_built", "m.units_exported", "m.year_from", "m.year_to", "m.top_speed_kmh"];

    [Theory]
    [InlineData(null, "NULL::text")]
    [InlineData("DECADE", "CASE WHEN m.year_from_earliest / 10 = m.year_from_latest / 10 THEN (m.year_from_earliest / 10 * 10)::text || 's' END")]
    [InlineData("YEAR_FROM", "m.year_from::text")]
    [InlineData("GENERATION", "m.generation")]
    [InlineData("BODY_TYPE", "upper(m.body_type::text)")]
    [InlineData("STATUS", "upper(m.status::text)")]
    [InlineData("BRAND", "m.brand")]
    [InlineData("MAKER", "o.name")]
    [InlineData("COUNTRY", "o.country")]
    public async Task ModelAggregatesMatchSql(string? groupBy, string keySql)
    {
        await CompareAsync("modelAggregates", groupBy, null, ModelMeasures, $"""
            SELECT {keySql} AS key, {Columns(ModelColumns)}
            FROM model m LEFT JOIN organization o ON o.id = m.maker_id
            GROUP BY 1
            """);
    }

    [Fact]
    public async Task ModelAggregatesHonourWhere()
    {
        // Each where leaves out some models, so that an aggregate over all of them would differ.
        Assert.True(await Sql<long>("SELECT count(*) FROM model m WHERE NOT coalesce(m.is_moskvitch AND m.body_type IN ('sedan', 'station_wagon'), false)") > 0);
        Assert.True(await Sql<long>("""
            SELECT count(*) FROM model m LEFT JOIN organization o ON o.id = m.maker_id WHERE NOT coalesce(strpos(o.name, 'o') > 0 AND m.year_from >= 1960, false)
            """) > 0);
        await CompareAsync("modelAggregates", "DECADE", "{ isMoskvitch: { eq: true }, bodyType: { in: [SEDAN, STATION_WAGON] } }", ModelMeasures, $"""
            SELECT CASE WHEN m.year_from_earliest / 10 = m.year_from_latest / 10 THEN (m.year_from_earliest / 10 * 10)::text || 's' END AS key, {Columns(ModelColumns)}
            FROM model m WHERE m.is_moskvitch AND m.body_type IN ('sedan', 'station_wagon')
            GROUP BY 1
            """);
        await CompareAsync("modelAggregates", "BODY_TYPE", "{ maker: { name: { contains: \"o\" } }, yearFrom: { gte: 1960 } }", ModelMeasures, $"""
            SELECT upper(m.body_type::text) AS key, {Columns(ModelColumns)}
            FROM model m JOIN organization o ON o.id = m.maker_id WHERE strpos(o.name, 'o') > 0 AND m.year_from >= 1960
            GROUP BY 1
            """);
    }

    [Fact]
    public async Task UnitsBuiltPerPlantMatchesSql()
    {
        Assert.True(await Sql<long>("SELECT count(*) FROM model WHERE NOT is_moskvitch") > 0);
        await CompareAsync("modelAggregates", "PLANT", null, ModelMeasures, $"""
            SELECT p.name AS key, {Columns(ModelColumns)}
            FROM model m LEFT JOIN model_plant mp ON mp.model_id = m.id LEFT JOIN organization p ON p.id = mp.plant_id
            GROUP BY 1
            """);
        await CompareAsync("modelAggregates", "PLANT", "{ isMoskvitch: { eq: true } }", ModelMeasures, $"""
            SELECT p.name AS key, {Columns(ModelColumns)}
            FROM model m LEFT JOIN model_plant mp ON mp.model_id = m.id LEFT JOIN organization p ON p.id = mp.plant_id
            WHERE m.is_moskvitch
            GROUP BY 1
            """);
    }

    [Fact]
    public async Task OneRequestAnswersModelsPerDecadeAndUnitsPerPlant()
    {
        var data = await api.DataAsync("""
            {
              perDecade: modelAggregates(groupBy: DECADE, where: { isMoskvitch: { eq: true } }) { key count }
              perPlant: modelAggregates(groupBy: PLANT) { key unitsBuilt { sum } }
            }
            """);
        var decades = data.GetProperty("perDecade").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString() ?? "", g => g.GetProperty("count").GetInt32());
        Assert.Equal(await Sql<long>("SELECT count(*) FROM model WHERE is_moskvitch AND year_from_earliest >= 1960 AND year_from_latest <= 1969"), decades["1960s"]);
        Assert.All(decades.Keys.Where(k => k.Length > 0), k => Assert.Matches("^[0-9]{3}0s$", k));
        var keys = data.GetProperty("perDecade").EnumerateArray().Select(g => g.GetProperty("key").GetString()).ToList();
        Assert.Equal([.. keys.Where(k => k is not null).Order(StringComparer.Ordinal)], keys.Where(k => k is not null).ToList());

        var plants = data.GetProperty("perPlant").EnumerateArray().Where(g => g.GetProperty("key").ValueKind != JsonValueKind.Null)
            .ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("unitsBuilt").GetProperty("sum"));
        var plantCount = await Sql<long>("SELECT count(DISTINCT plant_id) FROM model_plant");
        Assert.True(plantCount > 1, $"{plantCount} plants");
        Assert.Equal(plantCount, plants.Count);
        var units = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT p.name, sum(m.units_built)::numeric FROM model_plant mp JOIN model m ON m.id = mp.model_id JOIN organization p ON p.id = mp.plant_id
                GROUP BY p.name
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                units[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetDecimal(1);
            }
        }

        Assert.Contains(units.Values, u => u > 0);
        Assert.Equal(units.OrderBy(u => u.Key, StringComparer.Ordinal),
            plants.Select(p => KeyValuePair.Create(p.Key, p.Value.ValueKind == JsonValueKind.Null ? null : (decimal?)p.Value.GetDecimal())).OrderBy(u => u.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, "NULL::text", null)]
    [InlineData("FUEL", "upper(e.fuel::text)", null)]
    [InlineData("ASPIRATION", "upper(e.aspiration::text)", null)]
    [InlineData("CYLINDERS", "e.cylinders::text", null)]
    [InlineData("CYLINDER_LAYOUT", "e.cylinder_layout", null)]
    [InlineData("FUEL", "upper(e.fuel::text)", "{ displacementCc: { gte: 1500 } }")]
    public async Task EngineAggregatesMatchSql(string? groupBy, string keySql, string? where)
    {
        var condition = where is null ? "" : "WHERE e.displacement_cc >= 1500";
        if (where is not null)
        {
            Assert.True(await Sql<long>("SELECT count(*) FROM engine e WHERE NOT coalesce(e.displacement_cc >= 1500, false)") > 0);
        }

        await CompareAsync("engineAggregates", groupBy, where, ["displacementCc", "powerHp", "powerKw"], $"""
            SELECT {keySql} AS key, {Columns(["e.displacement_cc", "e.power_hp", "e.power_kw"])}
            FROM engine e {condition}
            GROUP BY 1
            """);
    }

    [Theory]
    [InlineData(null, "NULL::text", null)]
    [InlineData("METRIC", "upper(f.metric::text)", null)]
    [InlineData("YEAR", "f.year::text", null)]
    [InlineData("DECADE", "CASE WHEN f.year IS NULL THEN NULL ELSE (f.year / 10 * 10)::text || 's' END", null)]
    [InlineData("ORGANIZATION", "o.name", null)]
    [InlineData("MODEL", "m.name", null)]
    [InlineData("SERIES", "f.series", null)]
    [InlineData("YEAR", "f.year::text", "{ metric: { eq: PRODUCTION } }")]
    public async Task FigureAggregatesMatchSqlPerUnit(string? groupBy, string keySql, string? where)
    {
        var condition = where is null ? "" : "WHERE f.metric = 'production'";
        if (where is not null)
        {
            Assert.True(await Sql<long>("SELECT count(*) FROM figure f WHERE f.metric <> 'production'") > 0);
        }

        // Groups are per key, unit and kind; only annual figures have a sum.
        await CompareAsync("figureAggregates", groupBy, where, ["value"], $"""
            SELECT coalesce({keySql}, '<null>') || '|' || upper(f.unit::text) || '|' || upper(f.kind) AS key, count(*) AS n,
                   count(f.value), CASE WHEN f.kind = 'annual' THEN sum(f.value) END, min(f.value), max(f.value), avg(f.value)
            FROM figure f LEFT JOIN organization o ON o.id = f.organization_id LEFT JOIN model m ON m.id = f.model_id {condition}
            GROUP BY {keySql}, f.unit, f.kind
            """, withUnit: true);
    }

    [Fact]
    public async Task AnInvalidGroupByIsRejectedByValidation()
    {
        foreach (var query in new[] { "{ modelAggregates(groupBy: CENTURY) { key count } }", "{ engineAggregates(groupBy: DECADE) { key } }" })
        {
            using var response = await api.PostAsync(query);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.False(root.TryGetProperty("data", out _));
            var error = root.GetProperty("errors")[0];
            Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("groupBy", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>For each measure: count of non-null values, sum, min, max and avg, as numeric.</summary>
    private static string Columns(IEnumerable<string> columns) =>
        "count(*) AS n, " + string.Join(", ", columns.Select(c => $"count({c}), sum({c}::numeric), min({c}::numeric), max({c}::numeric), avg({c}::numeric)"));

    private async Task CompareAsync(string field, string? groupBy, string? where, string[] measures, string sql, bool withUnit = false)
    {
        var args = new List<string>();
        if (groupBy is not null)
        {
            args.Add("groupBy: " + groupBy);
        }

        if (where is not null)
        {
            args.Add("where: " + where);
        }

        var selection = string.Join(" ", measures.Select(m => m + " { count sum min max avg }"));
        var query = $"{{ {field}{(args.Count > 0 ? "(" + string.Join(", ", args) + ")" : "")} {{ key count {(withUnit ? "unit kind" : "")} {selection} }} }}";
        var groups = (await api.DataAsync(query)).GetProperty(field).EnumerateArray().ToList();

        var expected = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var key = reader.IsDBNull(0) ? "<null>" : reader.GetString(0);
                var values = new decimal?[reader.FieldCount - 1];
                for (var i = 1; i < reader.FieldCount; i++)
                {
                    values[i - 1] = reader.IsDBNull(i) ? null : Convert.ToDecimal(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                expected[key] = values;
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, groups.Count);
        if (groupBy is null && !withUnit)
        {
            Assert.Equal(JsonValueKind.Null, Assert.Single(groups).GetProperty("key").ValueKind);
        }

        foreach (var group in groups)
        {
            var key = group.GetProperty("key").GetString();
            if (withUnit)
            {
                key = (key ?? "<null>") + "|" + group.GetProperty("unit").GetString() + "|" + group.GetProperty("kind").GetString();
            }

            var row = expected[key ?? "<null>"];
            Assert.Equal(row[0], group.GetProperty("count").GetInt32());
            for (var m = 0; m < measures.Length; m++)
            {
                var aggregate = group.GetProperty(measures[m]);
                var names = new[] { "count", "sum", "min", "max", "avg" };
                for (var a = 0; a < names.Length; a++)
                {
                    var value = aggregate.GetProperty(names[a]);
                    decimal? actual = value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
                    Assert.True(row[1 + (m * 5) + a] == actual, $"{field}({groupBy}) key {key}: {measures[m]}.{names[a]} is {actual}, SQL says {row[1 + (m * 5) + a]}");
                }
            }
        }
    }

    private Task<T?> Sql<T>(string sql) => TestPostgres.ScalarAsync<T>(api.ConnectionString, sql);
}
