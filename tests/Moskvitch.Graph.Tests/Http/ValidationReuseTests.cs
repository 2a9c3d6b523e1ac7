using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// An operation without variables sent again (a front-end's fixed query) is not validated again: the first validation
/// is kept with the cached document, its answer and its cost are the same. One with variables keeps its document's checks
/// and has its variables coerced, checked and costed on every request; refused ones are validated every time.
/// </summary>
public sealed class ValidationReuseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Fixed = """
        query FixedList { models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 5) { nodes { slug yearFrom maker { name } } } }
        """;

    private BoundedDocumentValidator Validator => (BoundedDocumentValidator)api.Factory.Services.GetRequiredService<IDocumentValidator>();

    [Fact]
    public async Task AFixedOperationIsValidatedOnceAndAnsweredAlikeWithItsCost()
    {
        var first = await SendAsync(Fixed);
        var before = Validator.Reused;
        var again = await SendAsync(Fixed);
        var third = await SendAsync(Fixed);

        Assert.Equal(2, Validator.Reused - before);
        Assert.Equal(first.GetProperty("data").GetRawText(), (await SendAsync(Fixed)).GetProperty("data").GetRawText());
        Assert.Equal(first.GetProperty("data").GetRawText(), again.GetProperty("data").GetRawText());
        Assert.Equal(first.GetProperty("data").GetRawText(), third.GetProperty("data").GetRawText());
        Assert.Equal(5, first.GetProperty("data").GetProperty("models").GetProperty("nodes").GetArrayLength());
        Assert.Equal(first.GetProperty("extensions").GetProperty("operationCost").GetRawText(), third.GetProperty("extensions").GetProperty("operationCost").GetRawText());
        Assert.True(third.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 0);
    }

    [Fact]
    public async Task AnOperationWithVariablesKeepsItsDocumentChecksAndChecksItsVariablesEveryTime()
    {
        const string WithVariables = "query ByYear($year: Int!) { models(where: { yearFrom: { gt: $year } }, first: 3) { nodes { slug yearFrom } } }";
        var first = await SendAsync(WithVariables, new { year = 1960 });
        var before = Validator.Reused;
        var later = await SendAsync(WithVariables, new { year = 1990 });
        var wrong = await SendAsync(WithVariables, new { year = "soon" });
        var missing = await SendAsync(WithVariables);

        Assert.Equal(3, Validator.Reused - before);
        Assert.All(first.GetProperty("data").GetProperty("models").GetProperty("nodes").EnumerateArray(), n => Assert.True(n.GetProperty("yearFrom").GetInt32() > 1960));
        Assert.All(later.GetProperty("data").GetProperty("models").GetProperty("nodes").EnumerateArray(), n => Assert.True(n.GetProperty("yearFrom").GetInt32() > 1990));
        Assert.NotEmpty(later.GetProperty("data").GetProperty("models").GetProperty("nodes").EnumerateArray());
        foreach (var refused in new[] { wrong, missing })
        {
            Assert.False(refused.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
            Assert.Equal("INVALID_VALUE", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task AKeptOperationWithVariablesIsCostedAndCheckedFromTheVariablesOfEachRequest()
    {
        const string Paged = "query Paged($n: Int!, $text: String) { models(first: $n, where: { name: { contains: $text } }) { nodes { influences(first: $n) { nodes { sourceModel { influences(first: $n) { nodes { aspect } } } } } } } }";
        var small = await SendAsync(Paged, new { n = 2, text = "o" });
        var before = Validator.Reused;
        var larger = await SendAsync(Paged, new { n = 3, text = "o" });
        var costly = await SendAsync(Paged, new { n = 50, text = "o" });
        var nul = await SendAsync(Paged, new { n = 2, text = "o\u0000" });

        Assert.Equal(3, Validator.Reused - before);
        var smallCost = small.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
        var largerCost = larger.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
        Assert.True(largerCost > smallCost, $"cost {largerCost} for 3 a page, {smallCost} for 2");
        Assert.Equal(JsonValueKind.Object, larger.GetProperty("data").ValueKind);
        Assert.Equal("HC0047", costly.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(NulCharacterRule.Code, nul.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>Operations with variables, each with the variables of its first request and of later ones (valid and refused).</summary>
    public static TheoryData<string, string, string[]> Templated() => new()
    {
        {
            "query Q3Like($id: ID!) { model(id: $id) { id slug name yearFrom bodyType maker { name country } } }",
            """{"id":"TW9kZWw6MQ=="}""",
            ["""{"id":"TW9kZWw6Mg=="}""", """{"id":"TW9kZWw6OTk5OTk="}""", """{"id":null}""", "{}", """{"id":"not an id"}""", """{"id":{"a":1}}"""]
        },
        {
            "query Mixed($year: Int!, $text: String, $n: Int) { models(first: $n, where: { yearFrom: { gte: $year }, name: { contains: $text } }, order: [{ yearFrom: DESC }]) { nodes { slug engines(first: 2) { nodes { note engine { designation } } } } } organizations(first: 2, where: { country: { eq: \"Russia\" } }) { nodes { name } } }",
            """{"year":1950,"text":"o","n":3}""",
            ["""{"year":1980,"text":null,"n":2}""", """{"year":1960}""", """{"year":"late","n":2}""", """{"text":"o"}""", """{"year":1960,"n":-1}"""]
        },
        {
            "query Spread($slug: String!, $first: Int = 2) { ...Part other: model(slug: \"moskvitch-408\") { name } } fragment Part on Query { model(slug: $slug) { name variants(first: $first) { nodes { slug } } } }",
            """{"slug":"moskvitch-412"}""",
            ["""{"slug":"moskvitch-400","first":1}""", """{"slug":"moskvitch-408","first":null}""", """{"slug":null}"""]
        },
        {
            "query DefaultInRequiredPosition($id: ID = \"TW9kZWw6MQ==\") { node(id: $id) { id } }",
            "{}",
            ["""{"id":"TW9kZWw6Mg=="}""", """{"id":null}""", "{}"]
        },
        {
            "query Lists($ids: [ID!]!, $years: [Int!]) { nodes(ids: $ids) { id } models(first: 2, where: { yearFrom: { in: $years } }) { nodes { yearFrom } } }",
            """{"ids":["TW9kZWw6MQ=="],"years":[1946]}""",
            ["""{"ids":["TW9kZWw6Mg==","TW9kZWw6Mw=="],"years":[1964,1986]}""", """{"ids":"TW9kZWw6Mg==","years":1964}""", """{"ids":[null]}"""]
        },
    };

    [Theory]
    [MemberData(nameof(Templated))]
    public async Task AKeptOperationWithVariablesParsesNewValuesFromItsTemplateAndAnswersAsAFreshDocumentDoes(string query, string first, string[] later)
    {
        var answer = await SendRawAsync(query, first);
        Assert.True(answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, answer.GetRawText());
        foreach (var variables in later)
        {
            var before = Validator.Templated;
            var kept = await SendRawAsync(query, variables);
            var parsedFromTemplate = Validator.Templated - before;
            // The same operation as a document of its own (a space more), validated in full by GraphQL.NET.
            var fresh = await SendRawAsync(query + " ", variables);
            Assert.Equal(Comparable(fresh), Comparable(kept));
            // Refused variables go to GraphQL.NET's validation, which reports them (then no data at all).
            Assert.True((parsedFromTemplate == 1) == kept.TryGetProperty("data", out _), $"{variables}: {parsedFromTemplate} parsed from the template, answer {kept}");
        }
    }

    /// <summary>The answer without what differs between any two requests (request ids).</summary>
    private static string Comparable(JsonElement answer) => System.Text.RegularExpressions.Regex.Replace(answer.GetRawText(), "\"requestId\":\"[0-9a-f]+\"", "");

    private async Task<JsonElement> SendRawAsync(string query, string variables)
    {
        var body = "{\"query\":" + JsonSerializer.Serialize(query) + ",\"variables\":" + variables + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await api.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task ARefusedOperationIsRefusedEveryTime()
    {
        const string Costly = "query Costly { models(first: 50) { nodes { influences(first: 50) { nodes { sourceModel { influences(first: 50) { nodes { aspect } } } } } } } }";
        for (var i = 0; i < 3; i++)
        {
            var refused = await SendAsync(Costly);
            Assert.Equal("HC0047", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private async Task<JsonElement> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await api.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
