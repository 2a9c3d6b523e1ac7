using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>Operations over the cost budget are refused before they run (HC0047); the GraphQL-Cost header reports the cost.</summary>
public sealed class CostTests(CostBudgetApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CostBudgetApiFixture>
{
    /// <summary>50 search hits, each loading its node, the node's sources and each source's document: 10 + 50 × 130.</summary>
    public const string FanOut = """
        { search(text: "moskvitch", first: 50) { node { ... on Model { sources { document { title } } claims { value } } } } }
        """;

    [Fact]
    public async Task AnOperationOverTheFieldBudgetIsRefusedBeforeItRuns()
    {
        var (response, body, sql, elapsed) = await SendAsync(FanOut);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/graphql-response+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("data", out _), body);
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("The maximum allowed field cost was exceeded.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("HC0047", extensions.GetProperty("code").GetString());
        Assert.Equal(10 + (50 * 130), extensions.GetProperty("fieldCost").GetDouble());
        Assert.Equal(1000, extensions.GetProperty("maxFieldCost").GetDouble());
        Assert.Equal(0, sql);
        Assert.True(elapsed < 2000, $"{elapsed} ms");
        await NextRequestWorksAsync();
    }

    [Theory]
    // 10 + 1 + 50 × (influences 10 + nodes 1 + 50 × sourceModel 10)
    [InlineData("{ models(first: 50) { nodes { influences(first: 50) { nodes { sourceModel { name maker { name } } } } } } }", "fieldCost")]
    // No first: the maximum page size (50) is assumed at both levels.
    [InlineData("{ models { nodes { influences { nodes { sourceModel { name } } } } } }", "fieldCost")]
    // 20 levels of a schema-valid cycle (hostile input 2).
    [InlineData("{ models(first: 1) { nodes { influences(first: 1) { nodes { sourceModel { influences(first: 1) { nodes { sourceModel { influences(first: 1) { nodes { sourceModel { influences(first: 1) { nodes { sourceModel { influences(first: 1) { nodes { sourceModel { influences(first: 1) { nodes { sourceModel { influences(first: 1) { nodes { sourceModel { name } } } } } } } } } } } } } } } } } } } } } } } }", null)]
    // A million nodes of scalars only: the field cost is small, the type cost is not.
    [InlineData("{ models(first: 1000000) { nodes { name } } }", "typeCost")]
    [InlineData("{ organizations(first: 100) { nodes { models(first: 100) { nodes { influenced(first: 100) { nodes { id } } } } } } }", "fieldCost")]
    public async Task ConnectionFanOutsAreRefusedBeforeTheyRun(string query, string? measure)
    {
        var (response, body, sql, elapsed) = await SendAsync(query);
        output.WriteLine($"HOSTILE|{query[..Math.Min(60, query.Length)]}|{(int)response.StatusCode}|{body[..Math.Min(160, body.Length)]}|{elapsed} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("data", out _), body);
        var error = root.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("extensions").GetProperty("code").GetString() is "HC0047" or "COMPLEXITY");
        if (measure is not null)
        {
            Assert.Equal("HC0047", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.True(error.GetProperty("extensions").GetProperty(measure).GetDouble() > 1000, body);
        }

        Assert.Equal(0, sql);
        Assert.True(elapsed < 2000, $"{elapsed} ms");
        await NextRequestWorksAsync();
    }

    [Theory]
    // 10 + 1 + 50 × maker 10 = 511
    [InlineData("{ models(first: 50) { nodes { name yearFrom status maker { name } } } }", 511, 101)]
    [InlineData("{ models { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }", 12, 52)]
    [InlineData("""{ models(first: 10, where: { name: { contains: "412" } }, order: [{ yearFrom: DESC }]) { nodes { name } } }""", 11 + 30 + 20, 11)]
    public async Task EverydayConnectionQueriesAreWithinBudget(string query, double fieldCost, double typeCost)
    {
        var (response, body, _, _) = await SendAsync(query, "report");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), body);
        var cost = root.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(fieldCost, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(typeCost, cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task APageSizeGivenAsAVariableCounts()
    {
        const string Query = "query($n: Int) { models(first: $n) { nodes { influences(first: $n) { nodes { sourceModel { name } } } } } }";
        var (small, _, smallStatements) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync(Query, new { n = 3 }));
        using var disposedSmall = small;
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        var (large, largeBody, largeStatements) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync(Query, new { n = 50 }));
        using var disposedLarge = large;
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("HC0047", largeBody, StringComparison.Ordinal);
        Assert.True(smallStatements > 0);
        Assert.Equal(0, largeStatements);
    }

    [Fact]
    public async Task AHugePageSizeIsRefusedByCostWithoutAnySql()
    {
        var (response, body, sql, _) = await SendAsync("""{ search(text: "moskvitch", first: 1000000) { node { id } } }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HC0047", body, StringComparison.Ordinal);
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task CostReportAddsTheOperationCostToAnExecutedResponse()
    {
        var (response, body, sql, _) = await SendAsync("""{ model(slug: "moskvitch-412") { name maker { name } } }""", "report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Moskvitch 412", root.GetProperty("data").GetProperty("model").GetProperty("name").GetString());
        var cost = root.GetProperty("extensions").GetProperty("operationCost");
        // model (resolver 10) + maker (loader 10); two objects.
        Assert.Equal(20, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(2, cost.GetProperty("typeCost").GetDouble());
        Assert.True(sql > 0);
    }

    [Fact]
    public async Task CostValidateReportsWithoutExecuting()
    {
        var (response, body, sql, _) = await SendAsync("""{ model(slug: "moskvitch-412") { name maker { name } } }""", "validate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("data", out _), body);
        Assert.False(root.TryGetProperty("errors", out _), body);
        Assert.Equal(20, root.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task CostValidateOfAnOperationOverBudgetIs400WithTheCost()
    {
        var (response, body, sql, _) = await SendAsync(FanOut, "validate");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("HC0047", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(6510, root.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task WithoutTheHeaderNoCostIsReported()
    {
        var (_, body, _, _) = await SendAsync("{ __typename }");
        Assert.DoesNotContain("operationCost", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIdesIntrospectionQueryCostsNothing()
    {
        var (response, body, _, _) = await SendAsync(IntrospectionTests.IdeIntrospectionQuery, "report");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cost = JsonDocument.Parse(body).RootElement.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(0, cost.GetProperty("fieldCost").GetDouble());
    }

    private async Task<(HttpResponseMessage Response, string Body, long Sql, long Milliseconds)> SendAsync(string query, string? costHeader = null)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (costHeader is not null)
        {
            request.Headers.Add("GraphQL-Cost", costHeader);
        }

        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.Client.SendAsync(request));
        return (response, body, sql, clock.ElapsedMilliseconds);
    }

    private async Task NextRequestWorksAsync()
    {
        var data = await api.DataAsync("{ model(slug: \"moskvitch-412\") { name } }");
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }
}

/// <summary>A host with HotChocolate's own budget (1,000 field and type cost) instead of the service's default.</summary>
public sealed class CostBudgetApiFixture : ApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphQL:Limits:MaxFieldCost", "1000");
        builder.UseSetting("GraphQL:Limits:MaxTypeCost", "1000");
    }
}

/// <summary>A host with introspection switched off and a small type-cost budget (20 objects).</summary>
public sealed class RestrictedApiFixture : ApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphQL:Limits:Introspection", "false");
        builder.UseSetting("GraphQL:Limits:MaxTypeCost", "20");
    }
}

public sealed class TypeCostTests(RestrictedApiFixture api) : IClassFixture<RestrictedApiFixture>
{
    [Fact]
    public async Task AnOperationOverTheTypeBudgetIsRefusedBeforeItRuns()
    {
        // 2 search hits × (hit + node + 10 assumed sources) = 24 objects; field cost 10 + 2 × (10 + 10) = 50.
        var (response, body, statements) = await SqlStatements.SendAsync(api.Factory.Services,
            () => api.PostAsync("""{ search(text: "moskvitch", first: 2) { node { ... on Model { sources { title } } } } }"""));
        using var disposed = response;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("The maximum allowed type cost was exceeded.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("HC0047", extensions.GetProperty("code").GetString());
        Assert.Equal(24, extensions.GetProperty("typeCost").GetDouble());
        Assert.Equal(20, extensions.GetProperty("maxTypeCost").GetDouble());
        Assert.Equal(0, statements);

        var data = await api.DataAsync("{ model(slug: \"moskvitch-412\") { name } }");
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }
}
