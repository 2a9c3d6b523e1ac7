using System.Net;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// Cursor connections as HotChocolate presents them (first/after/last/before, nodes, edges, pageInfo, totalCount), read
/// by keyset paging in PostgreSQL, checked against hand-written SQL on the same database. These are the statements of
/// field execution; what the direct statements answer is compared with it in DirectExecutionTests.
/// </summary>
public sealed class ConnectionTests(FieldExecutionApiFixture api) : IClassFixture<FieldExecutionApiFixture>
{
    private const string ByName = "order: [{ name: ASC }]";

    [Fact]
    public async Task PagingForwardAndBackwardVisitsEveryModelOnceInTheDatabasesOrder()
    {
        var expected = await SqlNamesAsync("SELECT name FROM model ORDER BY name, id");
        Assert.True(expected.Count > 2 * 7, $"only {expected.Count} models: too few for three pages of 7 each way");

        var forward = new List<string>();
        string? after = null;
        int pages = 0;
        while (true)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var models = (await api.DataAsync($"{{ models(first: 7, {ByName}{cursor}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ name }} }} }} }}")).GetProperty("models");
            var edges = models.GetProperty("edges").EnumerateArray().ToList();
            var info = models.GetProperty("pageInfo");
            forward.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("name").GetString()!));
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), info.GetProperty("startCursor").GetString());
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            Assert.Equal(7, edges.Count);
            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(expected, forward);
        Assert.Equal((expected.Count + 6) / 7, pages);

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var cursor = before is null ? "" : $", before: \"{before}\"";
            var models = (await api.DataAsync($"{{ models(last: 7, {ByName}{cursor}) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ name }} }} }}")).GetProperty("models");
            backward.InsertRange(0, models.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            if (!models.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = models.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task WithoutSlicingArgumentsAPageHoldsTenAndTheOrderIsTheFieldsDefault()
    {
        var models = (await api.DataAsync("{ models { pageInfo { hasNextPage } nodes { name } } }")).GetProperty("models");
        var expected = await SqlNamesAsync("SELECT name FROM model ORDER BY year_from, name, id LIMIT 10");
        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, models.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList());
        Assert.True(models.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task TotalCountCountsTheFilteredRowsAndRunsOnlyWhenSelected()
    {
        const string Where = "where: { isMoskvitch: { eq: true }, yearFrom: { gte: 1960 } }";
        var expected = await SqlCountAsync("SELECT count(*) FROM model WHERE is_moskvitch AND year_from >= 1960");
        // More rows than the page of 2, and fewer than the whole table: the count is of the filtered rows, not the page's.
        Assert.InRange(expected, 3, await SqlCountAsync("SELECT count(*) FROM model") - 1);

        var (withCount, both) = await StatementsAsync($"{{ models(first: 2, {Where}) {{ totalCount nodes {{ name }} }} }}");
        Assert.Equal(expected, withCount.GetProperty("models").GetProperty("totalCount").GetInt32());
        // The page; the snapshot and the count, which SnapshotCacheTests may answer from its cache (the cluster's
        // snapshot moves with other tests' writes, so whether it does is not fixed here).
        Assert.InRange(both, 2, 3);

        var (_, pageOnly) = await StatementsAsync($"{{ models(first: 2, {Where}) {{ nodes {{ name }} }} }}");
        Assert.Equal(1, pageOnly);

        var (countOnly, onlyCount) = await StatementsAsync($"{{ models({Where}) {{ totalCount }} }}");
        Assert.Equal(expected, countOnly.GetProperty("models").GetProperty("totalCount").GetInt32());
        Assert.InRange(onlyCount, 1, 2); // no page: the snapshot, and the count unless kept from the first request
        var recent = () => SqlStatements.Recent(api.Factory.Services);
        Assert.True(recent().Count >= onlyCount, $"{recent().Count} statements kept, {onlyCount} sent");
        Assert.All(recent().TakeLast((int)onlyCount), sql => Assert.DoesNotContain("LIMIT", sql, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NestedConnectionsPageEachParentAndCountPerParent()
    {
        var data = await api.DataAsync("""
            { organizations(first: 50, where: { slug: { in: ["mzma", "azlk", "opel"] } }, order: [{ slug: ASC }]) {
                nodes { slug models(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } } } }
            """);
        var organizations = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, organizations.Count);
        // At least one maker has more models than a page, so that the second page is read too.
        Assert.True(await SqlCountAsync("""
            SELECT count(*) FROM organization o WHERE o.slug IN ('mzma', 'azlk', 'opel')
            AND (SELECT count(*) FROM model m WHERE m.maker_id = o.id) > 3
            """) > 0);
        foreach (var organization in organizations)
        {
            var slug = organization.GetProperty("slug").GetString()!;
            var all = await SqlNamesAsync($"SELECT m.name FROM model m JOIN organization o ON o.id = m.maker_id WHERE o.slug = '{slug}' ORDER BY m.year_from, m.code, m.id");
            Assert.True(all.Count > 0, $"{slug} has no models");
            var models = organization.GetProperty("models");
            Assert.Equal(all.Count, models.GetProperty("totalCount").GetInt32());
            Assert.Equal(all.Take(3), models.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            Assert.Equal(all.Count > 3, models.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

            if (all.Count > 3)
            {
                var cursor = models.GetProperty("pageInfo").GetProperty("endCursor").GetString();
                var next = await api.DataAsync($"{{ organization(slug: \"{slug}\") {{ models(first: 3, after: \"{cursor}\") {{ nodes {{ name }} }} }} }}");
                Assert.Equal(all.Skip(3).Take(3), next.GetProperty("organization").GetProperty("models").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            }
        }
    }

    [Fact]
    public async Task NestedConnectionsTakeWhereAndOrder()
    {
        var data = await api.DataAsync("""
            { model(slug: "moskvitch-400") { variants(where: { yearTo: { gte: 1951 } }, order: [{ name: DESC }]) { nodes { name } } } }
            """);
        var expected = await SqlNamesAsync("SELECT v.name FROM model v JOIN model p ON p.id = v.parent_model_id WHERE p.slug = 'moskvitch-400' AND v.year_to >= 1951 ORDER BY v.name DESC, v.id");
        Assert.NotEmpty(expected);
        // The where leaves out at least one variant, and at least two are left to order.
        Assert.InRange(expected.Count, 2, await SqlCountAsync("SELECT count(*) FROM model v JOIN model p ON p.id = v.parent_model_id WHERE p.slug = 'moskvitch-400'") - 1);
        Assert.Equal(expected, data.GetProperty("model").GetProperty("variants").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
    }

    [Fact]
    public async Task FiftyModelsWithEnginesInfluencesAndSourcesTakeTheSameStatementsWhateverThePageSizes()
    {
        static string Query(int models, int nested) => $$"""
            { models(first: {{models}}) { nodes { name
                engines(first: {{nested}}) { nodes { transmission engine { designation } } }
                influences(first: {{nested}}) { totalCount nodes { aspect sourceModel { name maker { name } } } }
                sources { title } } } }
            """;
        var (small, fewStatements) = await StatementsAsync(Query(10, 2));
        var (large, manyStatements) = await StatementsAsync(Query(50, 20));
        Assert.Equal(10, small.GetProperty("models").GetProperty("nodes").GetArrayLength());
        Assert.Equal(50, large.GetProperty("models").GetProperty("nodes").GetArrayLength());
        // The fifty models have engines, influences and sources to load, so every nested loader runs.
        var nodes = large.GetProperty("models").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("engines").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Contains(nodes, n => n.GetProperty("influences").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Contains(nodes, n => n.GetProperty("sources").GetArrayLength() > 0);
        Assert.Equal(fewStatements, manyStatements);
        Assert.InRange(manyStatements, 1, 10);
    }

    [Fact]
    public async Task AMakersModelsTheirInfluencesTheSourceModelAndItsMakerTakeAFixedNumberOfStatements()
    {
        static string Query(int models, int influences) => $$"""
            { organizations(first: 50) { nodes { name models(first: {{models}}) { nodes { name
                influences(first: {{influences}}) { nodes { kind sourceModel { name maker { name country } } } } } } } } }
            """;
        var (_, small) = await StatementsAsync(Query(2, 1));
        var (data, large) = await StatementsAsync(Query(20, 5));
        Assert.Equal(small, large);
        // Makers, their models, the influences with the source model and its maker joined in.
        Assert.Equal(3, large);

        var expected = await SqlNamesAsync("""
            SELECT m.name || '|' || s.name || '|' || coalesce(o.name, '-') || '|' || coalesce(o.country, '-')
            FROM design_influence d JOIN model m ON m.id = d.model_id JOIN model s ON s.id = d.source_model_id
            LEFT JOIN organization o ON o.id = s.maker_id
            ORDER BY 1
            """);
        var actual = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray()
            .SelectMany(o => o.GetProperty("models").GetProperty("nodes").EnumerateArray())
            .SelectMany(m => m.GetProperty("influences").GetProperty("nodes").EnumerateArray().Select(i =>
            {
                var source = i.GetProperty("sourceModel");
                var maker = source.GetProperty("maker");
                return m.GetProperty("name").GetString() + "|" + source.GetProperty("name").GetString() + "|"
                    + (maker.ValueKind == JsonValueKind.Null ? "-|-" : maker.GetProperty("name").GetString() + "|" + (maker.GetProperty("country").GetString() ?? "-"));
            }))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(actual);
        Assert.Subset(expected.ToHashSet(), actual.ToHashSet());
    }

    [Fact]
    public async Task TwoPathsToOneConnectionWithDifferentSelectionsEachGetWhatTheySelect()
    {
        var (data, _) = await StatementsAsync("""
            {
              a: model(slug: "moskvitch-412") { influences(first: 5) { nodes { sourceModel { name } } } }
              b: model(slug: "moskvitch-412") { influences(first: 5) { nodes { sourceModel { yearFrom maker { name } } } } }
            }
            """);
        var expected = await SqlNamesAsync("""
            SELECT s.name || '|' || coalesce(s.year_from::text, '-') || '|' || coalesce(o.name, '-')
            FROM design_influence d JOIN model s ON s.id = d.source_model_id LEFT JOIN organization o ON o.id = s.maker_id
            WHERE d.model_id = (SELECT id FROM model WHERE slug = 'moskvitch-412') ORDER BY d.id LIMIT 5
            """);
        var a = data.GetProperty("a").GetProperty("influences").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("sourceModel")).ToList();
        var b = data.GetProperty("b").GetProperty("influences").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("sourceModel")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, a.Zip(b, (x, y) => x.GetProperty("name").GetString() + "|"
            + (y.GetProperty("yearFrom").ValueKind == JsonValueKind.Null ? "-" : y.GetProperty("yearFrom").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)) + "|"
            + (y.GetProperty("maker").ValueKind == JsonValueKind.Null ? "-" : y.GetProperty("maker").GetProperty("name").GetString())).ToList());
    }

    [Fact]
    public async Task OnlyTheColumnsOfTheSelectedFieldsAreRead()
    {
        var recent = () => SqlStatements.Recent(api.Factory.Services);
        var data = await api.DataAsync("""
            { models(first: 3, where: { isMoskvitch: { eq: true } }) { nodes { name ...More } edges { node { unitsBuilt } } } }
            fragment More on Model { yearFrom }
            """);
        Assert.Equal(3, data.GetProperty("models").GetProperty("nodes").GetArrayLength());
        var sql = recent()[^1];
        Assert.Contains(".name", sql, StringComparison.Ordinal);
        Assert.Contains(".year_from", sql, StringComparison.Ordinal);
        Assert.Contains(".units_built", sql, StringComparison.Ordinal);
        Assert.Contains(".maker_id", sql, StringComparison.Ordinal); // read for the `maker` field's loader
        Assert.DoesNotContain(".description", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(".aliases", sql, StringComparison.Ordinal);

        var nested = await api.DataAsync("""{ organization(slug: "mzma") { models(first: 2) { nodes { code } } } }""");
        Assert.Equal(2, nested.GetProperty("organization").GetProperty("models").GetProperty("nodes").GetArrayLength());
        var nestedSql = recent()[^1];
        Assert.True(nestedSql.Contains("LATERAL", StringComparison.Ordinal), nestedSql);
        Assert.Contains(".code", nestedSql, StringComparison.Ordinal);
        Assert.DoesNotContain(".description", nestedSql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASelectedToOneRelationIsJoinedIntoThePageStatement()
    {
        var recent = () => SqlStatements.Recent(api.Factory.Services);
        var (data, statements) = await StatementsAsync("""
            { models(first: 5, where: { isMoskvitch: { eq: true } }, order: [{ yearFrom: ASC }]) { nodes { slug maker { slug name } parentModel { slug } } } }
            """);
        var sql = recent()[^1];

        Assert.Equal(1, statements);
        Assert.Contains("LEFT JOIN organization", sql, StringComparison.Ordinal);
        var expected = await SqlNamesAsync("""
            SELECT m.slug || '|' || coalesce(o.slug, '-') || '|' || coalesce(o.name, '-') || '|' || coalesce(p.slug, '-')
            FROM model m LEFT JOIN organization o ON o.id = m.maker_id LEFT JOIN model p ON p.id = m.parent_model_id
            WHERE m.is_moskvitch ORDER BY m.year_from NULLS LAST, m.id LIMIT 5
            """);
        Assert.Equal(5, expected.Count);
        var actual = data.GetProperty("models").GetProperty("nodes").EnumerateArray().Select(n =>
            n.GetProperty("slug").GetString() + "|"
            + (n.GetProperty("maker").ValueKind == JsonValueKind.Null ? "-|-" : n.GetProperty("maker").GetProperty("slug").GetString() + "|" + n.GetProperty("maker").GetProperty("name").GetString()) + "|"
            + (n.GetProperty("parentModel").ValueKind == JsonValueKind.Null ? "-" : n.GetProperty("parentModel").GetProperty("slug").GetString())).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("slug: \"moskvitch-412\"")]
    [InlineData("id: \"TW9kZWw6Ng==\"")] // Model:6, the 412
    public async Task ALookUpReadsWhatItSelectsAndItsMakerInOneStatement(string key)
    {
        var recent = () => SqlStatements.Recent(api.Factory.Services);
        Assert.Equal(6, await SqlCountAsync("SELECT id::bigint FROM model WHERE slug = 'moskvitch-412'"));

        var (data, statements) = await StatementsAsync($$"""{ model({{key}}) { name yearFrom maker { name } } }""");
        var sql = recent()[^1];

        Assert.Equal(1, statements);
        Assert.Contains("JOIN organization", sql, StringComparison.Ordinal);
        Assert.Contains("m.year_from", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("m.description", sql, StringComparison.Ordinal); // the joined maker is read whole
        var model = data.GetProperty("model");
        Assert.Equal("Moskvitch 412", model.GetProperty("name").GetString());
        Assert.Equal(1967, model.GetProperty("yearFrom").GetInt32());
        Assert.Equal(
            await SqlNamesAsync("SELECT o.name FROM model m JOIN organization o ON o.id = m.maker_id WHERE m.slug = 'moskvitch-412'"),
            [model.GetProperty("maker").GetProperty("name").GetString()!]);
    }

    [Theory]
    [InlineData("first: 51", "HC0051")]
    [InlineData("last: 51", "HC0051")]
    [InlineData("first: -1", "HC0079")]
    [InlineData("first: 2, last: 2", "HC0082")]
    [InlineData("first: 2, after: \"bm90LWEtY3Vyc29y\"", "HC0078")]
    [InlineData("first: 2, before: \"%%%\"", "HC0078")]
    public async Task BadSlicingArgumentsGetHotChocolatesCodesAndRunNoSql(string arguments, string code)
    {
        var (response, body, statements) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync($"{{ models({arguments}) {{ nodes {{ name }} }} }}"));
        using var disposed = response;
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("data").GetProperty("models").ValueKind);
        Assert.Equal(0, statements);
        if (code == "HC0051")
        {
            Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
            Assert.Equal("Query.models", error.GetProperty("extensions").GetProperty("fieldCoordinate").GetString());
            Assert.Equal(51, error.GetProperty("extensions").GetProperty("requestedItems").GetInt32());
            Assert.Equal(50, error.GetProperty("extensions").GetProperty("maxAllowedItems").GetInt32());
        }
    }

    [Fact]
    public async Task ACursorIsRefusedUnderAnotherOrderOrWhenTampered()
    {
        var page = (await api.DataAsync($"{{ models(first: 2, {ByName}) {{ pageInfo {{ endCursor }} }} }}")).GetProperty("models");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

        var otherOrder = await api.QueryAsync($"{{ models(first: 2, after: \"{cursor}\", order: [{{ yearFrom: ASC }}]) {{ nodes {{ name }} }} }}");
        Assert.Equal("HC0078", otherOrder.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // The same bytes with the sort key's value changed to another type.
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(cursor)));
        var tampered = Convert.ToBase64String(Encoding.UTF8.GetBytes(json.Replace("[\"", "[{\"x\":1},\"", StringComparison.Ordinal))).TrimEnd('=');
        var bad = await api.QueryAsync($"{{ models(first: 2, after: \"{tampered}\", {ByName}) {{ nodes {{ name }} }} }}");
        var error = bad.GetProperty("errors")[0];
        Assert.Equal("HC0078", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("after", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.DoesNotContain("Exception", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        var fine = await api.DataAsync($"{{ models(first: 2, after: \"{cursor}\", {ByName}) {{ nodes {{ name }} }} }}");
        Assert.Equal(2, fine.GetProperty("models").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task EveryRootCollectionIsAConnectionWithItsTotal()
    {
        foreach (var (field, table) in new[]
        {
            ("models", "model"), ("designInfluences", "design_influence"), ("successions", "succession"), ("engines", "engine"),
            ("organizations", "organization"), ("plantNames", "plant_name"), ("ownerships", "ownership"), ("places", "place"),
            ("people", "person"), ("events", "event"), ("assemblies", "assembly"), ("figures", "figure"), ("exports", "export"),
            ("sources", "source"), ("claims", "claim"),
        })
        {
            var connection = (await api.DataAsync($"{{ {field}(first: 3) {{ totalCount nodes {{ id }} edges {{ cursor }} }} }}")).GetProperty(field);
            var count = await SqlCountAsync($"SELECT count(*) FROM {table}");
            Assert.True(count > 3, $"{table} has {count} rows: first: 3 would not slice it");
            Assert.Equal(count, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(Math.Min(3, count), connection.GetProperty("nodes").GetArrayLength());
            Assert.Equal(Math.Min(3, count), connection.GetProperty("edges").GetArrayLength());
        }
    }

    private Task<(JsonElement Data, int Statements)> StatementsAsync(string query) =>
        SqlStatements.CountAsync(api.Factory.Services, () => api.DataAsync(query));

    private async Task<List<string>> SqlNamesAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<int> SqlCountAsync(string sql) => (int)await TestPostgres.ScalarAsync<long>(api.ConnectionString, sql);

    private static string Pad(string base64) =>
        base64.Replace('-', '+').Replace('_', '/') + (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
}
