using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// A document sent again is served parsed and validated from the cache, while everything that depends on the request
/// (variables, the selected operation, the cost of this request's page sizes, GET or POST) is still checked.
/// </summary>
public sealed class DocumentCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private DocumentCache Cache => api.Factory.Services.GetRequiredService<DocumentCache>();

    /// <summary>A document no other test sends, so that hits are this test's own.</summary>
    private static string Unique(string query) => $"# {Guid.NewGuid():N}\n{query}";

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string query, object? variables = null, string? operationName = null, string? cost = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, operationName }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }

        using var response = await api.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    [Fact]
    public async Task ADocumentSentAgainIsServedFromTheCacheWithTheSameResult()
    {
        var query = Unique("""query($slug: String!) { model(slug: $slug) { name yearFrom maker { name } } }""");
        var hits = Cache.Hits;

        var first = await SendAsync(query, new { slug = "moskvitch-412" });
        var second = await SendAsync(query, new { slug = "moskvitch-412" });
        var other = await SendAsync(query, new { slug = "moskvitch-408" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body.ToString(), second.Body.ToString());
        Assert.Equal("Moskvitch 412", first.Body.GetProperty("data").GetProperty("model").GetProperty("name").GetString());
        Assert.Equal("Moskvitch 408", other.Body.GetProperty("data").GetProperty("model").GetProperty("name").GetString());
        Assert.Equal(hits + 2, Cache.Hits);
    }

    [Fact]
    public async Task ARejectedDocumentIsNotCached()
    {
        var query = Unique("{ models(first: 1) { nodes { noSuchField } } }");
        var hits = Cache.Hits;

        var first = await SendAsync(query);
        var second = await SendAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        // The same answer, but for each request's own id.
        static string WithoutRequestId(string body) => System.Text.RegularExpressions.Regex.Replace(body, "\"requestId\":\"[^\"]*\"", "\"requestId\":\"…\"");
        Assert.Equal(WithoutRequestId(first.Body.ToString()), WithoutRequestId(second.Body.ToString()));
        Assert.Contains("\"requestId\"", first.Body.ToString(), StringComparison.Ordinal);
        Assert.Equal(hits, Cache.Hits);
    }

    [Fact]
    public async Task ACachedDocumentStillChecksTheVariablesOfEachRequest()
    {
        var query = Unique("""query($slug: String!) { model(slug: $slug) { name } }""");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(query, new { slug = "moskvitch-412" })).Status);

        var nul = await SendAsync(query, new { slug = "moskvitch\u0000412" });
        var wrongType = await SendAsync(query, new { slug = new { text = "moskvitch-412" } });
        var missing = await SendAsync(query, new { });

        Assert.Equal(HttpStatusCode.BadRequest, nul.Status);
        Assert.Equal(ErrorCodes.BadUserInput, Code(nul.Body));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal("INVALID_VALUE", Code(wrongType.Body));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("INVALID_VALUE", Code(missing.Body));
    }

    [Fact]
    public async Task ACachedDocumentIsCostedWithTheRequestsOwnPageSizes()
    {
        var query = Unique("""query($n: Int) { models(first: $n) { nodes { influences(first: $n) { nodes { sourceModel { name } } } } } }""");
        var small = await SendAsync(query, new { n = 2 });
        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.False(small.Body.TryGetProperty("errors", out _), small.Body.ToString());

        var hits = Cache.Hits;
        var reported = await SendAsync(query, new { n = 3 }, cost: "report");
        var large = await SendAsync(query, new { n = 50 });

        Assert.Equal(hits + 2, Cache.Hits);
        // 10 + 1 + 3 × (10 + 1 + 3 × 10)
        Assert.Equal(134, reported.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal(ErrorCodes.CostExceeded, Code(large.Body));
    }

    [Fact]
    public async Task EachOperationOfADocumentIsValidatedOnItsOwn()
    {
        // B's introspection is too deep (HC0086 looks at the selected operation only): A's success must not let B through.
        var query = Unique("""
            query A { __typename }
            query B { __schema { types { fields { type { fields { name } } } } } }
            """);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(query, operationName: "A")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(query, operationName: "A")).Status);
        var b = await SendAsync(query, operationName: "B");

        Assert.Equal(HttpStatusCode.BadRequest, b.Status);
        Assert.Equal(ErrorCodes.IntrospectionTooDeep, Code(b.Body));
    }

    [Fact]
    public async Task AGetRequestOfACachedDocumentIsStillAGetRequest()
    {
        var query = Unique("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(query)).Status);
        var hits = Cache.Hits;

        using var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
