using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;
using Moskvitch.Graph.Api.Explore;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Moskvitch.Graph.Tests.Explore;

/// <summary>
/// The lineage explorer (/explore) in a real headless Chromium against the service on real Kestrel: the type-ahead, the
/// drawn lineage (read from the page's cytoscape elements and compared with the service's own lineage), a link's
/// sources, the downloads, recentring, permalinks, an unknown slug, a capped large lineage, and the page's policy.
/// </summary>
public sealed class ExploreBrowserTests(BrowserApiFixture api, ITestOutputHelper output) : IClassFixture<BrowserApiFixture>
{
    private const float Timeout = 60_000;

    /// <summary>A page in a fresh context that records every request, page error and policy violation.</summary>
    private sealed class Session(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        public IBrowserContext Context { get; } = context;
        public IPage Page { get; } = page;
        public ConcurrentQueue<string> Requests { get; } = new();
        public ConcurrentQueue<string> Problems { get; } = new();

        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    private async Task<Session> OpenAsync()
    {
        var context = await api.Browser.NewContextAsync(new()
        {
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var session = new Session(context, page);
        context.Request += (_, request) => session.Requests.Enqueue(request.Method + " " + request.Url);
        page.PageError += (_, error) => session.Problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                session.Problems.Enqueue($"console.{message.Type}: {message.Text}");
            }
        };
        return session;
    }

    private static async Task WaitForLineageAsync(IPage page, string rootSlug) =>
        await page.WaitForFunctionAsync(
            "slug => document.body.dataset.state === 'ready' && window.explorer.state.lineage && window.explorer.state.lineage.root.slug === slug",
            rootSlug, new() { Timeout = Timeout });

    /// <summary>The drawn models (slug → name) and links (from, kind, to, label, fact) as the page's cytoscape holds them.</summary>
    private static async Task<(Dictionary<string, string> Models, List<(string From, string Kind, string To, string Label, string Fact)> Links)> DrawnAsync(IPage page)
    {
        var drawn = await page.EvaluateAsync<JsonElement>("""
            () => ({
              models: window.explorer.cy.nodes().not(':parent').map(n => ({ slug: n.data('slug'), name: n.data('name') })),
              links: window.explorer.cy.edges().map(e => ({ from: e.data('source'), kind: e.data('kind'), to: e.data('target'), label: e.data('label'), fact: e.data('fact') }))
            })
            """);
        return (
            drawn.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("slug").GetString()!, m => m.GetProperty("name").GetString()!),
            [.. drawn.GetProperty("links").EnumerateArray().Select(l => (
                l.GetProperty("from").GetString()!, l.GetProperty("kind").GetString()!, l.GetProperty("to").GetString()!,
                l.GetProperty("label").GetString()!, l.GetProperty("fact").GetString()!))]);
    }

    /// <summary>The service's own answer, by a query of the test's (not the page's stored operation).</summary>
    private async Task<JsonElement> QueryAsync(string query, object variables)
    {
        using var response = await api.Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    private async Task<JsonElement> LineageAsync(string slug, string direction, int depth) =>
        (await QueryAsync(
            "query($slug: String!, $direction: LineageDirection, $depth: Int) { lineage(slug: $slug, direction: $direction, depth: $depth) { nodes { model { slug name } } links { kind from { slug } to { slug } influence { aspect kind } } } }",
            new { slug, direction, depth })).GetProperty("lineage");

    private static async Task ClickAsync(IPage page, string elementScript)
    {
        var point = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const element = {{elementScript}};
              const box = document.getElementById('graph').getBoundingClientRect();
              const p = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
              return { x: box.left + p.x, y: box.top + p.y };
            }
            """);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
    }

    private void AssertStayedHome(Session session)
    {
        var outside = session.Requests.Where(r => !api.IsOwnOrigin(r[(r.IndexOf(' ', StringComparison.Ordinal) + 1)..])).ToList();
        output.WriteLine($"{session.Requests.Count} requests, {outside.Count} outside {api.BaseAddress}");
        Assert.True(outside.Count == 0, "Requests outside the service's origin:\n" + string.Join('\n', outside));
        Assert.True(session.Problems.IsEmpty, "Errors or policy violations:\n" + string.Join('\n', session.Problems));
    }

    [Fact]
    public async Task TypingAPrefixAndPickingThe2141DrawsItsUpstreamLineageWithItsSourcesAndDownloads()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync(api.BaseAddress + "/explore");
        await page.Locator("#search").FillAsync("214");
        var option = page.Locator("#suggestions li[data-slug='moskvitch-2141']");
        await Expect(option).ToContainTextAsync("Moskvitch 2141");
        await option.ClickAsync();
        await WaitForLineageAsync(page, "moskvitch-2141");
        Assert.Equal(api.BaseAddress + "/explore/moskvitch-2141?direction=UPSTREAM&depth=2", page.Url);

        // What is drawn is the service's lineage: the same models, and each link with its kind (and an influence's aspect and kind).
        var (models, links) = await DrawnAsync(page);
        var lineage = await LineageAsync("moskvitch-2141", "UPSTREAM", 2);
        var expectedModels = lineage.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("model").GetProperty("slug").GetString()!, n => n.GetProperty("model").GetProperty("name").GetString()!);
        var expectedLinks = lineage.GetProperty("links").EnumerateArray().Select(l => (
            l.GetProperty("from").GetProperty("slug").GetString()!, l.GetProperty("kind").GetString()!, l.GetProperty("to").GetProperty("slug").GetString()!,
            l.GetProperty("influence") is { ValueKind: JsonValueKind.Object } i
                ? $"{i.GetProperty("aspect").GetString()!.ToLowerInvariant()} · {i.GetProperty("kind").GetString()!.ToLowerInvariant().Replace('_', ' ')}"
                : l.GetProperty("kind").GetString()!.ToLowerInvariant())).ToHashSet();
        Assert.InRange(expectedModels.Count, 5, 150);
        Assert.Equal(expectedModels.OrderBy(m => m.Key), models.OrderBy(m => m.Key));
        Assert.Equal(expectedLinks.Order(), links.Select(l => (l.From, l.Kind, l.To, l.Label)).ToHashSet().Order());
        // The 2141's known ancestry (README): the Simca 1308 and Renault 9 drew on, the 412 before it, the 408 behind that.
        Assert.Contains("Simca 1308", models.Values);
        Assert.Contains("Renault 9", models.Values);
        Assert.Contains(links, l => l.Kind == "SUCCESSION" && models[l.From] == "Moskvitch 412" && l.To == "moskvitch-2141");
        Assert.Contains(links, l => l.Kind == "VARIANT" && models[l.From] == "Moskvitch 408");
        Assert.Contains(links, l => l.Kind == "INFLUENCE" && models[l.From] == "Simca 1308" && l.Label == "design · inspiration");

        // A click on the Simca 1308 → 2141 link opens its sources with their verbatim quotes, as the service holds them.
        var simca = links.Single(l => l.Kind == "INFLUENCE" && models[l.From] == "Simca 1308");
        await ClickAsync(page, $"window.explorer.cy.getElementById('INFLUENCE:{simca.Fact}')");
        var panel = page.Locator("#link-sources[data-state='ready']");
        await Expect(panel).ToContainTextAsync("Simca 1308 → Moskvitch 2141");
        var citations = (await QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on DesignInfluence { citations { quote source { slug title } } } } }", new { id = simca.Fact }))
            .GetProperty("node").GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        await Expect(panel.Locator("blockquote")).ToHaveCountAsync(citations.Count);
        foreach (var citation in citations)
        {
            await Expect(panel).ToContainTextAsync(citation.GetProperty("source").GetProperty("title").GetString()!);
            await Expect(panel).ToContainTextAsync(citation.GetProperty("quote").GetString()!);
        }

        // The picture in README (docs/explore.png) is this screenshot.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "explore-2141.png") });

        // The SVG download is an SVG document that names every drawn model.
        var svgDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-svg").ClickAsync());
        Assert.Equal("lineage-moskvitch-2141-upstream-2.svg", svgDownload.SuggestedFilename);
        var svg = XDocument.Load(await svgDownload.PathAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var texts = svg.Descendants(ns + "tspan").Select(t => t.Value).ToHashSet();
        Assert.All(models.Values, name => Assert.Contains(name, texts));
        Assert.Equal(models.Count, svg.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "model"));
        Assert.Equal(links.Count, svg.Descendants(ns + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("link ", StringComparison.Ordinal) == true));

        // The PNG is a PNG; the JSON is the drawn subgraph.
        var pngDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-png").ClickAsync());
        var png = await File.ReadAllBytesAsync(await pngDownload.PathAsync());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var jsonDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-json").ClickAsync());
        var subgraph = JsonDocument.Parse(await File.ReadAllTextAsync(await jsonDownload.PathAsync())).RootElement;
        Assert.Equal("moskvitch-2141", subgraph.GetProperty("root").GetString());
        Assert.Equal(models.Keys.Order(), subgraph.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!).Order());
        Assert.Equal(links.Count, subgraph.GetProperty("links").GetArrayLength());

        // Only stored operations, over GET.
        var graphQL = session.Requests.Where(r => r.Contains("/graphql", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(graphQL);
        Assert.All(graphQL, r => Assert.StartsWith($"GET {api.BaseAddress}/graphql?documentId=", r, StringComparison.Ordinal));
        AssertStayedHome(session);
    }

    [Fact]
    public async Task ThePageMakesNoRequestOutsideTheServicesOrigin()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync(api.BaseAddress + "/explore/moskvitch-412?direction=BOTH&depth=3");
        await WaitForLineageAsync(page, "moskvitch-412");
        await page.Locator("#colour").SelectOptionAsync("country");
        await Expect(page.Locator("#legend h2").First).ToHaveTextAsync("Countries");
        // One colour per country: models of the same country share it, different countries differ.
        var colours = await page.EvaluateAsync<JsonElement>(
            "() => window.explorer.cy.nodes().not(':parent').map(n => [n.data('country') || '', n.data('colour')])");
        var byCountry = colours.EnumerateArray().GroupBy(c => c[0].GetString()!, c => c[1].GetString()!).ToList();
        Assert.True(byCountry.Count >= 3, colours.ToString());
        Assert.All(byCountry, g => Assert.Single(g.Distinct()));
        Assert.Equal(byCountry.Count, byCountry.Select(g => g.First()).Distinct().Count());
        await page.Locator("#search").FillAsync("opel");
        await Expect(page.Locator("#suggestions li[role='option']").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);

        Assert.Contains(session.Requests, r => r.StartsWith($"GET {api.BaseAddress}/explore/assets/vendor/cytoscape.min.js", StringComparison.Ordinal));
        Assert.Contains(session.Requests, r => r.StartsWith($"GET {api.BaseAddress}/graphql?documentId=", StringComparison.Ordinal));
        AssertStayedHome(session);
    }

    [Fact]
    public async Task ClickingAModelRecentresTheGraphOnIt()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync(api.BaseAddress + "/explore/moskvitch-2141");
        await WaitForLineageAsync(page, "moskvitch-2141");
        await ClickAsync(page, "window.explorer.cy.getElementById('moskvitch-412')");
        await WaitForLineageAsync(page, "moskvitch-412");
        Assert.Equal(api.BaseAddress + "/explore/moskvitch-412?direction=UPSTREAM&depth=2", page.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.getElementById('moskvitch-412').hasClass('root')"));
        var (models, _) = await DrawnAsync(page);
        var expected = (await LineageAsync("moskvitch-412", "UPSTREAM", 2)).GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("model").GetProperty("slug").GetString()!);
        Assert.Equal(expected.Order(), models.Keys.Order());

        // Back returns to the 2141.
        await page.GoBackAsync();
        await WaitForLineageAsync(page, "moskvitch-2141");
        AssertStayedHome(session);
    }

    [Fact]
    public async Task APermalinkOpensThatModelWithItsDirectionAndDepth()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync(api.BaseAddress + "/explore/moskvitch-408?direction=DOWNSTREAM&depth=1");
        await WaitForLineageAsync(page, "moskvitch-408");
        Assert.Equal("DOWNSTREAM", await page.Locator("#direction").InputValueAsync());
        Assert.Equal("1", await page.Locator("#depth").InputValueAsync());
        var (models, links) = await DrawnAsync(page);
        var lineage = await LineageAsync("moskvitch-408", "DOWNSTREAM", 1);
        Assert.Equal(lineage.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("model").GetProperty("slug").GetString()!).Order(), models.Keys.Order());
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal("moskvitch-408", l.From));
        Assert.Equal("/explore/moskvitch-408?direction=DOWNSTREAM&depth=1", await page.Locator("#permalink").GetAttributeAsync("href"));
        AssertStayedHome(session);
    }

    [Fact]
    public async Task GenerationsAreOfferedWhenTheGraphHasThemAndGroupTheirModels()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync(api.BaseAddress + "/explore/moskvitch-412?direction=BOTH&depth=2");
        await WaitForLineageAsync(page, "moskvitch-412");
        var control = page.Locator("#generations-control");
        await Expect(control).ToBeVisibleAsync();
        await page.Locator("#generations").CheckAsync();
        await page.WaitForFunctionAsync("() => window.explorer.cy.nodes(':parent').length > 0");

        // Each model with a generation sits in its generation's group; the service says which.
        var generations = (await QueryAsync(
            "query($slug: String!) { lineage(slug: $slug, direction: BOTH, depth: 2) { nodes { model { slug generation } } } }", new { slug = "moskvitch-412" }))
            .GetProperty("lineage").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("model").GetProperty("slug").GetString()!, n => n.GetProperty("model").GetProperty("generation").GetString());
        var parents = await page.EvaluateAsync<JsonElement>(
            "() => window.explorer.cy.nodes().not(':parent').map(n => [n.data('slug'), n.isChild() ? n.parent().data('generation') : null])");
        Assert.Equal(generations.Count, parents.GetArrayLength());
        Assert.Contains(generations.Values, g => g is not null);
        Assert.All(parents.EnumerateArray(), p => Assert.Equal(generations[p[0].GetString()!], p[1].GetString()));

        // A lineage with no generations does not offer them.
        await page.GotoAsync(api.BaseAddress + "/explore/simca-1308?direction=UPSTREAM&depth=1");
        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'");
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.nodes().every(n => !n.data('generation'))"));
        await Expect(control).ToBeHiddenAsync();
        AssertStayedHome(session);
    }

    [Fact]
    public async Task AnUnknownSlugShowsAClearMessage()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync(api.BaseAddress + "/explore/no-such-model");
        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'error'");
        await Expect(page.Locator("#status")).ToHaveTextAsync("There is no model with the slug “no-such-model”. Search for a model above.");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.explorer.cy.elements().length"));
        Assert.True(await page.Locator("#download-svg").IsDisabledAsync());
        AssertStayedHome(session);
    }

    [Fact]
    public async Task AModelWithHundredsOfLinksIsDrawnUpToTheCapWithShowMore()
    {
        const int Sources = 400;
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO model (slug, code, name, is_moskvitch, year_from) VALUES ('explore-hub', 'HUB', 'Explore hub', false, 1990)
                    ON CONFLICT (slug) DO NOTHING;
                INSERT INTO model (slug, code, name, is_moskvitch, year_from)
                    SELECT 'explore-source-' || g, 'ES' || g, 'Explore source ' || lpad(g::text, 3, '0'), false, 1950 + g % 40
                    FROM generate_series(1, {Sources}) g
                    ON CONFLICT (slug) DO NOTHING;
                INSERT INTO design_influence (model_id, source_model_id, aspect, kind)
                    SELECT h.id, s.id, 'design', 'inspiration' FROM model h, model s
                    WHERE h.slug = 'explore-hub' AND s.slug LIKE 'explore-source-%'
                    ON CONFLICT DO NOTHING;
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        await using var session = await OpenAsync();
        var page = session.Page;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(api.BaseAddress + "/explore/explore-hub?direction=UPSTREAM&depth=1");
        await WaitForLineageAsync(page, "explore-hub");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00}s from navigation to {ExploreEndpoints.DrawnModels} of {Sources + 1} models drawn; in the page: "
            + await page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.state.timings)"));
        var (models, links) = await DrawnAsync(page);
        Assert.Equal(ExploreEndpoints.DrawnModels, models.Count);
        Assert.Equal(ExploreEndpoints.DrawnModels - 1, links.Count);
        Assert.Contains("explore-hub", models.Keys);
        var more = page.Locator("#more");
        await Expect(more).ToHaveTextAsync($"Show more ({Sources + 1 - ExploreEndpoints.DrawnModels} not drawn)");

        await more.ClickAsync();
        await page.WaitForFunctionAsync($"() => window.explorer.cy.nodes().length === {2 * ExploreEndpoints.DrawnModels}");
        await Expect(more).ToHaveTextAsync($"Show more ({Sources + 1 - (2 * ExploreEndpoints.DrawnModels)} not drawn)");
        await more.ClickAsync();
        await page.WaitForFunctionAsync($"() => window.explorer.cy.nodes().length === {Sources + 1}");
        output.WriteLine("all drawn: " + await page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.state.timings)"));
        await Expect(more).ToBeHiddenAsync();
        Assert.Equal(Sources, await page.EvaluateAsync<int>("() => window.explorer.cy.edges().length"));

        // Again, with the service warm.
        await page.ReloadAsync();
        await WaitForLineageAsync(page, "explore-hub");
        output.WriteLine("reloaded: " + await page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.state.timings)"));

        // Still responsive: the user zooms in on a source and clicks it, and the graph recentres on it.
        await page.EvaluateAsync("() => { const cy = window.explorer.cy; cy.zoom(1); cy.center(cy.getElementById('explore-source-1')); }");
        await ClickAsync(page, "window.explorer.cy.getElementById('explore-source-1')");
        await WaitForLineageAsync(page, "explore-source-1");
        AssertStayedHome(session);
    }
}
