using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Ide;

/// <summary>How the IDE is served at /graphql/ without getting in the way of GraphQL clients at /graphql (real HTTP).</summary>
public sealed class IdeHttpTests(KestrelApiFixture api) : IClassFixture<KestrelApiFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await api.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task ABrowserOpeningGraphQLIsRedirectedToTheIde(string method)
    {
        using var response = await SendAsync(new HttpMethod(method), "/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheIdeIsServedAtGraphQLSlash()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql/", BrowserAccept);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
        Assert.Contains("<div id=\"root\"", body, StringComparison.Ordinal);
        Assert.Contains("static/js/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIdeConfigPointsAtThePageUrlWithTelemetryOff()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql/bcp-config.json", "*/*");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());

        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("Moskvitch Graph", config.GetProperty("title").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.Contains("models", config.GetProperty("graphQLDocument").GetString(), StringComparison.Ordinal);
        Assert.False(config.TryGetProperty("gaTrackingId", out _));

        // The example document is a valid query against the schema.
        using var run = await api.Client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query = config.GetProperty("graphQLDocument").GetString() }), Encoding.UTF8, "application/json"));
        var result = await run.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.DoesNotContain("\"errors\"", result, StringComparison.Ordinal);
        Assert.Contains("Moskvitch 412", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServiceWorkerIsNotServed()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql/service-worker.js", "*/*");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HashedAssetsAreImmutableAndOtherFilesRevalidated()
    {
        using var index = await SendAsync(HttpMethod.Get, "/graphql/", BrowserAccept);
        var html = await index.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"\\.?/?(static/js/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        using var asset = await SendAsync(HttpMethod.Get, "/graphql/" + script, "*/*");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());

        using var icon = await SendAsync(HttpMethod.Get, "/graphql/favicon.svg", "*/*");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.True(icon.Headers.CacheControl?.NoCache, icon.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData(null)]
    public async Task AnApiGetWithoutAQueryIsNotRedirected(string? accept)
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql", accept);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("QUERY_MISSING", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AGetWithAQueryRunsItEvenFromABrowser()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ models(first: 50) { nodes { name } } }"), BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Moskvitch 412", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostsStillReachGraphQL()
    {
        foreach (var path in new[] { "/graphql", "/graphql/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new StringContent("""{"query":"{ models(first: 50) { nodes { name } } }"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
            request.Headers.TryAddWithoutValidation("Accept", "text/html");
            using var response = await api.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Moskvitch 412", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSdlIsStillServed()
    {
        using var sdl = await SendAsync(HttpMethod.Get, "/graphql?sdl", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        Assert.Contains("type Query", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var file = await SendAsync(HttpMethod.Get, "/graphql/schema.graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("type Query", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
