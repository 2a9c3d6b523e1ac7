using System.Text.RegularExpressions;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Data;

/// <summary>The curated graph keeps its promises: every fact cited, ranges ordered, references resolved, counts pinned.</summary>
public sealed partial class IntegrityTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static IEnumerable<string> FactTables => MoskvitchDbContext.FactTables.Values.Order(StringComparer.Ordinal);

    [Fact]
    public async Task EveryFactRowHasAtLeastOneSource()
    {
        await FactTablesGuard.AssertAreTheCitedTablesAsync(database.ConnectionString);
        foreach (var table in FactTables)
        {
            Assert.True(await CountAsync($"SELECT count(*) FROM {table}") > 0, $"{table} is empty");
            var uncited = await CountAsync($"SELECT count(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM {table}_source s WHERE s.{table}_id = x.id)");
            Assert.True(uncited == 0, $"{uncited} row(s) of {table} have no source");
        }
    }

    [Fact]
    public async Task EveryCitationQuotesItsSourceVerbatim()
    {
        await FactTablesGuard.AssertAreTheCitedTablesAsync(database.ConnectionString);
        foreach (var table in FactTables)
        {
            var rows = await RowsAsync($"SELECT c.quote, concat_ws(E'\\n', s.title, s.snippet, s.body) FROM {table}_source c JOIN source s ON s.id = c.source_id");
            Assert.Equal(await CountAsync($"SELECT count(*) FROM {table}_source"), rows.Count);
            Assert.True(rows.Count > 0, $"{table} has no citations");
            foreach (var (quote, text) in rows)
            {
                foreach (var fragment in quote.Split(" … "))
                {
                    Assert.False(string.IsNullOrWhiteSpace(fragment), $"{table}: the quote \"{quote}\" has an empty part");
                    Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"{table}: the quote \"{fragment}\" is not in its source");
                }
            }
        }
    }

    [Fact]
    public async Task EveryYearRangeIsOrdered()
    {
        var pairs = new[] { ("year_from", "year_to"), ("from_year", "to_year"), ("founded_year", "dissolved_year"), ("from_date", "to_date") };
        var checkedPairs = 0;
        foreach (var table in FactTables)
        {
            foreach (var (from, to) in pairs)
            {
                if (await CountAsync($"SELECT count(*) FROM information_schema.columns WHERE table_name = '{table}' AND column_name IN ('{from}', '{to}')") == 2)
                {
                    checkedPairs++;
                    var unordered = await CountAsync($"SELECT count(*) FROM {table} WHERE {from} > {to}");
                    Assert.True(unordered == 0, $"{unordered} row(s) of {table} have {from} after {to}");
                }
            }
        }

        Assert.True(checkedPairs >= 8, $"only {checkedPairs} ranges checked");
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM event WHERE occurred_on IS NOT NULL AND EXTRACT(YEAR FROM occurred_on) <> year"));
    }

    [Fact]
    public async Task EveryReferenceResolves()
    {
        // Claims point at their subject by kind and id; foreign keys cover every other reference.
        var kinds = await RowsAsync("SELECT DISTINCT subject_kind, '' FROM claim");
        Assert.True(kinds.Count >= 5, $"claims on only {kinds.Count} kinds of subject");
        foreach (var (kind, _) in kinds)
        {
            var dangling = await CountAsync($"SELECT count(*) FROM claim c WHERE c.subject_kind = '{kind}' AND NOT EXISTS (SELECT 1 FROM {kind} x WHERE x.id = c.subject_id)");
            Assert.True(dangling == 0, $"{dangling} claim(s) on a missing {kind}");
        }

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM source WHERE kind = 'reference' AND document_id IS NULL"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM model WHERE maker_id IS NULL"));
        Assert.True(await CountAsync("SELECT count(*) FROM pg_constraint WHERE contype = 'f'") >= 20, "too few foreign keys");
        var unvalidated = await CountAsync("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT convalidated");
        Assert.Equal(0, unvalidated);
    }

    [Fact]
    public async Task ADisputedAttributeKeepsItsColumnEmpty()
    {
        var disputes = await RowsAsync("""
            SELECT subject_kind, attribute FROM claim WHERE bound IS NULL GROUP BY subject_kind, subject_id, attribute HAVING count(DISTINCT value) > 1
            """);
        Assert.True(disputes.Count >= 25, $"only {disputes.Count} disputed attributes");

        var compared = 0;
        foreach (var (kind, attribute) in await RowsAsync("SELECT DISTINCT subject_kind, attribute FROM claim"))
        {
            var column = Snake().Replace(attribute, "_$1").ToLowerInvariant();
            if (await CountAsync($"SELECT count(*) FROM information_schema.columns WHERE table_name = '{kind}' AND column_name = '{column}'") == 0)
            {
                continue; // a claim-only attribute (no column of its own)
            }

            compared++;
            var both = await CountAsync($"SELECT count(*) FROM claim c JOIN {kind} x ON x.id = c.subject_id WHERE c.subject_kind = '{kind}' AND c.attribute = '{attribute}' AND c.bound IS NULL AND x.{column} IS NOT NULL");
            Assert.True(both == 0, $"{kind}.{column} has a value and claims on {attribute}");
        }

        Assert.True(compared >= 15, $"only {compared} claimed attributes compared with columns");
    }

    [Theory]
    [InlineData("source", 123)]
    [InlineData("model", 53)]
    [InlineData("engine", 14)]
    [InlineData("model_engine", 17)]
    [InlineData("organization", 32)]
    [InlineData("plant_name", 9)]
    [InlineData("design_influence", 31)]
    [InlineData("model_comparison", 1)]
    [InlineData("succession", 8)]
    [InlineData("model_plant", 13)]
    [InlineData("assembly", 15)]
    [InlineData("ownership", 10)]
    [InlineData("figure", 65)]
    [InlineData("export", 15)]
    [InlineData("event", 50)]
    [InlineData("event_person", 4)]
    [InlineData("place", 21)]
    [InlineData("person", 7)]
    [InlineData("claim", 79)]
    public async Task EntityCountsArePinned(string table, long expected) =>
        Assert.Equal(expected, await CountAsync($"SELECT count(*) FROM {table}"));

    [Fact]
    public async Task TheSeedsAndTheirReferencesAreAllSources()
    {
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM source WHERE kind = 'seed_document'"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM source WHERE kind = 'design_card'"));
        Assert.Equal(120, await CountAsync("SELECT count(*) FROM source WHERE kind = 'reference'"));
        Assert.Equal(120, await CountAsync("SELECT max(number)::bigint FROM source"));
    }

    private async Task<long> CountAsync(string sql) =>
        await TestPostgres.ScalarAsync<long>(database.ConnectionString, sql);

    private async Task<List<(string, string)>> RowsAsync(string sql)
    {
        var rows = new List<(string, string)>();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.FieldCount > 1 && !reader.IsDBNull(1) ? reader.GetString(1) : ""));
        }

        return rows;
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Snake();
}
