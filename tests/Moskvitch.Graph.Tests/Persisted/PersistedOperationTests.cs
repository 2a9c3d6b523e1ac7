using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Conventions.Persisted;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Persisted;

/// <summary>Stored operations (db/operations) run by id over POST and GET; APQ; cacheable GETs.</summary>
public sealed class PersistedOperationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>Every stored operation with variables that give it real data.</summary>
    public static TheoryData<string, string> Operations => new()
    {
        { "ModelWithInfluences", """{"slug":"moskvitch-2141"}""" },
        { "ModelLineage", """{"slug":"moskvitch-2141","direction":"UPSTREAM","depth":2}""" },
        { "EventsOfYear", """{"year":1967}""" },
        { "Search", """{"text":"opel kadett","first":5}""" },
        { "ExploreModels", """{"text":"2141"}""" },
        { "ExploreLineage", """{"slug":"moskvitch-2141","direction":"UPSTREAM","depth":2}""" },
        { "ExploreLinkSources", """{"id":"U3VjY2Vzc2lvbjox"}""" }, // Succession:1
    };

    public static string OperationsDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "Moskvitch.Graph.sln")))
                {
                    return Path.Combine(dir.FullName, "db", "operations");
                }
            }

            throw new InvalidOperationException("The repository root (Moskvitch.Graph.sln) was not found.");
        }
    }

    private static (string Id, string Text) Stored(string name)
    {
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(OperationsDirectory, name + ".graphql"));
        return (Convert.ToHexStringLower(SHA256.HashData(bytes)), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void IdsAreTheSha256OfTheFiles()
    {
        var served = api.Factory.Services.GetRequiredService<PersistedOperations>().All;
        var files = Directory.GetFiles(OperationsDirectory, "*.graphql").Order(StringComparer.Ordinal).ToList();
        Assert.InRange(files.Count, 3, 20);
        Assert.Equal(
            files.Select(f => (Path.GetFileNameWithoutExtension(f), Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(f))))),
            served.Select(o => (o.Name, o.Id)));
        Assert.All(served, o => Assert.Equal(o.Id, PersistedOperations.Hash(o.Text)));
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), Operations.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EachStoredOperationRunsByIdOverPostAndGetLikeItsText(string name, string variables)
    {
        var (id, text) = Stored(name);
        var expected = await DataAsync(await PostJsonAsync(JsonSerializer.Serialize(new { query = text, variables = Parse(variables) })));
        var answer = expected.EnumerateObject().Single().Value;
        Assert.NotEqual(JsonValueKind.Null, answer.ValueKind);
        var rows = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("nodes", out var nodes) ? nodes : answer; // a connection's page
        Assert.False(rows is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0, $"{name} found nothing.");

        foreach (var body in new[]
        {
            JsonSerializer.Serialize(new { documentId = id, variables = Parse(variables) }),
            JsonSerializer.Serialize(new { documentId = "sha256:" + id, variables = Parse(variables) }),
            JsonSerializer.Serialize(new { id, variables = Parse(variables) }),
            JsonSerializer.Serialize(new { id = "sha256:" + id, variables = Parse(variables) }),
        })
        {
            AssertSame(expected, await DataAsync(await PostJsonAsync(body)), body);
        }

        foreach (var parameter in new[] { "documentId=" + id, "id=" + id, "documentId=sha256%3A" + id })
        {
            using var response = await GetAsync($"/graphql?{parameter}&variables={Uri.EscapeDataString(variables)}");
            AssertSame(expected, await DataAsync(response), parameter);
        }
    }

    [Fact]
    public async Task UnknownIdIsPersistedQueryNotFound()
    {
        var unknown = new string('a', 64);
        foreach (var body in new[] { $$"""{"documentId":"{{unknown}}"}""", $$"""{"id":"sha256:{{unknown}}"}""" })
        {
            using var post = await PostJsonAsync(body);
            await AssertNotFoundAsync(post);
        }

        using var get = await GetAsync("/graphql?documentId=" + unknown);
        await AssertNotFoundAsync(get);
        Assert.False(get.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task MalformedIdsAndQueryWithIdAreRefused()
    {
        using var prefix = await PostJsonAsync("""{"documentId":"md5:0123"}""");
        Assert.Equal(HttpStatusCode.BadRequest, prefix.StatusCode);
        Assert.Equal("DOCUMENT_ID_INVALID", Code(await BodyAsync(prefix)));

        var (id, _) = Stored("EventsOfYear");
        using var both = await PostJsonAsync(JsonSerializer.Serialize(new { query = "{ __typename }", documentId = id }));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal("INVALID_REQUEST", Code(await BodyAsync(both)));
    }

    [Fact]
    public async Task PlainQueriesStillRun()
    {
        var data = await DataAsync(await PostJsonAsync("""{"query":"{ models { nodes { slug } } }"}"""));
        Assert.NotEmpty(data.GetProperty("models").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task AutomaticPersistedQueryRegistersThenRunsByHash()
    {
        var query = $"query Apq{Guid.NewGuid():N} {{ model(slug: \"moskvitch-412\") {{ slug name }} }}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        using (var first = await PostJsonAsync(JsonSerializer.Serialize(new { extensions })))
        {
            await AssertNotFoundAsync(first);
        }

        JsonElement registered;
        using (var register = await PostJsonAsync(JsonSerializer.Serialize(new { query, extensions })))
        {
            var root = await BodyAsync(register);
            Assert.Equal(HttpStatusCode.OK, register.StatusCode);
            Assert.True(root.GetProperty("extensions").GetProperty("persistedQuery").GetProperty("persisted").GetBoolean());
            registered = root.GetProperty("data");
        }

        Assert.Equal("moskvitch-412", registered.GetProperty("model").GetProperty("slug").GetString());
        using (var byHash = await PostJsonAsync(JsonSerializer.Serialize(new { extensions })))
        {
            AssertSame(registered, await DataAsync(byHash), "APQ by hash over POST");
        }

        using var get = await GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions)));
        AssertSame(registered, await DataAsync(get), "APQ by hash over GET");
        Assert.True(get.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task AutomaticPersistedQueryFindsStoredOperations()
    {
        var (id, text) = Stored("EventsOfYear");
        var variables = Parse("""{"year":1967}""");
        var expected = await DataAsync(await PostJsonAsync(JsonSerializer.Serialize(new { query = text, variables })));
        Assert.True(expected.GetProperty("events").GetProperty("nodes").GetArrayLength() > 0, "no events in 1967");
        using var response = await PostJsonAsync(JsonSerializer.Serialize(new { variables, extensions = new { persistedQuery = new { version = 1, sha256Hash = id } } }));
        AssertSame(expected, await DataAsync(response), "APQ with a stored operation's id");
    }

    [Fact]
    public async Task AutomaticPersistedQueryRefusesAHashThatIsNotTheQuerys()
    {
        var query = "{ models { nodes { slug } } }";
        var wrong = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query + " ")));
        using var response = await PostJsonAsync(JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = wrong } } }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.PersistedQueryHashMismatch, Code(await BodyAsync(response)));

        using var after = await PostJsonAsync(JsonSerializer.Serialize(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = wrong } } }));
        await AssertNotFoundAsync(after);
    }

    [Fact]
    public async Task GetByIdIsCacheableAndAnswers304ToAMatchingIfNoneMatch()
    {
        var (id, _) = Stored("EventsOfYear");
        var url = $"/graphql?documentId={id}&variables={Uri.EscapeDataString("""{"year":1967}""")}";
        using var first = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = await GetAsync(url);
        Assert.Equal(etag, again.Headers.ETag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await api.Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, url.Replace("1967", "1930", StringComparison.Ordinal));
        other.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        other.Headers.IfNoneMatch.Add(etag);
        using var changed = await api.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task PlainGetQueriesAreNotMarkedCacheable()
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ models { nodes { slug } } }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.CacheControl);
        Assert.Null(response.Headers.ETag);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private Task<HttpResponseMessage> PostJsonAsync(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        return api.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> GetAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        return api.Client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> DataAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
            var root = JsonDocument.Parse(body).RootElement;
            Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
            return root.GetProperty("data").Clone();
        }
    }

    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var root = await BodyAsync(response);
        Assert.False(root.TryGetProperty("data", out _));
        var error = root.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());
        Assert.Equal("HC0020", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static string? Code(JsonElement root) =>
        root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static void AssertSame(JsonElement expected, JsonElement actual, string because) =>
        Assert.True(expected.GetRawText() == actual.GetRawText(), $"{because}: {actual.GetRawText()} differs from {expected.GetRawText()}");
}
