using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// <c>models { totalCount }</c> sums <c>model_tally</c> (0030) when its filters read only the tally's columns (start year,
/// brand side, status, body type), and counts the models otherwise; either way it counts exactly the models the filters
/// select, with NULLs, and the triggers keep the tally equal to <c>GROUP BY</c> over model through every kind of write.
/// The result cache is off, so every request counts anew. The class writes models into its own database while its
/// tests run; every committed write in the cluster moves the snapshot that other classes' result-cache tests read
/// under, so it runs alone (<see cref="RunsAlone"/>).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class CountSummaryTests(CountSummaryTests.CacheOffFixture api) : IClassFixture<CountSummaryTests.CacheOffFixture>
{
    /// <summary>The filters a tally answers, each with the SQL condition over model that selects the same models.</summary>
    public static TheoryData<string, string> SummedFilters() => new()
    {
        { "", "true" },
        { "where: { yearFrom: { gt: 1960 } }", "year_from > 1960" },
        { "where: { yearFrom: { eq: 1964 } }", "year_from = 1964" },
        { "where: { yearFrom: { neq: 1964 } }", "year_from IS DISTINCT FROM 1964" },
        { "where: { yearFrom: { lte: 1950 } }", "year_from <= 1950" },
        { "where: { yearFrom: { in: [1946, 1964, 1986] } }", "year_from IN (1946, 1964, 1986)" },
        { "where: { status: { eq: PROTOTYPE } }", "status = 'prototype'" },
        { "where: { status: { neq: PRODUCED } }", "status <> 'produced'" },
        { "where: { bodyType: { eq: SEDAN } }", "body_type = 'sedan'" },
        { "where: { bodyType: { neq: SEDAN } }", "body_type IS DISTINCT FROM 'sedan'" },
        { "where: { bodyType: { in: [VAN, PICKUP] } }", "body_type IN ('van', 'pickup')" },
        { "isMoskvitch: false", "NOT is_moskvitch" },
        { "isMoskvitch: true, where: { yearFrom: { gte: 1960, lt: 1990 } }", "is_moskvitch AND year_from >= 1960 AND year_from < 1990" },
        { "where: { or: [{ status: { eq: PLANNED } }, { bodyType: { eq: VAN } }] }", "status = 'planned' OR body_type = 'van'" },
        { "where: { and: [{ yearFrom: { gt: 1930 } }, { or: [{ isMoskvitch: { eq: false } }, { status: { neq: PRODUCED } }] }] }", "year_from > 1930 AND (NOT is_moskvitch OR status <> 'produced')" },
    };

    /// <summary>Filters that read other columns or rows, which the tally cannot answer.</summary>
    public static TheoryData<string, string?> CountedFilters() => new()
    {
        { "where: { name: { contains: \"412\" } }", "name LIKE '%412%'" },
        { "where: { yearFrom: { gt: 1960 }, yearTo: { lt: 1990 } }", "year_from > 1960 AND year_to < 1990" },
        { "where: { maker: { name: { contains: \"Opel\" } } }", "maker_id IN (SELECT id FROM organization WHERE name LIKE '%Opel%')" },
        { "activeIn: 1962, where: { yearFrom: { gte: 1956 } }", null },
    };

    [Theory]
    [MemberData(nameof(SummedFilters))]
    public async Task AFilterOnTheTallysColumnsSumsTheTallyAndCountsWhatItSelects(string arguments, string condition)
    {
        var expected = await TestPostgres.ScalarAsync<long>(api.ConnectionString, $"SELECT count(*) FROM model WHERE {condition}");
        // Three times: the general path, the one that compiles the field's plan, and the compiled plan.
        foreach (var round in new[] { 1, 2, 3 })
        {
            var (count, statements) = await CountAsync($"models({Join("first: 2", arguments)}) {{ totalCount nodes {{ id }} }}");
            Assert.True(expected == count, $"round {round}, models({arguments}): totalCount {count}, SQL counts {expected}");
            Assert.Contains(statements, s => s.Contains("FROM model_tally", StringComparison.Ordinal));
            Assert.DoesNotContain(statements, s => s.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [MemberData(nameof(CountedFilters))]
    public async Task AFilterOnOtherColumnsCountsTheModels(string arguments, string? condition)
    {
        var expected = condition is null ? await PagedCountAsync(arguments) : await TestPostgres.ScalarAsync<long>(api.ConnectionString, $"SELECT count(*) FROM model WHERE {condition}");
        Assert.True(expected > 0, $"models({arguments}) selects none: the case proves nothing");
        foreach (var round in new[] { 1, 2, 3 })
        {
            var (count, statements) = await CountAsync($"models({Join("first: 2", arguments)}) {{ totalCount nodes {{ id }} }}");
            Assert.True(expected == count, $"round {round}, models({arguments}): totalCount {count}, expected {expected}");
            Assert.DoesNotContain(statements, s => s.Contains("model_tally", StringComparison.Ordinal));
            Assert.Contains(statements, s => s.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task EveryKindOfWriteKeepsTheTallyEqualToTheModelsGrouped()
    {
        await AssertTallyExactAsync("as migrated");
        await ExecuteAsync("""
            INSERT INTO model (slug, code, name, year_from, is_moskvitch, status, body_type)
            SELECT 'tally-' || g, 'T' || g, 'Tally ' || g, CASE WHEN g % 4 = 0 THEN NULL ELSE 1940 + g % 9 END, g % 3 <> 0,
                   (ARRAY['produced', 'prototype', 'planned'])[1 + g % 3], CASE WHEN g % 5 = 0 THEN NULL ELSE 'van' END
              FROM generate_series(1, 300) AS g
            """);
        await AssertTallyExactAsync("after a multi-row INSERT");
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var copy = await connection.BeginTextImportAsync("COPY model (slug, code, name, year_from, body_type) FROM STDIN");
            for (var i = 0; i < 50; i++)
            {
                await copy.WriteLineAsync($"tally-copy-{i}\tC{i}\tCopied {i}\t{(i % 2 == 0 ? "2030" : "\\N")}\t{(i % 3 == 0 ? "coupe" : "\\N")}");
            }
        }

        await AssertTallyExactAsync("after COPY");
        await ExecuteAsync("UPDATE model SET year_from = 2040, status = 'planned' WHERE slug LIKE 'tally-%' AND id % 3 = 0");
        await AssertTallyExactAsync("after moving rows to another combination");
        await ExecuteAsync("UPDATE model SET year_from = NULL, body_type = 'pickup' WHERE slug LIKE 'tally-copy-%'");
        await AssertTallyExactAsync("after moving rows to and from NULLs");
        await ExecuteAsync("UPDATE model SET name = name || ' (renamed)', year_to = 2050 WHERE slug LIKE 'tally-%'");
        await AssertTallyExactAsync("after an update of other columns");
        await ExecuteAsync("UPDATE model SET year_from = 2041 WHERE slug = 'tally-3'");
        Assert.Equal(1, await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT models FROM model_tally WHERE year_from = 2041"));
        await ExecuteAsync("UPDATE model SET year_from = 2042 WHERE slug = 'tally-3'");
        await AssertTallyExactAsync("after moving the only model of a combination");
        await ExecuteAsync("DELETE FROM model WHERE slug LIKE 'tally-%' AND id % 2 = 0");
        await AssertTallyExactAsync("after a DELETE of some");
        var (count, _) = await CountAsync("models(where: { yearFrom: { gte: 2040 } }) { totalCount }");
        Assert.Equal(await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM model WHERE year_from >= 2040"), count);
        await ExecuteAsync("DELETE FROM model WHERE slug LIKE 'tally-%'");
        await AssertTallyExactAsync("after a DELETE of the rest");
        Assert.Equal(0, await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM model_tally WHERE year_from >= 2030"));
    }

    [Fact]
    public async Task ConcurrentWritersKeepTheTallyExact()
    {
        // Four writers insert, move and delete models of the same combinations at once, one statement per transaction.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async writer =>
        {
            await using var connection = new NpgsqlConnection(api.ConnectionString);
            await connection.OpenAsync();
            for (var round = 0; round < 15; round++)
            {
                var prefix = $"tally-w{writer}-{round}-";
                foreach (var sql in new[]
                {
                    $"INSERT INTO model (slug, code, name, year_from, body_type) SELECT '{prefix}' || g, 'W', 'W', 1990 + g % 3, CASE WHEN g % 2 = 0 THEN 'sedan' END FROM generate_series(1, 6) AS g",
                    $"UPDATE model SET year_from = 1990 + (id + {writer}) % 3, status = 'prototype' WHERE slug LIKE '{prefix}%' AND id % 2 = {writer % 2}",
                    $"DELETE FROM model WHERE slug LIKE '{prefix}%' AND id % 3 = 0",
                })
                {
                    await using var command = new NpgsqlCommand(sql, connection);
                    await command.ExecuteNonQueryAsync();
                }
            }
        }));
        await AssertTallyExactAsync("after four concurrent writers");
        await ExecuteAsync("DELETE FROM model WHERE slug LIKE 'tally-w%'");
        await AssertTallyExactAsync("after their models were deleted");
    }

    private async Task AssertTallyExactAsync(string when)
    {
        var differences = await TestPostgres.ScalarAsync<string>(api.ConnectionString, """
            SELECT coalesce(string_agg(concat_ws('/', year_from, is_moskvitch, status, body_type, models), ', '), '') FROM (
              (SELECT year_from, is_moskvitch, status, body_type, count(*) AS models FROM model GROUP BY 1, 2, 3, 4
               EXCEPT SELECT year_from, is_moskvitch, status, body_type, models FROM model_tally)
              UNION ALL
              (SELECT year_from, is_moskvitch, status, body_type, models FROM model_tally
               EXCEPT SELECT year_from, is_moskvitch, status, body_type, count(*) FROM model GROUP BY 1, 2, 3, 4)) AS d
            """);
        Assert.True(differences == "", $"{when}: the tally and the grouped models differ in {differences}");
        Assert.True(await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM model_tally") > 0, $"{when}: the tally is empty");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The list's totalCount and the SQL statements the request sent.</summary>
    private async Task<(long Count, List<string> Statements)> CountAsync(string field)
    {
        var before = SqlStatements.Recent(api.Factory.Services).Count;
        var (data, sent) = await SqlStatements.CountAsync(api.Factory.Services, () => api.DataAsync("{ " + field + " }"));
        var recent = SqlStatements.Recent(api.Factory.Services);
        Assert.InRange(sent, 1, 16);
        return (data.GetProperty("models").GetProperty("totalCount").GetInt64(), [.. recent.Skip(recent.Count - sent)]);
    }

    private async Task<long> PagedCountAsync(string arguments)
    {
        long read = 0;
        string? after = null;
        while (true)
        {
            var page = (await api.DataAsync($"query ($after: String) {{ models({Join("first: 50, after: $after", arguments)}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}", new { after }))
                .GetProperty("models");
            read += page.GetProperty("nodes").GetArrayLength();
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return read;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    private static string Join(string paging, string arguments) => arguments.Length == 0 ? paging : paging + ", " + arguments;

    /// <summary>The service with the result cache off, so that every totalCount is counted by a statement.</summary>
    public sealed class CacheOffFixture : UnmeteredApiFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:ResultCacheEntries", "0");
        }
    }
}
