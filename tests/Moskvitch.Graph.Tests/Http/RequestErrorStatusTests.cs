using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// Every error the service answers before a GraphQL operation executes, once per response media type, with the status
/// the GraphQL over HTTP spec gives it: a request that is not well-formed is 400 whatever the client accepts; a
/// well-formed request that fails before execution (unknown document, syntax, validation, a document over the length
/// limit) is 400 with <c>application/graphql-response+json</c> and 200 with <c>application/json</c>. None runs SQL.
/// </summary>
public sealed class RequestErrorStatusTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    private static readonly string UnknownId = new('a', 64);
    private static readonly string UnknownHash = new('b', 64);

    /// <summary>name, GET query string or POST body, whether the request is well-formed, the error's code.</summary>
    private static readonly (string Name, string? Get, string? Post, bool WellFormed, string Code)[] Paths =
    [
        ("unknown documentId, POST", null, $$"""{"documentId":"{{UnknownId}}"}""", true, "HC0020"),
        ("unknown sha256: id, POST", null, $$"""{"id":"sha256:{{UnknownId}}"}""", true, "HC0020"),
        ("unknown documentId, GET", "documentId=" + UnknownId, null, true, "HC0020"),
        ("unknown APQ hash, POST", null, $$$$"""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{UnknownHash}}}}"}}}""", true, "HC0020"),
        ("unknown APQ hash, GET", "extensions=" + Uri.EscapeDataString($$$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{{UnknownHash}}}}"}}"""), null, true, "HC0020"),
        ("syntax error", null, """{"query":"{ models { "}""", true, "SYNTAX_ERROR"),
        ("validation error", null, """{"query":"{ nope }"}""", true, "FIELDS_ON_CORRECT_TYPE"),
        ("document over the length limit", null, JsonSerializer.Serialize(new { query = "{ " + new string(' ', 40_000) + "__typename }" }), true, "DOCUMENT_TOO_LARGE"),
        ("invalid id prefix, POST", null, """{"documentId":"md5:0123"}""", false, "DOCUMENT_ID_INVALID"),
        ("invalid sha256: id, GET", "documentId=sha256%3AABC", null, false, "DOCUMENT_ID_INVALID"),
        ("query and documentId", null, $$"""{"query":"{ __typename }","documentId":"{{UnknownId}}"}""", false, "INVALID_REQUEST"),
        ("APQ version 2", null, $$$$"""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"{{{{UnknownHash}}}}"}}}""", false, "PERSISTED_QUERY_INVALID"),
        ("APQ hash of another query", null, $$$$"""{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{UnknownHash}}}}"}}}""", false, "PERSISTED_QUERY_HASH_MISMATCH"),
        ("body not JSON", null, """{"query":""", false, "JSON_INVALID"),
        ("no query", null, """{"qeury":"{ __typename }"}""", false, "QUERY_MISSING"),
        ("GET variables not JSON", "query=" + Uri.EscapeDataString("{ __typename }") + "&variables=%7B", null, false, "JSON_INVALID"),
    ];

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var path in Paths)
        {
            data.Add(path.Name, GraphQLResponseJson, 400);
            data.Add(path.Name, Json, path.WellFormed ? 200 : 400);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PreExecutionErrorsAnswerAsTheSpecSaysForTheMediaType(string name, string accept, int status)
    {
        var path = Paths.Single(p => p.Name == name);
        using var request = path.Get is not null
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?" + path.Get)
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(path.Post!, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.Client.SendAsync(request));
        using var disposed = response;
        output.WriteLine($"{name} | Accept: {accept} -> {(int)response.StatusCode} | {sql} SQL | {body[..Math.Min(body.Length, 200)]}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("data", out _), body);
        var error = root.GetProperty("errors").EnumerateArray().First();
        Assert.Equal(path.Code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, sql);
    }
}
