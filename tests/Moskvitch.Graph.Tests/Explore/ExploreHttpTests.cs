using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Api.Explore;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Conventions.Persisted;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Explore;

/// <summary>How /explore is served over real HTTP: the page, its permalinks, its assets, its policy, and the IDE's policy.</summary>
public sealed partial class ExploreHttpTests(KestrelApiFixture api) : IClassFixture<KestrelApiFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static readonly string[] AllowedSources = ["'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "data:", "blob:"];

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await api.Client.SendAsync(request);
    }

    /// <summary>Each directive of a policy, by name.</summary>
    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    /// <summary>A policy that lets a page load, connect and run scripts from its own origin only.</summary>
    private static void AssertOwnOriginOnly(string? policy)
    {
        Assert.NotNull(policy);
        var directives = Directives(policy);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"][0]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        // No other origin anywhere: every source is a keyword or a scheme of the page's own making.
        Assert.All(directives.Values.SelectMany(v => v), source =>
            Assert.Contains(source, AllowedSources));
    }

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/moskvitch-2141")]
    [InlineData("/explore/no-such-model")]
    public async Task TheExplorePageIsServedUnderAnOwnOriginPolicy(string path)
    {
        using var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join("; ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(ExploreEndpoints.ContentSecurityPolicy, policy);
        AssertOwnOriginOnly(policy);
        // The page's own scripts and styles only: nothing inline, no eval.
        Assert.Equal(["'self'"], Directives(policy)["script-src"]);
        Assert.Equal(["'self'"], Directives(policy)["style-src"]);
        Assert.Contains("/explore/assets/vendor/cytoscape.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIdePageIsServedUnderAnOwnOriginPolicy()
    {
        foreach (var path in new[] { "/graphql/", "/graphql/bcp-config.json", "/graphql/favicon.svg" })
        {
            using var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = string.Join("; ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(IdeEndpoints.ContentSecurityPolicy, policy);
            AssertOwnOriginOnly(policy);
            // The IDE compiles its JSON schemas with `new Function` (ajv): eval of its own code, from nowhere else.
            Assert.Equal(["'self'", "'unsafe-eval'"], Directives(policy)["script-src"]);
        }
    }

    [Fact]
    public async Task ThePageNamesTheStoredOperationsItRunsAndTheyAnswerOverCacheableGets()
    {
        using var response = await GetAsync("/explore");
        var html = await response.Content.ReadAsStringAsync();
        var config = JsonDocument.Parse(ConfigBlock().Match(html).Groups[1].Value).RootElement;
        Assert.Equal("/graphql", config.GetProperty("graphql").GetString());
        Assert.Equal(ExploreEndpoints.DrawnModels, config.GetProperty("drawnModels").GetInt32());
        var stored = api.Services.GetRequiredService<PersistedOperations>().All.ToDictionary(o => o.Name, o => o.Id);
        var operations = config.GetProperty("operations").EnumerateObject().ToList();
        Assert.Equal(["ExploreLineage", "ExploreLinkSources", "ExploreModels"], operations.Select(o => o.Name).Order());
        Assert.All(operations, o => Assert.Equal(stored[o.Name], o.Value.GetString()));

        var lineage = config.GetProperty("operations").GetProperty("ExploreLineage").GetString();
        using var answer = await GetAsync($"/graphql?documentId={lineage}&variables=" + Uri.EscapeDataString("""{"slug":"moskvitch-2141"}"""));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("public, max-age=60", answer.Headers.CacheControl?.ToString());
        Assert.Contains("\"moskvitch-412\"", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAssetsAreServedAndOtherPathsUnderExploreAreNotThePage()
    {
        foreach (var asset in new[] { "explore.js", "explore.css", "vendor/cytoscape.min.js", "vendor/cytoscape-dagre.min.js", "vendor/cytoscape.LICENSE.txt", "vendor/cytoscape-dagre.LICENSE.txt" })
        {
            using var response = await GetAsync("/explore/assets/" + asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoCache, asset);
        }

        foreach (var path in new[] { "/explore/index.html", "/explore/a/b", "/explore/a.b", "/explore/assets/missing.js" })
        {
            using var response = await GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"explore-config\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ConfigBlock();
}
