using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// <c>claims(attribute:)</c> takes the attributes a fact type can have claims on: an unknown one is refused before
/// anything runs, with an error naming the valid ones; every attribute the curated claims use is accepted and answers
/// exactly its claims.
/// </summary>
public sealed class ClaimAttributeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AnUnknownAttributeIsRefusedWithAnErrorNamingTheValidOnes()
    {
        using var response = await api.PostAsync("""{ model(slug: "moskvitch-408") { claims(attribute: "startYear") { value } } }""");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, (int)response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("startYear", message, StringComparison.Ordinal);
        foreach (var valid in new[] { "yearFrom", "yearTo", "unitsBuilt", "bodyType" })
        {
            Assert.Contains(valid, message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("influences", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAttributeGivenAsAVariableIsRefusedToo()
    {
        using var response = await api.PostAsync("""query($a: String) { model(slug: "moskvitch-408") { claims(attribute: $a) { value } } }""", new { a = "yearfrom" });
        Assert.Equal(400, (int)response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("yearFrom", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, root.ToString());
    }

    [Fact]
    public async Task EveryAttributeTheCuratedClaimsUseIsAcceptedAndAnswersExactlyItsClaims()
    {
        var rows = new List<(string Kind, int Subject, string Attribute, long Claims)>();
        await using (var connection = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT subject_kind, subject_id, attribute, count(*) FROM claim GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        Assert.True(rows.Select(r => (r.Kind, r.Attribute)).Distinct().Count() >= 14, $"{rows.Count} claimed attributes");
        foreach (var (kind, subject, attribute, claims) in rows)
        {
            var type = string.Concat(kind.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{subject}"));
            var node = (await api.DataAsync($$"""{ node(id: "{{id}}") { ... on {{type}} { claims(attribute: "{{attribute}}") { attribute } } } }""")).GetProperty("node");
            var answered = node.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("attribute").GetString()).ToList();
            Assert.True(answered.Count == claims && answered.All(a => a == attribute), $"{type}:{subject}.claims(attribute: {attribute}): {answered.Count} answered, {claims} in the table");
        }
    }

    [Fact]
    public async Task ClaimAttributesListsEveryAttributeThatHasClaimsWithItsCounts()
    {
        // Computed here from the claims alone: count, facts, and facts with two or more different claimed values.
        var expected = new List<string>();
        await using (var connection = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("""
                SELECT subject_kind, attribute, count(*), count(DISTINCT subject_id),
                       count(DISTINCT subject_id) FILTER (WHERE (SELECT count(DISTINCT o.value) FROM claim o WHERE o.bound IS NULL
                           AND (o.subject_kind, o.subject_id, o.attribute) = (c.subject_kind, c.subject_id, c.attribute)) > 1)
                  FROM claim c GROUP BY 1, 2
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                expected.Add($"{reader.GetString(0).ToUpperInvariant()}.{reader.GetString(1)}: {reader.GetInt64(2)} claims on {reader.GetInt64(3)}, {reader.GetInt64(4)} disputed");
            }
        }

        var listed = (await api.DataAsync("{ claimAttributes { subjectKind attribute claims subjects disputed } }")).GetProperty("claimAttributes").EnumerateArray()
            .Select(a => $"{a.GetProperty("subjectKind").GetString()}.{a.GetProperty("attribute").GetString()}: {a.GetProperty("claims").GetInt32()} claims on {a.GetProperty("subjects").GetInt32()}, {a.GetProperty("disputed").GetInt32()} disputed")
            .ToList();

        Assert.True(expected.Count >= 19, $"{expected.Count} claimed attributes");
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AClaimOnlyAttributeIsOneItsTypeHasNoFieldFor()
    {
        var data = await api.DataAsync("""
            {
              claimAttributes { subjectKind attribute claimOnly valueType }
              __schema { types { name fields { name } } }
            }
            """);
        var fields = data.GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("fields").ValueKind == JsonValueKind.Array)
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToHashSet());
        var attributes = data.GetProperty("claimAttributes").EnumerateArray().ToList();

        foreach (var a in attributes)
        {
            var type = string.Concat(a.GetProperty("subjectKind").GetString()!.Split('_').Select(p => p[0] + p[1..].ToLowerInvariant()));
            var name = a.GetProperty("attribute").GetString()!;
            Assert.True(a.GetProperty("claimOnly").GetBoolean() == !fields[type].Contains(name), $"{type}.{name}: claimOnly {a.GetProperty("claimOnly")}");
        }

        // The two quantities the sources give only as rival claims (db/README.md, Disputes): numbers, with no field of their own.
        var claimOnly = attributes.Where(a => a.GetProperty("claimOnly").GetBoolean())
            .Select(a => $"{a.GetProperty("subjectKind").GetString()}.{a.GetProperty("attribute").GetString()} {a.GetProperty("valueType").GetString()}").ToList();
        Assert.Contains("ORGANIZATION.sales2023 NUMBER", claimOnly);
        Assert.Contains("EVENT.jobsPreserved NUMBER", claimOnly);
    }

    [Fact]
    public async Task TheArgumentsDescriptionListsTheValidAttributes()
    {
        var fields = (await api.DataAsync("""{ __type(name: "Event") { fields { name args { name description } } } }"""))
            .GetProperty("__type").GetProperty("fields").EnumerateArray();
        var description = fields.Single(f => f.GetProperty("name").GetString() == "claims").GetProperty("args").EnumerateArray()
            .Single(a => a.GetProperty("name").GetString() == "attribute").GetProperty("description").GetString()!;
        foreach (var attribute in new[] { "`jobsPreserved`", "`place`", "`year`", "`occurredOn`" })
        {
            Assert.Contains(attribute, description, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("`people`", description, StringComparison.Ordinal);
        Assert.DoesNotContain("`sources`", description, StringComparison.Ordinal);
    }
}
